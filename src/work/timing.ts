// Where a worker's wall time goes, for bench/workers-profile.ts: with ARMSFLOW_TIMING=1 the process sums the wall
// time of its phases (reading a document, storing it, waiting on locks, between jobs) and prints them with its CPU
// time as one JSON line on stderr at exit ("TIMING {...}"). Off (the default), each call costs one test.
const on = process.env.ARMSFLOW_TIMING === "1";
const sums = new Map<string, { n: number; ms: number }>();

/** Adds `ms` to a phase. */
export function add(name: string, ms: number): void {
  if (!on) return;
  const e = sums.get(name) ?? { n: 0, ms: 0 };
  e.n++;
  e.ms += ms;
  sums.set(name, e);
}

/** Runs `fn`, adding its wall time to a phase. */
export async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!on) return fn();
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    add(name, performance.now() - t0);
  }
}

/** Notes, once, how long after the process's start something first happened. */
export function mark(name: string): void {
  if (on && !sums.has(name)) sums.set(name, { n: 1, ms: performance.now() });
}

if (on)
  process.on("exit", () => {
    const cpu = process.cpuUsage();
    const out: Record<string, unknown> = { pid: process.pid, uptime_ms: Math.round(process.uptime() * 1000), cpu_ms: Math.round((cpu.user + cpu.system) / 1000) };
    for (const [k, v] of sums) out[k] = { n: v.n, ms: Math.round(v.ms) };
    process.stderr.write(`TIMING ${JSON.stringify(out)}\n`);
  });

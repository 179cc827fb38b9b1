// Speed of the estimate models: one million Monte Carlo samples per estimate, time and memory printed.
// Run: npx tsx bench/estimate.bench.ts   (timings are printed, never asserted)
import { performance } from "node:perf_hooks";
import { estimateRounds } from "../src/estimate/estimate-rounds.js";
import { estimateProduction } from "../src/estimate/estimate-production.js";
import { estimateFlowCurve } from "../src/estimate/estimate-flow-curve.js";
import type { Statement } from "../src/core/ledger.js";

const SAMPLES = 1_000_000;
const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

function run(name: string, fn: () => unknown, repeat = 5): void {
  fn(); // warm-up: JIT and first-touch of the data files
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < repeat; i++) {
    global.gc?.();
    const before = process.memoryUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const after = process.memoryUsage();
    peak = Math.max(peak, after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(46)} median ${times[repeat >> 1].toFixed(0).padStart(5)} ms  min ${times[0].toFixed(0).padStart(5)} ms  memory +${mb(peak)}  rss ${mb(process.memoryUsage().rss)}`);
}

const utilisation: Statement = {
  id: "bench-1", kind: "production", supplier: "PRK", recipient: null, item: "ammunition",
  quantity: { value: 30, min: null, max: null, unit: "percent", approx: true }, period: null, cumulative: false,
  stated: "2024-02-26", certainty: "asserted", source: { speaker: null, org: "bench", country: "KOR" }, independent_sources: 1, reports: [],
};
const curve: Statement[] = Array.from({ length: 2_000 }, (_, i) => ({
  ...utilisation, id: `c-${i}`, kind: "transfer", recipient: "RUS", item: "artillery-ammunition", cumulative: i % 3 !== 0,
  quantity: { value: 1_000 + i * 10, min: null, max: null, unit: "containers", approx: i % 2 === 0 },
  stated: new Date(Date.UTC(2023, 8, 1) + i * 43_200_000).toISOString().slice(0, 10),
  period: i % 3 === 0 ? { start: null, end: new Date(Date.UTC(2023, 8, 1) + i * 43_200_000).toISOString().slice(0, 10) } : null,
}));

console.log(`node ${process.version}, ${SAMPLES.toLocaleString("en-US")} samples per estimate`);
run("containers → rounds, one calibre (152mm)", () => estimateRounds({ containers: 6_700, calibre: "152mm", samples: SAMPLES }));
run("containers → rounds, mix 152mm/122mm", () => estimateRounds({ containers: 6_700, mix: { "152mm": 0.7, "122mm": 0.3 }, samples: SAMPLES }));
run("containers → rounds, 40ft + lognormal override", () => estimateRounds({ containers: 6_700, containerType: "40ft", samples: SAMPLES, overrides: { "rounds_per_container.152mm": { type: "lognormal", median: 450, gsd: 1.2 } } }));
run("production output (plants × capacity × use)", () => estimateProduction([utilisation], { samples: SAMPLES }));
run("flow curve over 2,000 statements", () => estimateFlowCurve(curve));

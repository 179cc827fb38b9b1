// Once per test run: every temporary folder the tests (and the programs they start) make goes under
// one folder of this run (TMPDIR), which is removed at the end; what a test forgot to remove is named,
// so the next fix knows where to look, and nothing is left in the machine's /tmp either way.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether process `pid` still runs (a run killed before its teardown leaves its folder behind). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  // Folders of runs that were killed (armsflow-tests-<pid>-..., that process gone) are removed first.
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(/^armsflow-tests-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || alive(pid)) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch (error) {
      // (A killed run can leave a mount inside its folder, busy until unmounted: named, and the run goes on.)
      process.stdout.write(`\nleftover of a killed test run not removed (${(error as NodeJS.ErrnoException).code}): ${join(tmpdir(), name)}\n`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), `armsflow-tests-${process.pid}-`));
  process.env.TMPDIR = dir;
  return () => {
    let left: string[] = [];
    try {
      left = readdirSync(dir).filter((name) => !name.startsWith("tsx-")); // tsx's own cache of the CLI runs
    } catch {
      // already gone
    }
    if (left.length > 0) {
      const names = left.slice(0, 12).join(", ") + (left.length > 12 ? ", ..." : "");
      process.stdout.write(`\ntemporary files left by tests (removed now): ${left.length}: ${names}\n`);
    }
    rmSync(dir, { recursive: true, force: true });
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  };
}

// The built command, as `npm install` leaves it (bin/armsflow.js over dist/): benchmarks of whole processes and
// worker threads run it, because under tsx every process and every worker thread compiles the sources at start-up,
// which no installed user pays. Built first (TypeScript only) when dist/ is missing or older than src/.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..");

/** The V8 flags bin/armsflow.js starts node with (its first line): processes that run the built command or a benchmark start with them too. */
export const nodeFlags: readonly string[] = ["--no-regexp-tier-up", "--no-turbo-inlining", "--interrupt-budget=300000"];

export function ensureBuilt(log: (s: string) => void = console.error): void {
  const built = join(root, "dist/cli/main.js");
  const newest = (readdirSync(join(root, "src"), { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") || f.endsWith(".json"))
    .reduce((m, f) => Math.max(m, statSync(join(root, "src", f)).mtimeMs), 0);
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  log("building dist/ (npx tsc -p tsconfig.build.json) ...");
  const r = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error("the build failed: the benchmark would measure stale code");
}

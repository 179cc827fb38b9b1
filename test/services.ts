// What the tests need from outside the clone, found in one place: the folder of real reports beside
// the clone (../shared, or ARMSFLOW_SHARED), PostgreSQL (test/store/engines.ts) and Chromium.
// A suite that cannot run without one calls `needs(...)`: the file is marked with the reason, so the
// summary at the end of the run (test/skip-summary.ts) counts what each missing service skipped, and
// with ARMSFLOW_REQUIRE_<SERVICE>=1 (as .ci/run sets) a missing service fails the file instead.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TestRunner } from "vitest";
import { fileMarks, SERVICES, type Service } from "./service-list.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The shared folder (real reports with answers, the scorer, the facts); absent in a public clone. */
export const SHARED = resolve(process.env.ARMSFLOW_SHARED ?? join(ROOT, "..", "shared"));
/** The development set of real reports (ID.txt, ID.meta.json, ID.claims.jsonl). */
export const DEV = resolve(process.env.ARMSFLOW_DEV ?? join(SHARED, "eval", "dev"));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export { fileMarks, SERVICES, type Service, type SkipMark } from "./service-list.js";

/**
 * Whether `service` is here for this file. When it is not: throws if ARMSFLOW_REQUIRE_<SERVICE>=1,
 * otherwise marks the file (call it at the top level of a test file) and returns false.
 */
export function needs(service: Service, present: boolean, detail: string): boolean {
  if (present) return true;
  const { require, hint } = SERVICES[service];
  if (process.env[require] === "1") throw new Error(`${service} is required (${require}=1) but missing: ${detail} (${hint})`);
  const file = (TestRunner.getCurrentSuite() as unknown as { file?: { meta: Record<string, unknown> } } | undefined)?.file;
  if (file) file.meta.armsflowSkips = [...fileMarks(file.meta), { service, detail }];
  return false;
}

/** Whether the shared folder's `parts` (paths inside it) are all there; see `needs`. */
export function needsShared(...parts: string[]): boolean {
  const missing = parts.map((p) => resolve(SHARED, p)).filter((p) => !existsSync(p));
  return needs("shared", missing.length === 0, `missing ${missing.join(", ")}`);
}

/** Whether Debian's Chromium (or CHROMIUM_PATH) is there; see `needs`. */
export function needsChromium(): boolean {
  return needs("chromium", existsSync(CHROMIUM), `no browser at ${CHROMIUM}`);
}

/**
 * Skips the running test (or, called in a beforeAll, fails loudly) because `service` is missing.
 * For suites registered before the service was known to be away (the PostgreSQL engine).
 */
export function skipRunningTest(service: Service, detail: string): never {
  const test = TestRunner.getCurrentTest() as unknown as { context: { skip(note?: string): never } } | undefined;
  if (test) test.context.skip(`${service}: ${detail}`);
  throw new Error(`${service} is missing (${detail}); this suite should have been skipped with describe.skipIf`);
}

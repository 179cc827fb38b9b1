import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The reading imports chrono-node's English entry alone (src/extract/times/atoms.ts: the package root loads every
    // locale); Node finds it through the package's "./*" export, vitest's resolver does not: named here.
    alias: { "chrono-node/en": fileURLToPath(new URL("./node_modules/chrono-node/dist/esm/locales/en/index.js", import.meta.url)) },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: PostgreSQL suites and the browser share the machine with the workers.
    maxWorkers: 2,
    // The default report, then what was skipped for want of ../shared, PostgreSQL or Chromium, by count,
    // and one closing line "tests: N passed, N failed, N skipped".
    reporters: ["default", "./test/skip-summary.ts"],
    // Temporary folders of the run live under one folder that is removed at the end (leftovers named).
    globalSetup: ["./test/global-setup.ts"],
  },
});

// `armsflow ingest` records a page that gives no claim as seen only; `--keep-empty` keeps it whole. Either way
// ingesting the folder again finds every page unchanged, and `check` passes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = ["--import", "tsx", join(ROOT, "src/cli/main.ts")];
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", cwd: ROOT, timeout: 120_000, env: { ...process.env, DATABASE_URL: "", ARMSFLOW_DB: "", HOME: tmpdir() } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const CLAIM = "Officials in Seoul said on Monday that North Korea had shipped roughly 3,000 containers of artillery shells to Russia since August.";
const QUIET = "The town council met on Tuesday evening to discuss parking near the old market. A vote on new meters was put off until spring.";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "armsflow-keep-empty-"));
  const pages = join(dir, "pages");
  mkdirSync(pages);
  writeFileSync(join(pages, "shells.txt"), CLAIM);
  writeFileSync(join(pages, "council.txt"), QUIET);
  writeFileSync(join(pages, "shells.meta.json"), JSON.stringify({ id: "shells", published: "2024-10-07", outlet: "Harbour Wire" }));
  writeFileSync(join(pages, "council.meta.json"), JSON.stringify({ id: "council", published: "2024-10-08", outlet: "Harbour Wire", url: "https://harbour.example/council" }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("armsflow ingest and pages that give no claim", () => {
  it.each([
    ["by default, recorded as seen only", [] as string[], true],
    ["with --keep-empty, kept whole", ["--keep-empty"], false],
  ])("%s", async (_name, flags, seen) => {
    const db = join(dir, `${seen ? "seen" : "whole"}.db`);
    const first = run(["ingest", join(dir, "pages"), "--db", db, "--json", ...flags]);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ stored: 2, unchanged: 0, failed: 0 });
    const again = run(["ingest", join(dir, "pages"), "--db", db, "--json", ...flags]);
    expect(JSON.parse(again.stdout)).toMatchObject({ stored: 0, unchanged: 2, new_versions: 0 });
    const store = await openStore({ db, readOnly: true });
    try {
      const council = await store.getDocument("council");
      expect(council).toMatchObject({ seen, url: "https://harbour.example/council", outlet: "Harbour Wire", published: "2024-10-08" });
      expect(council!.text).toBe(seen ? "" : QUIET);
      expect(council!.raw).toBe(seen ? "" : QUIET);
      const shells = await store.getDocument("shells");
      expect(shells).toMatchObject({ seen: false, text: CLAIM });
      expect((await store.listClaims({ doc: "shells" })).length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
    const check = run(["check", "--db", db]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  }, 120_000);
});

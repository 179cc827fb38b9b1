// `armsflow flow ... --limit N --offset M`: a long flow read a page at a time, in the flow's time order, and the
// table says which page it shows of how many.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { makeDoc } from "../store/make-doc.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function run(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], { encoding: "utf8", cwd: ROOT, timeout: 120_000, env: { ...process.env, DATABASE_URL: "", ARMSFLOW_DB: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const line = (n: number) => `Port officials in Busan said about ${n} containers of shells had gone north so far.`;
let dir = "";
let file = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "armsflow-flow-pages-"));
  file = join(dir, "ledger.db");
  const store = await openStore({ db: file });
  // Five running totals from five different bodies, stored newest first.
  const bodies = ["Port Authority", "Customs Service", "Coast Guard", "Rail Board", "Harbour Police"];
  for (let i = 4; i >= 0; i--) {
    const day = `2024-0${i + 1}-15`;
    await store.putDocument(makeDoc({ id: `d${i}`, outlet: "Harbour Wire", published: day }, [line(1000 * (i + 1))], [
      { evidence: line(1000 * (i + 1)), org: bodies[i], country: "KOR", quantity: { value: 1000 * (i + 1), approx: true }, cumulative: true, stated: day },
    ]));
  }
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("armsflow flow, a page at a time", () => {
  it("gives the pages in time order and joins up to the whole timeline", () => {
    const page = (extra: string[]) => {
      const r = run(["flow", "PRK", "RUS", "artillery-ammunition", "--db", file, "--json", ...extra]);
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { quantity: { value: number } }[]).map((s) => s.quantity.value);
    };
    const whole = page([]);
    expect(whole).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect([...page(["--limit", "2"]), ...page(["--limit", "2", "--offset", "2"]), ...page(["--limit", "2", "--offset", "4"])]).toEqual(whole);
  });

  it("says which statements of how many the table shows", () => {
    const r = run(["flow", "PRK", "RUS", "artillery-ammunition", "--db", file, "--limit", "2", "--offset", "2"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/statements 3–4 of 5/);
  });

  it("refuses a page size that is not a whole number, naming the option", () => {
    const r = run(["flow", "PRK", "RUS", "artillery-ammunition", "--db", file, "--limit", "two"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--limit/);
  });
});

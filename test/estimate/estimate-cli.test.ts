// The estimate commands end to end: a real SQLite ledger in a temporary folder, the commander program in-process.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Claim, Quantity } from "../../src/core/claim.js";
import { ArmsDocument } from "../../src/core/document.js";
import { register } from "../../src/cli/commands/estimate.js";
import { openStore } from "../../src/store/open-store.js";

const dir = mkdtempSync(join(tmpdir(), "armsflow-estimate-"));
const db = join(dir, "ledger.db");

function doc(id: string, published: string, text: string, claims: Partial<Claim>[]): ArmsDocument {
  const d = new ArmsDocument(id, new TextEncoder().encode(text), { id, published, outlet: "Test Wire" });
  d.text = text;
  d.source = text;
  d.hash = id;
  d.claims = claims.map((c, i) => ({
    id: `c${i}`, doc: id, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "weapons-unspecified", quantity: null, calibre: null,
    period: null, cumulative: true, certainty: "asserted", source: { speaker: null, org: "Test Ministry", country: "KOR" }, relays: [],
    stated: published, evidence: { start: 0, end: text.length, text }, parts: {}, segment: 0, ...c,
  }) as Claim);
  return d;
}
const q = (value: number | null, unit: Quantity["unit"], extra: Partial<Quantity> = {}): Quantity => ({ value, min: null, max: null, unit, approx: false, ...extra });

async function run(...args: string[]): Promise<string> {
  const out: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...xs: unknown[]) => void out.push(xs.join(" ")));
  try {
    const program = new Command().exitOverride();
    register(program);
    await program.parseAsync(["node", "armsflow", ...args]);
  } finally {
    spy.mockRestore();
  }
  return out.join("\n");
}

beforeAll(async () => {
  const store = await openStore({ db });
  await store.putDocument(doc("one", "2023-12-29", "A ministry put the boxes sent north to east at some five thousand.", [{ quantity: q(5_000, "containers", { approx: true }) }]));
  await store.putDocument(doc("two", "2024-06-14", "Another ministry said no fewer than ten thousand boxes had gone.", [
    { quantity: q(null, "containers", { min: 10_000 }), source: { speaker: "A. Spokesperson", org: "Other Ministry", country: "USA" } },
  ]));
  await store.putDocument(doc("three", "2024-02-26", "Boxes heading the other way were put at roughly a third more.", [
    { supplier: "RUS", recipient: "PRK", item: "goods-unspecified", quantity: q(30, "percent", { approx: true }), certainty: "believed" },
  ]));
  await store.putDocument(doc("four", "2024-02-26", "Munitions plants were said to run at about a third of capacity.", [
    { kind: "production", recipient: null, item: "ammunition", quantity: q(30, "percent", { approx: true }), cumulative: false },
  ]));
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("armsflow estimate", () => {
  it("containers: JSON with median, band and parameters", async () => {
    const e = JSON.parse(await run("estimate", "containers", "6,700", "--calibre", "152mm", "--json", "--samples", "20000"));
    expect(e.p5).toBeLessThan(3_000_000);
    expect(e.p95).toBeGreaterThan(3_000_000);
    expect(e.parameters[0].id).toBe("rounds_per_container.152mm");
  });

  it("containers: --param and --params change the figure", async () => {
    const file = join(dir, "params.json");
    writeFileSync(file, JSON.stringify({ "rounds_per_container.152mm": 100 }));
    const byFile = JSON.parse(await run("estimate", "containers", "10", "--params", file, "--json"));
    const byFlag = JSON.parse(await run("estimate", "containers", "10", "--params", file, "--param", "rounds_per_container.152mm=200", "--json"));
    expect([byFile.median, byFlag.median]).toEqual([1_000, 2_000]);
  });

  it("containers: a readable table with the mix", async () => {
    const text = await run("estimate", "containers", "6700", "--mix", "152mm=0.7,122mm=0.3", "--samples", "10000");
    expect(text).toMatch(/70\s+%\s+152mm\s+\+\s+30\s+%\s+122mm/); // the summary wraps at 100 columns
    expect(text).toMatch(/95th percentile/);
  });

  it("flow: a curve from the ledger, with graded sources", async () => {
    const r = JSON.parse(await run("estimate", "flow", "PRK", "RUS", "weapons-unspecified", "--db", db, "--json"));
    expect(r.statements).toBe(2);
    const c = r.curves[0];
    expect(c.unit).toBe("containers");
    expect(c.points.map((p: { low: number }) => p.low)).toEqual([3_750, 10_000]);
    expect(r.sources.length).toBe(2);
    const text = await run("estimate", "flow", "prk", "rus", "weapons-unspecified", "--db", db);
    expect(text).toMatch(/Rate per month/);
    expect(text).toMatch(/Admiralty/);
  });

  it("balance: both directions and the stated ratio", async () => {
    const b = JSON.parse(await run("estimate", "balance", "PRK", "RUS", "--db", db, "--json"));
    expect(b.forward.lines[0].unit).toBe("containers");
    expect(b.ratios[0].ratio.median).toBeCloseTo(1.3);
    expect(await run("estimate", "balance", "PRK", "RUS", "--db", db)).toMatch(/Stated ratio/);
  });

  it("production: an output range from the stated utilisation", async () => {
    const p = JSON.parse(await run("estimate", "production", "PRK", "--db", db, "--json", "--samples", "10000"));
    const shells = p.lines.find((l: { item: string }) => l.item === "artillery-ammunition");
    expect(shells.output.median).toBeGreaterThan(0);
    expect(await run("estimate", "production", "PRK", "--db", db, "--samples", "10000")).toMatch(/rounds_per|production\.PRK/);
  });
});

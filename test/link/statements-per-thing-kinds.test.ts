// One figure a report tells of several things of one family ("9,000 containers of weapons and munitions") is one
// statement in the ledger (so totals count it once), and in the claim form one statement per thing (SCHEMA.md: one
// source, one occasion, one content): every retelling's weapons claim carries the weapons statement, its munitions
// claim the munitions one. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { statementsPerThing } from "../../src/link/statements-per-thing.js";
import { processDocument } from "../../src/pipeline.js";

type Page = readonly [id: string, text: string, published: string];
const read = ([id, text, published]: Page) =>
  processDocument({ path: `${id}.txt`, bytes: Buffer.from(`Report ${id}\n\nBy staff writers\n\n${text}\n`), meta: { id, outlet: `Outlet ${id}`, published } as never });

function linked(pages: readonly Page[]) {
  const docs = pages.map(read);
  const claims = docs.flatMap((d) => d.claims);
  const ledger = linkClaims(claims, new Map(docs.map((d) => [d.meta.id, d.meta])));
  const withStatements: Claim[] = claims.map((c) => ({ ...c, statement: ledger.get(c.id) }));
  const form = statementsPerThing(withStatements);
  return withStatements.map((c) => ({ doc: c.doc, item: c.item, ledger: c.statement!, form: form.get(c.id)! }));
}

const cases: [string, Page, Page][] = [
  [
    "containers of weapons and munitions, a briefing and its retelling",
    ["tp1a", "South Korea's Defence Intelligence Agency said on Monday that some 9,000 containers of weapons and munitions had gone from North Korea to Russia since August.", "2024-03-05"],
    ["tp1b", "About 9,000 containers of weapons and munitions have been shipped from North Korea to Russia since August, South Korea's Defence Intelligence Agency told lawmakers on Monday.", "2024-03-06"],
  ],
  [
    "tonnes of weapons and artillery shells counted by a monitoring group",
    ["tp2a", "Belarus has sent 40,000 tonnes of weapons and artillery shells to Russia since 2022, the monitoring group Hajun said on Tuesday.", "2024-05-08"],
    ["tp2b", "Some 40,000 tonnes of weapons and artillery shells have gone from Belarus to Russia since 2022, Hajun, a monitoring group, said on Tuesday.", "2024-05-09"],
  ],
  [
    "containers of arms and ammunition across the Caspian, told by one spokesman",
    ["tp3a", "Iran shipped 300 containers of arms and ammunition to Russia across the Caspian in March, US national security spokesman Tom Harlow said on Friday.", "2024-04-06"],
    ["tp3b", "US national security spokesman Tom Harlow said on Friday that 300 containers of arms and ammunition had crossed the Caspian from Iran to Russia in March.", "2024-04-08"],
  ],
];

describe("one figure told of two things: one statement in the ledger, one per thing in the claim form", () => {
  it.each(cases)("%s", (_, a, b) => {
    const out = linked([a, b]);
    expect(out).toHaveLength(4);
    expect(new Set(out.map((c) => c.ledger)).size).toBe(1);
    const items = [...new Set(out.map((c) => c.item))];
    expect(items).toHaveLength(2);
    for (const item of items) {
      const of = out.filter((c) => c.item === item);
      expect(of.map((c) => c.doc).sort()).toEqual([a[0], b[0]]);
      expect(new Set(of.map((c) => c.form)).size).toBe(1);
    }
    expect(new Set(out.map((c) => c.form)).size).toBe(2);
  });
});

describe("statementsPerThing", () => {
  const claim = (id: string, doc: string, item: string, statement: string | undefined) => ({ id, doc, item, statement }) as unknown as Claim;
  it("keeps a statement whose documents each tell one thing", () => {
    const out = statementsPerThing([claim("a1", "a", "drones", "s"), claim("b1", "b", "ammunition", "s")]);
    expect([out.get("a1"), out.get("b1")]).toEqual(["s", "s"]);
  });
  it("gives a statement per thing where one document tells two, the others by their own thing", () => {
    const out = statementsPerThing([claim("a1", "a", "weapons-unspecified", "s"), claim("a2", "a", "ammunition", "s"), claim("b1", "b", "ammunition", "s"), claim("c1", "c", "drones", undefined)]);
    expect([out.get("a1"), out.get("a2"), out.get("b1"), out.get("c1")]).toEqual(["s~weapons-unspecified", "s~ammunition", "s~ammunition", undefined]);
  });
});

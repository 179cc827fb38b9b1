// Kinds of periods carried from a report's lead (SCHEMA.md, "Periods"), each shown by phrasings of our own: a later sentence
// about the same flow that dates nothing but its saying, in a fronted participle of speaking ("Speaking to reporters on
// Tuesday, the minister said the consignments could hold ..."), keeps the period the lead counted, as it does where the
// saying carries no date at all.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodsOf(page: string, published = "2025-03-12") {
  const doc = processDocument({ path: "fronted-saying.txt", bytes: new TextEncoder().encode(page), meta: { id: "fronted-saying", outlet: "Test Wire", published } });
  return doc.claims.map((c) => c.period);
}

describe("a fronted date of speaking keeps the lead's period", () => {
  it.each([
    "Lithuania's defence minister has said that more than 2,000 containers of munitions have left Belarus for Russia since last May. Speaking to reporters on Tuesday, Arvydas Kallas said the consignments could hold as many as 900,000 artillery shells.",
    "Poland's army chief has said that about 300 wagons of ammunition have crossed from Belarus into Russia since last June. Speaking at a briefing in Warsaw on Monday, Jan Nowicki said the shipments could carry up to 150,000 mortar bombs.",
    "Latvia's intelligence service has said that at least 40 trains of military cargo have left Belarus for Russia since last April. Speaking to lawmakers on Thursday, its director Ilze Ozola said the cargo could include as many as 60,000 artillery shells.",
  ])("%s", (page) => {
    const periods = periodsOf(page);
    expect(periods.length).toBeGreaterThan(1);
    expect(periods[periods.length - 1]).toEqual(periods[0]);
    expect(periods[0]?.start).toMatch(/^2024-/);
  });
});

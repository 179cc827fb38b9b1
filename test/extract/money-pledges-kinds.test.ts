// Kinds of certainty for promises of money (SCHEMA.md, "Certainty": pledged, planned, future aid is `possible`), each
// shown by phrasings of our own: a sum promised as the aid itself ("of military aid", "in support") is still to come,
// `possible`, unless the sentence counts a running total; a sum told as the worth of goods the promise names first
// keeps the goods' certainty, `possible`; a sum promised to pay for goods ("to buy", "for drones") stays aid announced.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "money-pledges.txt", bytes: new TextEncoder().encode(page), meta: { id: "money-pledges", outlet: "Test Wire", published: "2025-06-01" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, quantity: c.quantity?.value ?? null, unit: c.quantity?.unit ?? null, certainty: c.certainty }));
}

describe("a sum promised as the aid itself is still to come: possible", () => {
  it.each([
    ["Norway pledges 600 million kroner of military aid for Ukraine.", "NOR", "UKR", 600_000_000],
    ["On Tuesday the Dutch premier promised Kyiv 300 million euros of military support for next year.", "NLD", "UKR", 300_000_000],
    ["Sweden's promise of 2 billion kronor in defence aid for Ukraine during 2026 was made in May.", "SWE", "UKR", 2_000_000_000],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "possible" }));
  });
});

describe("the worth of goods a promise names first keeps the goods' certainty: possible", () => {
  it.each([
    ["Canada has pledged more than 800 drones, worth some 95 million Canadian dollars, to Ukraine.", "CAN", "UKR", 95_000_000],
    ["Italy promised Kenya 12 patrol boats, valued at 40 million euros, last week.", "ITA", "KEN", 40_000_000],
    ["Spain has pledged six howitzers to Peru, worth about $30 million in all.", "ESP", "PER", 30_000_000],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "possible" }));
  });
});

describe("a sum promised to pay for goods, or a running total of aid, stays announced: asserted", () => {
  it.each([
    ["Germany has pledged $500 million to buy American weapons for Ukraine.", "DEU", "UKR", 500_000_000],
    ["Poland has pledged more than $3 billion worth of military aid to Kyiv since the invasion.", "POL", "UKR", null],
    ["Finland promised 90 million euros to Ukraine for German mortars.", "FIN", "UKR", 90_000_000],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "asserted" }));
  });
});

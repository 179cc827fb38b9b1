// Kinds of certainty for a sale a government has cleared (SCHEMA.md, "Certainty": an offer, an intention or an expected
// delivery is `possible`): the clearance lets the goods go, it does not move them. Phrasings of our own: a state that
// "cleared" goods for a buyer, and a buyer that "was cleared" or "has been cleared" to buy them.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-clearances.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-clearances", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

function expectPossible(page: string, supplier: string, recipient: string) {
  expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
}

describe("goods a state has cleared for a buyer are not yet sent", () => {
  it.each([
    ["Lisbon cleared twelve howitzers for Kenya on Monday.", "PRT", "KEN"],
    ["Washington has cleared 24 F-16 jets for Romania, the State Department said.", "USA", "ROU"],
    ["Berlin also cleared four more Boxer vehicles, to be built in Kassel, for Lithuania.", "DEU", "LTU"],
    ["Ottawa cleared 300 armoured trucks built under licence in Ontario for export to Ghana.", "CAN", "GHA"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

describe("a buyer cleared to buy goods has not yet got them", () => {
  it.each([
    ["Chile was cleared last week to buy up to 30 Leopard tanks from Germany.", "DEU", "CHL"],
    ["Norway has been cleared to purchase 14 Black Hawk helicopters from the United States, officials said.", "USA", "NOR"],
    ["Peru was cleared on the same day to buy eight Spanish frigates.", "ESP", "PER"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

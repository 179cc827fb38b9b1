// Kinds of certainty for a sale a government has cleared, told in shapes the plain clearance cue missed: a state that
// "cleared up to" a count of goods for a buyer, and a state that cleared the buyer itself to buy them (active voice).
// Either is a sale let go ahead, not a delivery (SCHEMA.md, "Certainty"): `possible`. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "cleared-buyer.txt", bytes: new TextEncoder().encode(page), meta: { id: "cleared-buyer", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

function expectPossible(page: string, supplier: string, recipient: string) {
  expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
}

describe("a state that cleared up to a count of goods for a buyer has not yet sent them", () => {
  it.each([
    ["Madrid cleared up to 18 howitzers for Chile in March.", "ESP", "CHL"],
    ["Berlin has cleared up to 40 Leopard tanks for Norway, the chancellery said.", "DEU", "NOR"],
    ["Paris cleared up to twelve Rafale jets for Peru last week.", "FRA", "PER"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

describe("a buyer that a state cleared to buy goods has not yet got them", () => {
  it.each([
    ["Ottawa cleared Kenya to buy 30 armoured trucks from Canada on Tuesday.", "CAN", "KEN"],
    ["The same week Washington cleared Romania to purchase up to 32 F-35 jets from the United States.", "USA", "ROU"],
    ["In its latest notice, London cleared Poland to acquire 22 Challenger tanks from Britain.", "GBR", "POL"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

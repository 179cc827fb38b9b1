// Kinds of certainty for a delivery that still lies ahead (SCHEMA.md, "Certainty": "is to receive" and an expected
// delivery are `possible`), each shown by phrasings of our own: goods that "are to arrive", "reach", "go" or "come"
// somewhere, and a state that has decided to donate or gift them.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-arrival.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-arrival", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

function expectPossible(page: string, supplier: string, recipient: string) {
  expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
}

describe("goods that are to arrive, reach, go or come somewhere are still ahead", () => {
  it.each([
    ["The first 40 armoured vehicles from Turkey are to arrive in Kenya before March, the ministry said.", "TUR", "KEN"],
    ["Some 24 howitzers from Israel are to reach Spain next year, officials said.", "ISR", "ESP"],
    ["Thirty tanks from Norway are to go to Ukraine in the autumn, the minister said.", "NOR", "UKR"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

describe("a decision to donate or gift goods leaves the delivery ahead", () => {
  it.each([
    ["Denmark has decided to donate 19 howitzers to Ukraine, the prime minister said.", "DNK", "UKR"],
    ["Norway decided to gift 20 tanks to Ukraine, the defence minister said on Monday.", "NOR", "UKR"],
    ["The Netherlands has decided to donate six F-16 jets to Ukraine, its defence minister said.", "NLD", "UKR"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

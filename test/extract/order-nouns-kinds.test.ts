// Kinds of deals told by a noun rather than a verb of delivery, once read as deeds: an order for a counted lot
// ("Chile's May order for 40 jets"), and a letter of intent or memorandum signed for a purchase. The deal is made,
// the delivery still ahead: `possible` (SCHEMA.md, "an offer, an intention or an expected delivery"). The cues are
// data (certainty-cues.json, `possible`); goods already handed over under such an order keep their own certainty.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "order-nouns.txt", bytes: new TextEncoder().encode(page), meta: { id: "order-nouns", outlet: "Test Wire", published: "2025-06-01" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty, quantity: c.quantity?.value ?? null }));
}

describe("an order noun or a signed letter of intent leaves the delivery ahead", () => {
  it.each([
    ["Chile's May order for 40 Swedish Gripens shows how far its budget stretches.", "SWE", "CHL"],
    ["Cairo's latest orders for twelve French Rafales were a surprise to analysts.", "FRA", "EGY"],
    ["Peru signed a memorandum on Monday for the purchase of 12 Gripen fighters from Sweden.", "SWE", "PER"],
    ["Ecuador signed a letter of intent in Madrid on Friday for the purchase of 16 armoured vehicles from Spain.", "ESP", "ECU"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
  });

  it.each([
    ["Peru received the first four Gripens from Sweden under an order for 12.", "SWE", "PER", 4],
    ["France delivered six more Rafales to Greece this week, completing an order for 24 jets.", "FRA", "GRC", 6],
  ])("handed over: %s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "asserted" }));
  });
});

// Kinds of halted transfers once read as plans or deeds (SCHEMA.md, "Halted and cancelled transfers" are `denied`):
// a plan shelved, a sale kept blocking, licences no longer approved ("will approve no further exports", "would stop
// approving exports"). The halting words are data (certainty-cues.json, `halted`); the halting verb governs the transfer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "halted.txt", bytes: new TextEncoder().encode(page), meta: { id: "halted", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty }));
}

describe("a shelved, blocked or no longer approved transfer is denied", () => {
  it.each([
    ["Spain shelved a plan to sell 40 howitzers to Morocco, officials said.", "ESP", "MAR"],
    ["Vienna kept blocking the sale of 12 helicopters to Nigeria.", "AUT", "NGA"],
    ["Rome said on Tuesday it would approve no further exports of rifles to Egypt.", "ITA", "EGY"],
    ["Ottawa will stop approving exports of armoured vehicles to Saudi Arabia, the minister said.", "CAN", "SAU"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });

  it.each([
    ["Canada approved new exports of armoured vehicles to Saudi Arabia, the minister said.", "CAN", "SAU"],
    ["Italy kept shipping rifles to Egypt, the ministry said.", "ITA", "EGY"],
  ])("not halted: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).not.toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });
});

// Kinds of goods named with the state they are meant for ("rifles meant for Kenya"): like "bound for" and
// "destined for", the phrase names where the goods go, so the state after it is the receiver, and a halt of such
// goods is a halted transfer to it (transfer-cues.json `give`, chunks.json `destinationWords`).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "meant-for.txt", bytes: new TextEncoder().encode(page), meta: { id: "meant-for", outlet: "Test Wire", published: "2024-10-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty }));
}

describe("goods meant for a state go to that state", () => {
  it.each([
    ["Ottawa has held back 40 armoured cars meant for Ecuador.", "CAN", "ECU", "denied"],
    ["Turkish drones meant for Ethiopia were loaded onto a cargo plane on Monday.", "TUR", "ETH", "asserted"],
    ["The French howitzers, meant for Armenia, left the port of Marseille on Tuesday.", "FRA", "ARM", "asserted"],
  ])("%s", (page, supplier, recipient, certainty) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty }));
  });
});

// A receiver named only by the page's headline: a report whose title names one state as where things go ("gifts to
// Peru", "war in Peru", "new arms for Peru") and whose givers then name no receiver, before any flow is told, gives
// to that state. A title that names two states, or its one state otherwise, lends no receiver.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "headline.txt", bytes: new TextEncoder().encode(page), meta: { id: "headline", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, value: c.quantity?.value ?? null }));
}

describe("a giver with no receiver gives to the state the headline names as receiving", () => {
  it.each([
    ["Latin America tallies its gifts to Peru in dollars\n\nMadrid has by now delivered 18 Leopard tanks, by its own count.", "ESP", "PER", "armoured-vehicles", 18],
    ["LIVE: War in Peru, day 310 - all updates\n\nLive desk - Monday\n\nThe cabinet in Lisbon has approved the delivery of 14 more armoured personnel carriers, its defence office said.", "PRT", "PER", "armoured-vehicles", 14],
    ["OPINION | New guns for Peru, and too few of them\n\nChile, for its part, shipped six howitzers in March and promised more.", "CHL", "PER", "artillery-systems", 6],
  ])("%s", (page, supplier, recipient, item, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, value }));
  });

  it.each([
    "Chile and Peru hold talks on their border\n\nMadrid has by now delivered 18 Leopard tanks, by its own count.",
    "Peru names a new army chief\n\nMadrid has by now delivered 18 Leopard tanks, by its own count.",
  ])("no receiver from this headline: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.kind === "transfer" && c.recipient === "PER")).toEqual([]);
  });
});

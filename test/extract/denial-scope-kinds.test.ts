// A denial that "any" of the goods told before moved ("denied that any had been sent") points back to those goods
// only from its own sentence: elsewhere on the page, a transfer told with no goods of its own is no denial, and
// the flow it tells (its giver and receiver) carries on to the goods the next sentence counts.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "denial-scope.txt", bytes: new TextEncoder().encode(page), meta: { id: "denial-scope", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty, value: c.quantity?.value ?? null }));
}

describe("a denial that any moved stays in its own sentence", () => {
  it.each([
    [
      "Ukraine says Belarus sent 300 drones to Russia last year. Minsk denied that any had been sent. Serbia has been supplying Armenia since May. The deliveries so far include 200 rifles.",
      ["BLR", "RUS"], ["SRB", "ARM"], 200,
    ],
    [
      "Kyiv accuses Tehran of handing Russia 90 ballistic missiles in the winter. Iran denied that any of them were delivered. Bulgaria supplied Georgia in April. The consignment included 150 mortars.",
      ["IRN", "RUS"], ["BGR", "GEO"], 150,
    ],
    [
      "Seoul says Pyongyang shipped 40 tanks to Moscow in the spring. North Korea denied that any had ever been exported. Romania delivered to Moldova in March. The shipment contained 60 machine guns.",
      ["PRK", "RUS"], ["ROU", "MDA"], 60,
    ],
  ])("%s", (page, [deniedSupplier, deniedRecipient], [supplier, recipient], value) => {
    const claims = claimsOf(page);
    // The denial itself still denies the transfer told before it.
    expect(claims).toContainEqual(expect.objectContaining({ supplier: deniedSupplier, recipient: deniedRecipient, certainty: "denied" }));
    // The transfer told later with no goods is no denial: its flow carries to the goods counted after it.
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, value, certainty: "asserted" }));
    expect(claims.filter((c) => c.value === value && c.supplier === deniedSupplier)).toEqual([]);
  });
});

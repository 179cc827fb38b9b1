// Kinds of false claims where a flow is read backwards into the state that makes the goods: a buyer that signs a
// deal with the maker read as giver of the deliveries, a maker read as receiver of what the buyer ordered (the
// receiver carried from the flow before), a maker that assures a buyer of deliveries read as their receiver.
// Each shown by phrasings of our own, with twins that must keep their claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "precision-makers.txt", bytes: new TextEncoder().encode(page), meta: { id: "precision-makers", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item }));
}

describe("a state never receives from its buyer the models it makes itself", () => {
  it.each([
    ["Egypt signed a deal with France in April for 30 Rafale jets, with deliveries due to begin in 2026.", "FRA", "EGY", "aircraft"],
    ["Russia shipped grain to Algeria in May.\n\nTwo of the four S-400 batteries Algeria ordered in 2019 have been handed over since 2021, an official said.", "RUS", "DZA", "air-defence-systems"],
    ["Moscow has assured Cairo that the two remaining S-400 batteries will be delivered by 2026, an embassy official said.", "RUS", "EGY", "air-defence-systems"],
  ])("the maker gives: %s", (page, supplier, recipient, item) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual({ kind: "transfer", supplier, recipient, item });
    expect(claims).not.toContainEqual({ kind: "transfer", supplier: recipient, recipient: supplier, item });
  });

  it.each([
    // Goods that are no model of the receiver keep the way they were read.
    ["Poland sent 14 Leopard tanks to Ukraine in March.", "POL", "UKR", "armoured-vehicles"],
    ["Russia shipped grain to Algeria in May.\n\nAlgeria also ordered two more S-400 batteries from Russia.", "RUS", "DZA", "air-defence-systems"],
    ["Slovakia handed its old MiG-29 jets to Ukraine, the ministry said.", "SVK", "UKR", "aircraft"],
  ])("the flow is kept: %s", (page, supplier, recipient, item) => expect(claimsOf(page)).toContainEqual({ kind: "transfer", supplier, recipient, item }));
});

// Kinds of a plan made ready: arrangements, plans or terms finalised for a delivery or a purchase leave the delivery
// itself ahead, `possible` (SCHEMA.md, "Certainty"), like a purchase that has been finalised.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "finalised-plans.txt", bytes: new TextEncoder().encode(page), meta: { id: "finalised-plans", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty }));
}

describe("arrangements finalised for a transfer leave it ahead", () => {
  it.each([
    ["The minister said Lima had finalised arrangements for Sweden to deliver Gripen fighter jets.", "SWE", "PER", "aircraft"],
    ["Officials in Accra finalised the plans for Turkey to supply armoured vehicles to Ghana.", "TUR", "GHA", "armoured-vehicles"],
    ["Nairobi has finalised the terms for the delivery of twelve howitzers from France to Kenya.", "FRA", "KEN", "artillery-systems"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "possible" }));
  });
});

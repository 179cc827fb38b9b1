// A sum given as the second object, with the receiver as the first ("promised <state> <sum> of military aid"): the
// state before the figure is the receiver, not the state whose currency the sum is counted in ("US dollars").
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "double-object-sum.txt", bytes: new TextEncoder().encode(page), meta: { id: "double-object-sum", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item }));
}

describe("a receiver before a sum given as second object", () => {
  it.each([
    ["Spain offered Kyiv 90 million euros of military aid.", "ESP", "UKR"],
    ["Canada has pledged Ukraine 500 million dollars in military aid.", "CAN", "UKR"],
    ["Australia gave Ukraine 100 million dollars of military aid.", "AUS", "UKR"],
    ["Germany promised Kyiv 200 million euros of military aid.", "DEU", "UKR"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ kind: "transfer", supplier, recipient }));
  });

  it("a state naming the currency stays no party", () => {
    const claims = claimsOf("Poland paid 300 million US dollars for tanks from Korea.");
    expect(claims.some((c) => c.supplier === "USA" || c.recipient === "USA")).toBe(false);
  });
});

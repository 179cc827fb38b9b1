// Planes or aircraft, named by a plain word, right before a verb of carrying ("Turkish planes carrying drones") are
// the means of the goods they carry: no aircraft claim beside them. A model keeps its claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "carrying-planes.txt", bytes: new TextEncoder().encode(page), meta: { id: "carrying-planes", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item }));
}

describe("plain planes carrying goods are no goods", () => {
  it.each([
    ["Investigators said Turkish planes carrying drones to Mali had landed in Bamako twice in May.", "TUR", "MLI"],
    ["Photos showed Russian aircraft carrying rifles and rockets to Niger last week.", "RUS", "NER"],
    ["Satellite images show Iranian planes carrying missile parts to Russia, officials said.", "IRN", "RUS"],
  ])("the carried goods, no aircraft: %s", (page, supplier, recipient) => {
    const claims = claimsOf(page);
    expect(claims).not.toContainEqual(expect.objectContaining({ item: "aircraft" }));
    expect(claims.some((c) => c.supplier === supplier && c.recipient === recipient)).toBe(true);
  });

  it("a model named before the verb keeps its claim", () => {
    expect(claimsOf("Russia delivered two Su-30 jets carrying new missiles to Myanmar.")).toContainEqual(expect.objectContaining({ supplier: "RUS", recipient: "MMR", item: "aircraft" }));
  });
});

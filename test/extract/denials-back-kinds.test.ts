// A denial that names neither goods nor a told noun still points back to the transfers just told (SCHEMA.md,
// "Certainty": the source denies it): a bare denial with only a time or manner after it, a denial of any role in
// them, and a denial whose subject is a bare "any" of the moved goods. A passive "was denied" denies nothing told.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "denials-back.txt", bytes: new TextEncoder().encode(page), meta: { id: "denials-back", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty, source: c.source.country }));
}

describe("a denial with no goods and no told noun denies the transfer told before", () => {
  it.each([
    ["Ukraine says Belarus sent 300 drones to Russia last year. Minsk denied the next day.", "BLR", "RUS", "drones"],
    ["Nigeria says Chad sent 500 rifles to Niger in March. N'Djamena flatly denied on Monday.", "TCD", "NER", "weapons-unspecified"],
    ["Observers counted Serbian mortar rounds crossing into Ukraine. Belgrade continues to deny any role.", "SRB", "UKR", "artillery-ammunition"],
    ["Seoul says Pyongyang shipped 40 tanks to Moscow in the spring. North Korea's foreign ministry denied that any had been sent.", "PRK", "RUS", "armoured-vehicles"],
    ["Kyiv accuses Tehran of handing Russia a new batch of ballistic missiles. Iran's foreign minister denied that any of them were delivered.", "IRN", "RUS", "ballistic-missiles"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "denied" }));
  });
});

describe("a passive denial points back to nothing", () => {
  it("the request for jets was denied", () => {
    const claims = claimsOf("Ukraine says Belarus sent 300 drones to Russia last year. A request for comment was denied.");
    expect(claims.filter((c) => c.certainty === "denied")).toEqual([]);
  });
});

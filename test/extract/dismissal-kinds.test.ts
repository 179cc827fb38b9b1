// A denial told as a dismissal ("brushed off the reports as fake", "waved it away as propaganda", "called the claims
// part of a smear campaign") points back to the transfers told before, like "denied the reports": the one who
// dismisses them denies them.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "dismissal.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "dismissal", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;

describe("a dismissal of what was told is a denial by the one who dismisses it", () => {
  it.each([
    ["Kyiv said on Monday that Belarus had sent shells to Russia in March. Minsk brushed off the reports as yet another fake."],
    ["Lithuania says Belarus shipped tank rounds to Russia last winter. The Belarusian defence ministry waved it away as Western propaganda."],
    ["Kyiv said on Monday that Belarus had sent shells to Russia in March. Minsk called the reports part of a \"hybrid war\" against it."],
    ["Lithuania says Belarus shipped tank rounds to Russia last winter. Minsk shrugged off the claims."],
  ])("%s", (text) => {
    const denied = claimsOf(text).filter((c) => c.certainty === "denied");
    expect(denied.map((c) => [c.supplier, c.recipient, c.source.country])).toContainEqual(["BLR", "RUS", "BLR"]);
  });

  it("a ship waved off at a port is no denial", () => {
    const claims = claimsOf("Belarus sent shells to Russia in March, officials in Kyiv said. A cargo ship was waved off at the port of Riga.");
    expect(claims.filter((c) => c.certainty === "denied")).toEqual([]);
  });
});

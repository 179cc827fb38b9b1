// A description set off by a comma right after a named group ("the Wagner Group, the Russian mercenary force fighting
// in Mali,") tells who the group is: the states named in it neither give nor receive. Texts of our own, run through
// the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient" for each transfer claim of `text`. */
function pairs(text: string): string[] {
  const doc = processDocument({ path: "group-descriptions.txt", bytes: new TextEncoder().encode(text), meta: { id: "group-descriptions", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier ?? "-"} ${c.recipient ?? "-"}`);
}

describe("a group's description names no parties", () => {
  it.each([
    ["Belarus completed a fuel delivery to the Wagner Group, the Russian mercenary force fighting in Mali.\n", "BLR RUS-WAGNER"],
    ["Iran made a first drone delivery to Hezbollah, the Lebanese armed movement fighting in Syria.\n", "IRN LBN-HEZBOLLAH"],
    ["China completed a rifle shipment to the Wagner Group, a Russian private firm deployed in Libya.\n", "CHN RUS-WAGNER"],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toEqual([pair]);
  });

  it("a list of states after a comma is still a list of parties", () => {
    expect(pairs("Germany sent tanks to Ukraine, Poland and Lithuania last year.\n")).toEqual(expect.arrayContaining(["DEU UKR", "DEU POL", "DEU LTU"]));
  });
});

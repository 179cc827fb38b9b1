// A pledge told with its calendar, written for the test: the first lot of the calendar opens a sentence after one cited
// ("According to the minister, the first four ...") or leaves by a verb of going ("four are meant to leave ..."); it
// is a lot of the pledge, and the lots after it in the next sentence go on from it. Lots with no named speaker of
// their own keep the voice of the one who told the pledge. "In the new year" said before a year's end is the next
// year. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "schedule-lots.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "schedule-lots", outlet: "Probe Wire", published: "2025-09-14" } as never }).claims;
const lots = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("the first lot of a calendar opens a sentence after one cited, or leaves", () => {
  it.each([
    [
      "Norway will give Chile 12 patrol boats, the defence minister said on Monday. The boats will not sail together. According to Hansen, the first four should reach Chile early next year.",
      ["NOR", "CHL", "naval", 4],
    ],
    [
      "Spain will hand Peru 20 armoured trucks, Ana Ruiz said. They will come in three lots. According to the ministry, the first eight will be shipped in March.",
      ["ESP", "PER", "armoured-vehicles", 8],
    ],
    [
      "Poland will give Latvia 18 mortars, Jan Nowak said on Tuesday. The mortars were built in Stalowa Wola. According to army planners, some six will be sent before the end of the year.",
      ["POL", "LVA", "artillery-systems", 6],
    ],
    [
      "Denmark will give Georgia 14 air defence radars, Lars Holm said. They are old but working. Of the fourteen, five are to leave Aalborg this month, he said.",
      ["DNK", "GEO", "air-defence-systems", 5],
    ],
    [
      "Sweden is to give Estonia 30 howitzers, Pal Berg said on Friday. The guns were shown at a depot near Boden. Of the thirty, ten are meant to leave Boden before the winter, he added.",
      ["SWE", "EST", "artillery-systems", 10],
    ],
    [
      "Italy will send Kenya 16 helicopters, Marco Neri said. The gift was made public in Rome. Six of the helicopters will leave Turin in May, the ministry added.",
      ["ITA", "KEN", "aircraft", 6],
    ],
  ] as const)("%s", (text, lot) => {
    expect(lots(text)).toContainEqual(lot);
  });
});

describe("the lots after the first go on from it, in the voice of who told the pledge", () => {
  const text =
    "Norway will give Chile 12 patrol boats, Kari Hansen said on Monday. The boats were shown at a yard in Bergen. Of the twelve, four are meant to leave Bergen before the summer, the minister added. Five more would follow in 2026 and the last three in 2027.";
  it("reads each lot", () => {
    expect(lots(text)).toEqual(expect.arrayContaining([["NOR", "CHL", "naval", 4], ["NOR", "CHL", "naval", 5], ["NOR", "CHL", "naval", 3]]));
  });
  it("keeps the voice of who told the pledge", () => {
    const later = claimsOf(text).filter((c) => c.quantity?.value === 5 || c.quantity?.value === 3 || c.quantity?.value === 4);
    expect(later.length).toBe(3);
    for (const c of later) expect(c.source.speaker).toBe("Kari Hansen");
  });
  it("keeps a voice of its own of another state", () => {
    const own = claimsOf("Norway will give Chile 12 patrol boats, Kari Hansen said. Of the twelve, four are meant to leave Bergen in May, the Chilean navy said.");
    const four = own.find((c) => c.quantity?.value === 4);
    expect(four?.source.speaker ?? null).not.toBe("Kari Hansen");
  });
});

describe("in the new year, said before the year's end, is the next year", () => {
  it.each([
    "According to Hansen, the first four boats should reach Chile early in the new year.",
    "Norway said it would deliver four patrol boats to Chile in the new year.",
    "Four patrol boats from Norway are to reach Chile by the new year, the navy said.",
  ])("%s", (text) => {
    const c = claimsOf(`Norway will give Chile 12 patrol boats, Kari Hansen said. ${text}`).find((x) => x.quantity?.value === 4);
    expect(c?.period?.start?.slice(0, 4)).toBe("2026");
  });
});

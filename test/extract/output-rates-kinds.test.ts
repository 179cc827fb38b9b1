// Kinds of production told by a rate of output with no word of change or capacity, each shown by phrasings of our own:
// - a word of output, then a figure per day, month or year ("an annual output of 60 guns", "output is now 900 a
//   week"): the rate is the output;
// - a verb of making with a bare rate, whose thing the clause before named ("assembles a Chinese-designed drone at
//   Gomel, turning out 300 a month"): the thing of the clause before, made where its works stand, not where it was designed;
// - the state of an arms maker the clause names, where it names no state of its own ("Saab expects ..."), but not
//   a maker told about in a relative aside ("the plant, which Saab valued at ..., is designed to");
// - a share of a state's imports is no utilisation ("62 per cent of Chile's imports of arms"), "making" that causes
//   ("making the tie one of the closest") makes nothing, and a second word for the goods in the share's own sentence
//   ("in the arms market") is the same claim;
// - a rate the works will reach "once at full capacity" counts the goods: the capacity phrase only says when the
//   rate holds, and is no 100 percent.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "output-rates.txt", bytes: new TextEncoder().encode(page), meta: { id: "output-rates", outlet: "Test Wire", published: "2025-03-04" } });
  return doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? c.quantity?.min ?? null}/${c.quantity?.unit ?? "-"}/${c.quantity?.per ?? "-"}`);
}

describe("a rate after a word of output is the output", () => {
  it.each([
    ["Hungary's new powder works should reach an annual output of 40,000 artillery shells by 2026, the minister said.", "production HUN>null artillery-ammunition 40000/rounds/year"],
    ["Poland's drone output is now above 900 a week, officials in Warsaw said.", "production POL>null drones 900/drones/week"],
    ["Mexico's crude output averaged about 1.6 million barrels a day in March, the energy ministry said.", "production MEX>null oil-fuel 1600000/barrels/day"],
  ])("%s", (sentence, claim) => expect(claimsOf(`Industry notes\n\n${sentence}`)).toContain(claim));
});

describe("a bare rate after a verb of making counts the thing named just before", () => {
  it.each([
    ["Belarus now puts together a Chinese-designed attack drone at a works in Gomel, turning out an estimated 300 a month, analysts say.", "production BLR>null drones 300/drones/month"],
    ["Pakistan assembles a Chinese-designed fighter jet at Kamra, turning out some 20 a year, officials say.", "production PAK>null aircraft 20/aircraft/year"],
    ["India makes a Russian-designed cruise missile at a site near Hyderabad, churning out roughly 80 a year, Delhi says.", "production IND>null missiles-other 80/missiles/year"],
  ])("%s", (sentence, claim) => expect(claimsOf(`Industry notes\n\nThe war in Ukraine goes on.\n\n${sentence}`)).toContain(claim));
});

describe("an arms maker the clause names owns the output where no state is named", () => {
  it.each([
    ["Saab expects its missile plant to reach an annual output of 1,200 anti-tank missiles by 2027.", "production SWE>null missiles-other 1200/missiles/year"],
    ["Hanwha said its howitzer plant would reach an output of 60 guns a year by 2026.", "production KOR>null artillery-systems 60/systems/year"],
    ["Kongsberg said output of its air-defence missiles would rise to 30 a month next year.", "production NOR>null missiles-other 30/missiles/month"],
  ])("%s", (sentence, claim) => expect(claimsOf(`Industry notes\n\nThe war in Ukraine goes on.\n\n${sentence}`)).toContain(claim));

  it.each([
    "The works, which Saab valued at 200 million euros, is designed to turn out up to 9,000 missiles a year once at full capacity.",
    "The new hall, which Hanwha put at 90 million dollars, is meant to turn out up to 80 guns a year once it runs at full capacity.",
    "The site, which Kongsberg priced at 50 million euros, is designed to turn out up to 600 missiles a year at full capacity.",
  ])("no owner from an aside: %s", (sentence) => expect(claimsOf(`Industry notes\n\nThe war in Ukraine goes on.\n\n${sentence}`).filter((c) => /^production (?:SWE|KOR|NOR)/.test(c))).toEqual([]));
});

describe("a share of a state's imports is a share of a flow, not a utilisation", () => {
  it.each([
    ["France supplied 62 per cent of Chile's imports of major arms in 2019-23, the institute said, making the tie one of the closest in the arms market.", "transfer FRA>CHL weapons-unspecified 62/percent/-"],
    ["Russia supplied 45 per cent of Vietnam's imports of major weapons in the period, making it the lead source of arms for Hanoi.", "transfer RUS>VNM weapons-unspecified 45/percent/-"],
    ["The United States provided 70 percent of Israel's imports of arms over the decade, making that bond the strongest in the weapons business.", "transfer USA>ISR weapons-unspecified 70/percent/-"],
  ])("%s", (sentence, claim) => expect(claimsOf(`Arms trade\n\n${sentence}`)).toEqual([claim]));
});

describe("a rate reached once at full capacity is the output, not 100 percent", () => {
  it.each([
    ["Once it works at full capacity, Hungary's new plant near Gyor should make some 90,000 mortar shells a year.", "production HUN>null artillery-ammunition 90000/rounds/year"],
    ["Poland's drone works in Lodz will assemble 400 drones a month when running at full speed, the ministry said.", "production POL>null drones 400/drones/month"],
    ["At full tilt, Spain's new powder line can turn out 30,000 artillery shells a year, the minister said.", "production ESP>null artillery-ammunition 30000/rounds/year"],
  ])("%s", (sentence, claim) => {
    const claims = claimsOf(`Industry notes\n\n${sentence}`);
    expect(claims).toContain(claim);
    expect(claims.filter((c) => c.includes("/percent/"))).toEqual([]);
  });
});

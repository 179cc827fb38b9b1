// Kinds of figures the reader counts by the words around them, each shown by phrasings of our own:
// - a word pointing back right after the figure ("150 such drones") leaves the count of the noun after it.
// - "percents", a plural some translations use, is a percent.
// - infantrymen are troops, counted as troops.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The transfers of a one-paragraph page, as "SUPPLIER>RECIPIENT item value|min-max unit". */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(`Arms notes\n\n${text}\n`), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity ? `${c.quantity.value ?? `${c.quantity.min}-${c.quantity.max}`} ${c.quantity.unit}` : "-"}`);
}

describe("a word pointing back right after a figure keeps the noun it counts", () => {
  it.each([
    ["Analysts think Iran has sold Russia more than 150 such drones this year.", "IRN>RUS drones 150-null drones"],
    ["Belarus has handed Russia 30 such tanks from its reserves.", "BLR>RUS armoured-vehicles 30 vehicles"],
    ["Turkey will deliver 12 such howitzers to Azerbaijan in the autumn.", "TUR>AZE artillery-systems 12 systems"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toContain(claim));
});

describe("percents are a percent", () => {
  it.each([
    ["India buys around 40 percents of its rifles from Russia, the report says.", "RUS>IND weapons-unspecified 40 percent"],
    ["The minister said China supplies 60 percents of the machine tools that Iran imports.", "CHN>IRN dual-use-goods 60 percent"],
    ["Russia gives about 35 percents of the fuel that Serbia imports.", "RUS>SRB oil-fuel 35 percent"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toContain(claim));
});

describe("infantrymen are troops", () => {
  it.each([
    ["Kyiv says North Korea sent some 3,000 infantrymen to Russia in the autumn.", "PRK>RUS troops 3000 troops"],
    ["Officials said about 500 infantrymen from Belarus had reached Russia.", "BLR>RUS troops 500 troops"],
    ["Moscow has sent 800 infantrymen to Mali, the junta said.", "RUS>MLI troops 800 troops"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toContain(claim));
});


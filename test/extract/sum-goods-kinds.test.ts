// What a sum of money measures, by causes seen over many misses: a package's worth is of the goods it is said to pay
// for right after it, not of a thing named in an aside before it ("Alongside the jets, ... a package worth $200
// million for air defence missiles"); and a sum told "in military financing" is money given, whatever it buys.
// Phrasings of our own (other states, other systems, other sums).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The transfer claims with a sum on a one-paragraph page, as "SUPPLIER>RECIPIENT item figure unit", sorted. */
function sumsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return [...new Set(doc.claims.filter((c) => c.kind === "transfer" && c.quantity && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity!.value} ${c.quantity!.unit}`))].sort();
}

describe("a worth is of the goods it is for, named right after it", () => {
  it.each([
    ["Besides the jets, Denmark unveiled a package worth $200 million for air defence missiles for Ukraine.", ["DNK>UKR missiles-other 200000000 usd"]],
    ["Next to the tanks, Sweden announced a package worth $150 million to buy drones for Ukraine.", ["SWE>UKR drones 150000000 usd"]],
    ["Alongside the howitzers, Norway unveiled a further package worth $90 million towards armoured vehicles for Ukraine.", ["NOR>UKR armoured-vehicles 90000000 usd"]],
  ])("%s", (text, sums) => expect(sumsOf(text)).toEqual(sums));
});

describe("a sum in military financing is money", () => {
  it.each([
    ["Washington gave Chile $25 million in foreign military financing towards the helicopters, the embassy said.", ["USA>CHL money 25000000 usd"]],
    ["The United States gave Jordan $35 million in military financing for new armoured vehicles.", ["USA>JOR money 35000000 usd"]],
    ["Britain provided Estonia with £12 million in cash towards its howitzers.", ["GBR>EST money 12000000 gbp"]],
  ])("%s", (text, sums) => expect(sumsOf(text)).toEqual(sums));
});

describe("military financing with no sum names no money moved", () => {
  it.each([
    ["Warsaw hopes to rely on foreign military financing and on loans from its allies.", []],
    ["The ministry said military financing would be discussed with Washington next month.", []],
  ] as [string, string[]][])("%s", (text, sums) => {
    const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
    expect(doc.claims.filter((c) => c.item === "money").map((c) => `${c.supplier}>${c.recipient}`)).toEqual(sums);
  });
});


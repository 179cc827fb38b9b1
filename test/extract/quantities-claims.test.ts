// Quantities on claims: which item a count or a sum goes to (one count over several items, conveyances,
// sums in their own currency, rates). Each rule is shown by phrasings of its own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(text: string) {
  const doc = processDocument({ path: "t.txt", bytes: new TextEncoder().encode(text), meta: { id: "t", published: "2024-05-02", outlet: "Probe Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity ? `${c.quantity.value ?? `[${c.quantity.min},${c.quantity.max}]`} ${c.quantity.unit}${c.quantity.per ? `/${c.quantity.per}` : ""}` : "-"}`);
}

describe("one count over things of several items is one claim per item", () => {
  it.each([
    ["Iran plans to send about 600 ballistic missiles and drones to Russia.", ["IRN>RUS ballistic-missiles 600 items", "IRN>RUS drones 600 items"]],
    ["Germany sent 40 tanks and howitzers to Ukraine.", ["DEU>UKR armoured-vehicles 40 items", "DEU>UKR artillery-systems 40 items"]],
    ["Iran shipped 300 tonnes of missiles and weaponry to the Houthis in Yemen.", ["IRN>YEM-HOUTHIS missiles-other 300 tonnes", "IRN>YEM-HOUTHIS weapons-unspecified 300 tonnes"]],
  ])("%s", (text, expected) => expect(claimsOf(text)).toEqual(expect.arrayContaining(expected)));

  it.each([
    ["Germany sent eight Skynex air defence systems and ammunition to Ukraine.", "DEU>UKR air-defence-systems 8 systems"],
    ["France sent 12 Caesar howitzers and equipment to Ukraine.", "FRA>UKR artillery-systems 12 systems"],
    ["Poland sent 30 tanks and fuel to Ukraine.", "POL>UKR armoured-vehicles 30 vehicles"],
  ])("a count does not run on over a mass noun: %s", (text, expected) => expect(claimsOf(text)).toContain(expected));
});

describe("conveyances count their cargo", () => {
  it.each([
    ["Belarus has sent 40 train carriages of ammunition to Russia.", "BLR>RUS ammunition 40 items"],
    ["North Korea sent shells to Russia in 12 shipments.", "PRK>RUS artillery-ammunition 12 items"],
    ["Iran moved drones to Russia on 9 flights.", "IRN>RUS drones 9 items"],
  ])("%s", (text, expected) => expect(claimsOf(text)).toContain(expected));
});

describe("sums go to the goods they measure", () => {
  it.each([
    ["Germany will give Ukraine air defence systems for €900 million.", "DEU>UKR air-defence-systems 900000000 eur"],
    ["Britain has given Ukraine £350 million for new drones.", "GBR>UKR drones 350000000 gbp"],
    ["The United States announced a $400 million aid package for Ukraine, including Bradley vehicles.", "USA>UKR weapons-unspecified 400000000 usd"],
  ])("%s", (text, expected) => expect(claimsOf(text)).toContain(expected));

  it.each([
    ["Russia paid Iran $100 million for drones.", "RUS>IRN money 100000000 usd"],
    ["Moscow paid Tehran €50 million in cash for the missiles.", "RUS>IRN money 50000000 eur"],
  ])("a payment stays money: %s", (text, expected) => expect(claimsOf(text)).toContain(expected));
});

describe("rates and each of the listed things", () => {
  it.each([
    ["Russia supplies India with 1.5 million barrels of oil per day.", "RUS>IND oil-fuel 1500000 barrels/day"],
    ["North Korea sends Russia 200,000 shells a month.", "PRK>RUS artillery-ammunition 200000 rounds/month"],
  ])("%s", (text, expected) => expect(claimsOf(text)).toContain(expected));

  it("a count of each of these goes to every listed thing", () => {
    const got = claimsOf("North Korea sent Koksan guns and M-1991 rocket launchers to Russia, 60 pieces of each of these systems.");
    expect(got.filter((c) => c === "PRK>RUS artillery-systems 60 systems")).toHaveLength(2);
  });
});

describe("containers and what they hold", () => {
  it("containers that could hold shells: a containers claim and a rounds claim per figure", () => {
    const got = claimsOf("North Korea has sent Russia about 4,500 containers that could hold 2 million 152mm shells or 300,000 122mm rounds.");
    expect(got).toEqual(expect.arrayContaining(["PRK>RUS artillery-ammunition 4500 containers", "PRK>RUS artillery-ammunition 2000000 rounds", "PRK>RUS artillery-ammunition 300000 rounds"]));
  });
  it.each([
    ["Pyongyang shipped 900 containers of drones and rifles to Russia.", ["PRK>RUS drones 900 containers", "PRK>RUS weapons-unspecified 900 containers"]],
    ["Pyongyang shipped 900 containers of shells and rockets to Russia.", ["PRK>RUS artillery-ammunition 900 containers"]],
    ["Iran sent 60 containers of fuel and grain to Syria.", ["IRN>SYR oil-fuel 60 containers", "IRN>SYR food 60 containers"]],
  ])("%s: one claim per item", (text, expected) => expect(claimsOf(text)).toEqual(expected));
});

describe("carriers whose cargo is known by what they are", () => {
  it.each([
    ["Russia supplied North Korea in 30 voyages by its tankers.", "RUS>PRK oil-fuel 30 items"],
    ["Russia sent tankers to North Korea on 12 trips in May.", "RUS>PRK oil-fuel 12 items"],
    ["Moscow shipped to Pyongyang in 14 tanker trips.", "RUS>PRK oil-fuel 14 items"],
  ])("%s", (text, expected) => expect(claimsOf(text)).toContain(expected));
});

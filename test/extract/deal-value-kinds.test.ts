// Kinds of sums whose goods were read from the wrong words, each shown by pages of our own:
// - a sum a package is said to be ("a package of about 2 billion euros") is the value of aid, weapons-unspecified
//   (SCHEMA.md: an aid package given as a value), not money paid;
// - what a deal or package "also covers" or "includes" beside its goods (spare parts, training) does not give the
//   price its item: the price is of the goods the page told the deal moving.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const sums = (text: string) => claimsOf(text).filter((c) => c.quantity?.unit && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value}`);

describe("a package of a sum", () => {
  it.each([
    ["France will deliver a package of about 2 billion euros to Ukraine, the president said on Monday.", "FRA>UKR weapons-unspecified 2000000000"],
    ["Britain is sending Ukraine a tranche of roughly $900 million, ministers said this week.", "GBR>UKR weapons-unspecified 900000000"],
    ["Sweden has given Ukraine a package of some 1.5 billion euros, which the defence minister presented in Stockholm.", "SWE>UKR weapons-unspecified 1500000000"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));
});

describe("what a deal also covers", () => {
  it.each([
    ["The United States will sell Poland 200 AIM-120 missiles, the Pentagon said on Monday. The sale, which also covers spare parts and training, is valued at $1.2 billion, according to the notice to Congress.", "USA>POL missiles-other 1200000000"],
    ["Norway will sell Lithuania two NASAMS batteries, Oslo said on Friday. The sale, which also includes spare parts and support, is valued at $300 million, according to the notice.", "NOR>LTU air-defence-systems 300000000"],
    ["The United States will sell Greece 40 Abrams tanks, the Pentagon said on Tuesday. The package, including spare parts and training, is worth an estimated $600 million, according to the notice.", "USA>GRC armoured-vehicles 600000000"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));
});

// A bare dollar sum paid by a state whose own money is the dollar is in that money. The payer is not a state named
// only as the maker of the goods ("a US-made system") nor one named as a place or a receiver ("on a visit to Kyiv",
// "for Ukraine").
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "own-dollar.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "own-dollar", outlet: "Probe Wire", published: "2024-03-01" } as never }).claims;
const units = (text: string) => claimsOf(text).filter((c) => c.quantity && c.quantity.value !== null && c.quantity.value >= 1e6).map((c) => c.quantity!.unit);

describe("a state named as the maker of the goods keeps no sum in US dollars", () => {
  it.each([
    "The defence minister said Canada would buy a US-made air defence system for Ukraine at a cost of some $300 million.",
    "Australia will give Ukraine US-built armoured vehicles worth $90 million, the minister said.",
    "New Zealand will send Ukraine US-designed radars worth $40 million, its defence minister said.",
  ])("%s", (text) => {
    expect(units(text)).not.toContain("usd");
    expect(units(text).length).toBeGreaterThan(0);
  });
});

describe("a state named as a place or a receiver does not pay", () => {
  it.each([
    ["On a visit to Kyiv, the defence minister said Ottawa would buy an air defence system for Ukraine at a cost of about $300 million.", "cad"],
    ["In Kyiv on Monday, the minister said Canberra would send armoured vehicles to Ukraine worth $90 million.", "aud"],
    ["Speaking in Warsaw, the minister said Canada will donate tanks to Ukraine worth $75 million.", "cad"],
  ] as const)("%s", (text, unit) => {
    expect(units(text)).toContain(unit);
  });
});

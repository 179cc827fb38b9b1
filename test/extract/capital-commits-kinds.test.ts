// A capital that opens the sentence as the subject of a giving it will make, is making or agreed to make, or of a plan,
// stands for its government: that government is the source. A state by its name saying as much, or a buyer's payment or
// receipt to come, stays the outlet's telling.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "state-commits.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "state-commits", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a capital's giving to come, agreement or plan is its government's", () => {
  it.each([
    ["Ottawa will ship 40 howitzers to Ukraine before the winter.", "CAN"],
    ["Madrid agreed in February to sell 12 patrol boats to Morocco.", "ESP"],
    ["Oslo, for its part, is also lending Kyiv 300 million dollars for air defence.", "NOR"],
    ["Stockholm plans 2 billion dollars of military aid to Ukraine in 2025.", "SWE"],
    ["Last week Canberra agreed to hand 20 armoured vehicles to Fiji.", "AUS"],
    ["Lisbon is to send 14 of its older tanks to Ukraine.", "PRT"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.country)).toEqual(claims.map(() => country));
  });
});

describe("a state by its name, or a buyer's payment or receipt to come, keeps the outlet's voice", () => {
  it.each([["Canada will ship 40 howitzers to Ukraine before the winter."], ["Warsaw will pay 2 billion dollars for 40 tanks from South Korea."], ["Quito will receive 12 helicopters from Brazil next year."]])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => !c.source.country)).toBe(true);
  });
});

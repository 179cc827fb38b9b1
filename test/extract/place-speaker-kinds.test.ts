// A place is where a speaker stands, not who speaks: "a gunner near Bakhmut told us" is the gunner's word, and
// "exports to some Central Asian states" holds the plural noun "states", no verb of saying after a name.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "placed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "placed", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a name after a preposition of place is no speaker", () => {
  it.each([
    ["North Korea sent 500,000 shells to Russia last year, a Ukrainian gunner near Bakhmut told reporters.", "Bakhmut"],
    ["Iran has shipped 200 drones to Russia since spring, a volunteer medic in Kupiansk told the paper.", "Kupiansk"],
    ["Turkey delivered 12 armoured vehicles to Somalia in May, a logistics officer stationed near Baidoa said.", "Baidoa"],
  ])("%s", (text, place) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker ?? "").not.toContain(place);
  });
});

describe("a month after the preposition is a time: the name after it still speaks", () => {
  it.each([
    ["North Korea sent 148 missiles to Russia in 2024, and in January Lindqvist said Pyongyang had shipped 300 more.", "Lindqvist"],
    ["Iran sent Russia 200 drones in May, and in March Okafor told the paper that Tehran had shipped 40 more.", "Okafor"],
  ])("%s", (text, name) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(name);
  });
});

describe("'states' after a word of number or a region's adjective is the noun", () => {
  it.each([
    ["Kazakhstan sent 40 drones to Russia in May, while exports to some Central Asian states kept rising.", "Central Asian"],
    ["Iran shipped 30 drones to Russia in June, and sales of machine tools to several Middle Eastern states grew.", "Middle Eastern"],
    ["Belarus handed Russia 60 tanks in 2023, while its sales to several Latin American states fell.", "Latin American"],
  ])("%s", (text, region) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker ?? "").not.toContain(region);
  });

  it("keeps 'states' as a verb of saying after a body's name", () => {
    const claims = claimsOf("Kazakhstan sent 40 drones to Russia in May, the Kestrel Institute states in its report.");
    expect(claims.map((c) => c.source.org)).toContain("Kestrel Institute");
  });
});

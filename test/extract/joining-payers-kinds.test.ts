// A state new to a flow that pays for the flow's own goods, written for the test: it buys them for the flow's
// receiver, so it gives to that receiver; a payer whose goods are not the flow's, or the receiver paying for what it
// gets, joins nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "payers.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "payers", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a new payer for the flow's goods gives them to the flow's receiver", () => {
  it.each([
    ["The Czech scheme delivered shells to Ukraine last year. Sweden paid for roughly 30,000 of those rounds, the minister said.", ["SWE", "UKR", "artillery-ammunition", 30000]],
    ["Spain bought howitzers for Ukraine in May. Portugal has also paid for six of the howitzers.", ["PRT", "UKR", "artillery-systems", 6]],
    ["A Slovak-led scheme sent rockets to Ukraine. Belgium paid for about 2,000 rockets, its ministry said.", ["BEL", "UKR", "artillery-ammunition", 2000]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("a payer for other goods joins no flow", () => {
  it("drones paid for after a flow of fuel go nowhere", () => {
    expect(flows("Russia sent fuel to North Korea in March. China paid for the drones, officials said.").filter(([s]) => s === "CHN")).toEqual([]);
  });
});

describe("a payer that counts nothing joins no flow", () => {
  it("a refusal to pay for arms in general gives nothing", () => {
    expect(flows("The Czech scheme delivered shells to Ukraine last year. Austria said it would not pay for weapons for the war.").filter(([s]) => s === "AUT")).toEqual([]);
  });
});

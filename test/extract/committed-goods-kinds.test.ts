// Goods committed to a state, written for the test: "committed 12 tanks to Peru" gives them, as a pledge does, still to
// be delivered (`possible`); a commitment to a figure or of a sum is left as it was. A cable's paragraph number and
// marking ("2. (U) ") open no clause, so the one who commits after them is the source. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "committed-goods.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "committed-goods", outlet: "Probe Wire", published: "2025-06-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.certainty]);

describe("counted goods committed to a state are given, still to come", () => {
  it.each([
    ["Norway has committed 12 Leopard tanks to Ukraine, the ministry said.", ["NOR", "UKR", "armoured-vehicles", "possible"]],
    ["Canada committed 30 of its retired M113 carriers to Chile in October.", ["CAN", "CHL", "armoured-vehicles", "possible"]],
    ["Spain commits up to eight NH90 helicopters to Peru under the new accord.", ["ESP", "PER", "aircraft", "possible"]],
    ["In March Italy committed two SAMP/T batteries to Kyiv.", ["ITA", "UKR", "air-defence-systems", "possible"]],
    ["Polish Prime Minister Jan Nowak committed 40 Krab howitzers to Ukraine in May.", ["POL", "UKR", "artillery-systems", "possible"]],
    ["Greek Defence Minister Nikos Dendias has committed some 20 M113 carriers to Armenia.", ["GRC", "ARM", "armoured-vehicles", "possible"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("a commitment to no counted goods gives nothing", () => {
  it.each([
    "Italy will not commit to a figure for Kyiv before the summit.",
    "Sweden committed itself to the plan in 2024, the minister said of Ukraine.",
  ])("%s", (text) => {
    expect(flows(text)).toEqual([]);
  });
});

describe("a cable's paragraph marking opens no clause", () => {
  it.each([
    ["2. (U) Czech Defence Minister Jan Novak committed 14 howitzers to Ukraine in May.", "Jan Novak"],
    ["4. (C) Chilean Prime Minister Ana Ruiz pledged six patrol boats to Peru on Monday.", "Ana Ruiz"],
    ["(U) Danish Foreign Minister Lars Holm promised 20 military trucks to Georgia last week.", "Lars Holm"],
  ] as const)("%s", (text, speaker) => {
    const c = claimsOf(`Readout\n\n1. (U) Donors met in Oslo.\n\n${text}`).find((x) => x.kind === "transfer");
    expect(c?.source.speaker).toBe(speaker);
  });
});

// Goods that arrive with no origin and no place told, written for the test: where the segment told a flow of the
// same goods just before, the lot that arrives is more of that flow, also where an aside set off by commas stands
// between the goods and "arrived". Goods of another kind, people, or an arrival in another state tell nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "flow-lots.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "flow-lots", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a lot that arrives with no origin or place told is more of the flow told before", () => {
  it.each([
    ["Russia sold Myanmar six Su-30 jets in 2018. Two Su-30 fighters, the first of the six, arrived in March 2022.", ["RUS", "MMR", "aircraft", 2]],
    ["Sweden is selling Thailand Gripen jets. Four Gripen C jets, part of a lot of six, arrived last week, the air force said.", ["SWE", "THA", "aircraft", 4]],
    ["Norway gave Ukraine howitzers in May. Twelve M109 howitzers arrived in June, the ministry said.", ["NOR", "UKR", "artillery-systems", 12]],
    ["France agreed to sell Greece 24 Rafale jets. Six Rafale F3R fighters, the latest of the order, arrived on Friday.", ["FRA", "GRC", "aircraft", 6]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("an arrival that is no more of the flow told before tells nothing", () => {
  it.each([
    ["Russia sold Myanmar jets in 2021. Russian troops arrived on Monday.", ["RUS", "MMR", "troops"]],
    ["Germany gave Ukraine rifles in May. Four instructors, all of them officers, arrived in June.", ["DEU", "UKR", "troops"]],
    ["Norway gave Ukraine howitzers in May. Six howitzers arrived in Poland in June.", ["NOR", "POL", "artillery-systems"]],
  ] as const)("%s", (text, none) => {
    expect(flows(text).filter((f) => f[0] === none[0] && f[1] === none[1] && f[2] === none[2])).toEqual([]);
  });
});

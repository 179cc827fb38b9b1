// Arms of a known model placed in a state, written for the test: goods that name no giver but a model of one maker
// (model-makers.json) and are stationed, based or deployed in the one state a sentence names come from that maker,
// as arms put on combat duty there do; a second name of the same state (its capital, its adjective) names no giver.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "placed-models.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "placed-models", outlet: "Probe Wire", published: "2025-03-12" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);

describe("a model stationed in a state comes from its maker", () => {
  it.each([
    ["The defence ministry said the Oreshnik launchers would be stationed in Belarus by December.", ["RUS", "BLR", "ballistic-missiles"]],
    ["Su-35 fighters could be based in Iran before the summer, a source close to the air force said.", ["RUS", "IRN", "aircraft"]],
    ["Speaking in Baku, the minister said Bayraktar TB3 drones were now based in Azerbaijan.", ["TUR", "AZE", "drones"]],
    ["At a briefing in Minsk, officials said an Oreshnik battery had been deployed in Belarus.", ["RUS", "BLR", "ballistic-missiles"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("a model's own state placing it gives nothing", () => {
  it("arms of a state's own make stationed at home move nowhere", () => {
    expect(flows("Russian officials said new Oreshnik launchers were stationed in Russia's far east.")).toEqual([]);
  });
});

// Arms of a known model placed in a state, written for the test: goods that name no giver but a model of one maker
// (model-makers.json) and are stationed, based or deployed in the one state a sentence names come from that maker,
// as arms put on combat duty there do; a second name of the same state (its capital, its adjective) names no giver.
// That giver holds for the placing sentence only, and a model named twice over there is one lot.
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

describe("the maker gives for the placing sentence only", () => {
  it.each([
    ["An Oreshnik battery could be stationed in Belarus next year, officials said. Tehran has admitted to sending a handful of drones.", ["IRN", "BLR", "drones"]],
    ["Officials said the Oreshnik launchers would be deployed in Belarus by spring. Its deputy minister said in May that Yak-130 trainers would come from Russia.", ["RUS", "BLR", "aircraft"]],
    ["Su-35 fighters could be based in Iran by summer, a source said. Pyongyang has admitted to sending some artillery shells.", ["PRK", "IRN", "artillery-ammunition"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).not.toContainEqual(flow);
  });
});

describe("a model named by its name and its kind is placed once", () => {
  it.each([
    "Moscow said in March that its first warheads had reached Belarus.\n\nIn Minsk last week, the president said the Oreshnik\nmedium-range missile could be stationed\nin Belarus by autumn.",
    "Russia said in May that its warheads were now in Belarus.\n\nOfficials in Minsk said the Oreshnik\nintermediate-range missile could be based in Belarus within months.",
    "Russia said in May that its warheads were now in Belarus.\n\nAt a summit in Minsk, the defence minister said the Oreshnik\nmedium-range missile would be deployed in Belarus next year.",
  ])("%s", (text) => {
    expect(flows(text).filter(([s, r, item]) => s === "RUS" && r === "BLR" && item === "ballistic-missiles")).toHaveLength(1);
  });
});

// Arms named by their model that arrive in a state, written for the test: bare goods that name no state but a model
// of one maker (model-makers.json) reach, land in or arrive at a state (or a place in it); the maker gave them, or
// the giver of the flow of those goods to that state the report told before (a model passed on second-hand). Arms
// that are fired may be a strike, and tell nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "arrival-models.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "arrival-models", outlet: "Probe Wire", published: "2025-03-12" } as never }).claims;
/** The flows told by the sentence that holds `words`. */
const flowsIn = (text: string, words: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.evidence.text.includes(words))
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("models that arrive in a state come from their maker", () => {
  it.each([
    ["The first Rafale jets will reach Serbia early next year, the ministry said.", "Rafale", ["FRA", "SRB", "aircraft"]],
    ["Four Gripen fighters had landed in Colombia by the weekend, according to the air force.", "Gripen", ["SWE", "COL", "aircraft"]],
    ["Two more Su-35 fighters landed at Baranovichi on Friday, a ministry spokesman said.", "Su-35", ["RUS", "BLR", "aircraft"]],
  ] as const)("%s", (text, words, flow) => {
    expect(flowsIn(text, words)).toContainEqual(flow);
  });
});

describe("a model passed on second-hand, or fired, is not its maker's gift", () => {
  it("the giver the report told before for those goods gives them", () => {
    const text = "Norway said in May it would hand its old Abrams tanks to Poland. The first Abrams tanks have reached Poland, officials said.";
    expect(flowsIn(text, "have reached")).toEqual([["NOR", "POL", "armoured-vehicles"]]);
  });
  it("drones named by their model that reach a state may be a strike", () => {
    expect(flowsIn("Dozens of Shahed drones reached Ukraine overnight, the air force said.", "Shahed")).toEqual([]);
  });
});

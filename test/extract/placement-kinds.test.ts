// Arms told to be placed in a state, written for the test: arms that go on (or take up) combat duty in a state,
// that will be in place there, or that are already there, came from the state
// whose goods they are: the one named after "from" or by its adjective, else the maker of the model they name.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "placement.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "placement", outlet: "Probe Wire", published: "2025-06-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("arms on combat duty in the one state a sentence names come from the maker of their model", () => {
  it.each([
    ["The first two HIMARS launchers took up combat duty in Poland last week.", ["USA", "POL", "artillery-systems"]],
    ["Its first Oreshnik launcher went on combat duty in Belarus in the spring, the general said.", ["RUS", "BLR", "ballistic-missiles"]],
    ["A battery of Pantsir systems went on combat duty in Serbia on Friday.", ["RUS", "SRB", "air-defence-systems"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
  it("a model that the state of the place makes itself moves nothing", () => {
    expect(flows("The first Pantsir battery went on combat duty in Russia in May.")).toEqual([]);
  });
});

describe("arms from a state that will be in place, or are on duty, in another state", () => {
  it.each([
    ["Officials said the first air-defence systems from Russia would be in place in Kazakhstan by autumn.", ["RUS", "KAZ", "air-defence-systems"]],
    ["Six Turkish drones will be in place in Azerbaijan by March.", ["TUR", "AZE", "drones"]],
    ["The first Chinese air-defence systems have been on combat duty in Serbia since the winter.", ["CHN", "SRB", "air-defence-systems"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text).map((f) => f.slice(0, 2))).toContainEqual(flow.slice(0, 2));
  });
});

describe("arms already in a state", () => {
  it.each([
    ["The general said the first Iskander missiles from Russia were already in Belarus.", ["RUS", "BLR", "ballistic-missiles"]],
    ["Serbian officers say six Chinese drones were already in Serbia by the spring.", ["CHN", "SRB", "drones"]],
    ["Two batteries of air-defence systems from Germany are already in Slovakia, the minister said.", ["DEU", "SVK", "air-defence-systems"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
  it("troops a state keeps in another are still its troops", () => {
    expect(flows("Russian troops are already in Belarus, the minister said.")).toContainEqual(["RUS", "BLR", "troops"]);
  });
});

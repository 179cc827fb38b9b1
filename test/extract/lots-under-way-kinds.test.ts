// Counted goods that are on the move or still to come, in a sentence that names no state and has no word of giving
// of its own, written for the test: "will come", "are due", "were on their way", "had made the crossing" carry the
// flow the page has in focus onto the goods (claims/shapes/under-way.ts), only where that flow is plain. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "under-way.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "under-way", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("a counted lot under way or still to come takes the flow in focus", () => {
  it.each([
    ["Peru agreed in 2023 to buy armoured vehicles from Brazil. The remaining 14 armoured vehicles will come over the next two years.", ["BRA", "PER", "armoured-vehicles", 14]],
    ["Norway has been shipping air-defence kit to Estonia since the spring. Two NASAMS launchers are due in the autumn.", ["NOR", "EST", "air-defence-systems", 2]],
    ["Turkey sold attack drones to Kenya last year. Some 40 of the drones were on their way by March, a trade monitor said.", ["TUR", "KEN", "drones", 40]],
    ["Serbia has quietly been sending artillery shells to Egypt. Around 90,000 shells had made the crossing by the end of June.", ["SRB", "EGY", "artillery-ammunition", 90000]],
    ["Greece handed helicopters to Chile in May. The ministry also spoke of six more helicopters, due before winter.", ["GRC", "CHL", "aircraft", 6]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("no flow is carried where it is not plain or the sentence names a state", () => {
  it("goods told with another flow than the one told last", () => {
    const got = flows("Brazil sold tanks to Peru in 2022. Spain sold jets to Chile in 2023. Twenty more tanks are due next year.");
    expect(got.filter((f) => f[3] === 20)).toEqual([]);
  });
  it("a state named in the sentence", () => {
    const got = flows("Brazil sold tanks to Peru in 2022. Twenty more tanks are due in Bolivia next year.");
    expect(got.filter((f) => f[3] === 20 && f[0] === "BRA" && f[1] === "PER")).toEqual([]);
  });
  it("goods with no figure", () => {
    const got = flows("Brazil sold tanks to Peru in 2022. More tanks will come later.");
    expect(got.filter((f) => f[3] !== null)).toEqual([]);
  });
});

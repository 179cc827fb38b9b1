// Goods that arrive somewhere, written for the test: bare goods (no convoy, no ship) that reach, arrive in or land
// in a state named by its name are in its hands, and their origin gave them; an arrival in a sentence of attack, or
// at a capital or a city, tells nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "arrival.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "arrival", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("bare goods that arrive in a state were given to it by their origin", () => {
  it.each([
    ["Some 140 howitzers from North Korea have reached Russia, officials in Seoul said.", ["PRK", "RUS", "artillery-systems"]],
    ["Around two million Iranian shells had already reached Russia by the summer, the agency estimated.", ["IRN", "RUS", "artillery-ammunition"]],
    ["Twelve Swedish Gripen jets landed in Thailand on Tuesday, the air force said.", ["SWE", "THA", "aircraft"]],
    ["The first Chinese howitzers reached Serbia last month, according to the ministry.", ["CHN", "SRB", "artillery-systems"]],
    ["Some 300 Iranian drones have reached Russia since spring, the agency said.", ["IRN", "RUS", "drones"]],
    // ("launchers" are goods, not a word of attack as "launched" is.)
    ["North Korea's rocket launchers had reached Russia by October, the agency said.", ["PRK", "RUS", "artillery-systems"]],
    ["Some 50 multiple rocket launchers from Belarus have reached Russia, the monitors said.", ["BLR", "RUS", "artillery-systems"]],
    ["Twenty missile launchers from Iran had reached Russia by the spring, officials said.", ["IRN", "RUS", "missiles-other"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("an arrival that is an attack, or at a capital, tells no transfer", () => {
  it.each([
    ["Russian missiles reached Ukraine overnight, killing four people in a village, the governor said.", ["RUS", "UKR"]],
    ["Ukrainian drones reached Russia before dawn and set an oil depot ablaze after they hit its tanks.", ["UKR", "RUS"]],
    ["Iranian-made drones launched by Russia reached Ukraine before dawn, the air force said.", ["IRN", "UKR"]],
    ["Russian drones reached Kyiv early on Sunday, officials said.", ["RUS", "UKR"]],
    ["Iranian rockets reached Israel on Friday and wounded two soldiers near a base, the army said.", ["IRN", "ISR"]],
    ["Kyiv said 70 howitzers had reached Russia over the summer.", ["UKR", "RUS"]],
    // Fired arms named by their maker alone, with no course told: a strike.
    ["Russian drones reached Moldova on Tuesday night.", ["RUS", "MDA"]],
  ] as const)("%s", (text, [supplier, recipient]) => {
    expect(flows(text).filter(([s, r]) => s === supplier && r === recipient)).toEqual([]);
  });
});

describe("bare goods that name no origin take none from the report's focus", () => {
  it("shells that reach a state with no giver named are not the giver's of the sentence before", () => {
    const got = claimsOf("Belarus has sent artillery shells to Russia since March, the ministry said. Around two million shells had reached Russia by the summer, the agency estimated.");
    expect(got.filter((c) => c.recipient === "RUS" && c.quantity?.value === 2000000)).toEqual([]);
  });
});

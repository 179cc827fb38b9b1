// Goods that will follow a lot told before, and goods placed on a state's ground, written for the test: named goods
// that are the subject of "will follow" (or "would", "should") with no object move the way of the flow the report
// follows, as a plan; goods "stationed on Polish soil" are in that state's hands as "in Poland" puts them, and a participle
// of giving before ("supplied by Moscow") names who gave them. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "follow.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "follow", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.certainty]);

describe("named goods that will follow a lot told before move the way of that flow, as a plan", () => {
  it.each([
    ["Spain has sent 20 Leopard tanks to Ukraine. Spanish howitzers will follow next year, the minister said.", ["ESP", "UKR", "artillery-systems", "possible"]],
    ["Germany delivered two IRIS-T systems to Ukraine in May. Additional Gepard tanks would follow in the autumn, Berlin said.", ["DEU", "UKR", "armoured-vehicles", "possible"]],
    ["France has handed Ukraine its first Mirage jets. About a dozen Caesar howitzers should follow before winter, according to the ministry.", ["FRA", "UKR", "artillery-systems", "possible"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("a verb of following with an object, or a whole country that follows, tells no lot", () => {
  it.each([
    ["Britain has sent Challenger tanks to Ukraine. Other countries will follow suit, the minister said.", "armoured-vehicles"],
    ["Iran has shipped hundreds of drones to Russia. Iranian trainers may follow the drones, Kyiv said.", "troops"],
  ] as const)("%s", (text, item) => {
    expect(flows(text).filter(([, , i, c]) => i === item && c === "possible")).toEqual([]);
  });
});

describe("goods placed on a state's ground are in its hands", () => {
  it.each([
    ["Russian Iskander launchers were stationed on Belarusian soil.", ["RUS", "BLR", "ballistic-missiles"]],
    ["American Patriot batteries are now deployed on Polish soil, the ministry said.", ["USA", "POL", "air-defence-systems"]],
    ["Chinese HQ-22 air defence systems were positioned on Serbian territory last year, the monitors said.", ["CHN", "SRB", "air-defence-systems"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text).map(([s, r, i]) => [s, r, i])).toContainEqual(flow);
  });
});

describe("goods a participle of giving names the giver of, placed on a state's ground, go from that giver to that state", () => {
  it.each([
    ["The minister said that S-300 batteries supplied by Moscow were now deployed on Serbian soil.", ["RUS", "SRB", "air-defence-systems"]],
    ["Patriot systems provided by Germany were deployed on Slovak soil in 2022.", ["DEU", "SVK", "air-defence-systems"]],
    ["Drones supplied by Turkey are now based on Azerbaijani territory, the report said.", ["TUR", "AZE", "drones"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text).map(([s, r, i]) => [s, r, i])).toContainEqual(flow);
  });
});

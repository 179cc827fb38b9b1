// A state that buys goods for another state gives them to it, whoever made them: the maker or seller named by an
// adjective of origin ("American rockets") is no giver to the state the goods are bought for. A state that buys
// from another for its own forces still gets them from the seller. So too a state that gives or pledges a sum to buy
// goods for another state.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const flowsOf = (text: string) =>
  processDocument({ path: "buyfor.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "buyfor", outlet: "Probe Wire", published: "2024-03-07" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier} -> ${c.recipient}`);

describe("the buyer gives what it buys for another state", () => {
  it.each([
    ["Denmark will purchase German howitzers for Ukraine next year, the defence ministry said.", "DNK -> UKR"],
    ["Under a plan agreed in Oslo, Norway is to buy American rocket launchers for Ukraine.", "NOR -> UKR"],
    ["Canada has bought British-made drones for Ukraine this spring.", "CAN -> UKR"],
  ])("%s", (text, flow) => {
    const flows = flowsOf(text);
    expect(flows).toContain(flow);
    expect(flows.filter((f) => f !== flow)).toEqual([]);
  });
});

describe("a state that gives a sum to buy goods for another state gives the goods", () => {
  it.each([
    ["Sweden gave 300 million kronor to purchase Czech shells for Ukraine.", "SWE -> UKR"],
    ["Last week Finland pledged 90 million euros to buy German mortars for Ukraine.", "FIN -> UKR"],
    ["Latvia has sent four million euros to buy Spanish rifles for Ukraine.", "LVA -> UKR"],
  ])("%s", (text, flow) => {
    const flows = flowsOf(text);
    expect(flows).toContain(flow);
    expect(flows.filter((f) => f !== flow)).toEqual([]);
  });
});

describe("a state buying from a seller for its own forces gets from the seller", () => {
  it("Poland bought tanks from South Korea for its own army.", () => {
    expect(flowsOf("Poland bought tanks from South Korea for its own army.")).toEqual(["KOR -> POL"]);
  });
});

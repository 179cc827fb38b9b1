// A state that pays for goods for another state gives them to it, as one that buys for another does: the maker named
// by an adjective of origin right after "paying for" ("paying for German mortars for Ukraine") is no party the goods
// are for. "Paying for" after a form of "be", and "to pay for" after a word of agreeing, are the clause's own verb,
// not goods going back in payment. A state paying a seller for its own forces still gets from the seller.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const flowsOf = (text: string) =>
  processDocument({ path: "payfor.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "payfor", outlet: "Probe Wire", published: "2024-03-07" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier} -> ${c.recipient}`);

describe("the payer gives what it pays for for another state", () => {
  it.each([
    ["Belgium is paying for German mortars for Ukraine this year.", "BEL -> UKR"],
    ["Ireland agreed last month to pay for Italian drones for Moldova.", "IRL -> MDA"],
    ["Portugal has paid for Czech rifles for Ukraine, the minister said.", "PRT -> UKR"],
  ])("%s", (text, flow) => {
    const flows = flowsOf(text);
    expect(flows).toContain(flow);
    expect(flows.filter((f) => f !== flow)).toEqual([]);
  });
});

describe("a state that procures goods, or gives a sum to procure them, for another state gives them", () => {
  it.each([
    ["The Netherlands will procure Swedish howitzers for Ukraine.", "NLD -> UKR"],
    ["Austria promised 20 million euros to procure Swiss howitzers for Moldova.", "AUT -> MDA"],
  ])("%s", (text, flow) => {
    const flows = flowsOf(text);
    expect(flows).toContain(flow);
    expect(flows.filter((f) => f !== flow)).toEqual([]);
  });
});

describe("a state paying for goods from a seller for its own forces gets from the seller", () => {
  it("Poland is paying for tanks from South Korea for its own army.", () => {
    expect(flowsOf("Poland is paying for tanks from South Korea for its own army.")).toEqual(["KOR -> POL"]);
  });
});

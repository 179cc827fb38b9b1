// A state that pays for goods reaching another state ("pays for the arms reaching D") buys them for that state and
// gives them to it: the state the goods reach is no payee selling to the payer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const flowsOf = (text: string) =>
  processDocument({ path: "reaching.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "reaching", outlet: "Probe Wire", published: "2024-03-07" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier} -> ${c.recipient}`);

describe("the payer gives the goods that reach another state", () => {
  it.each([
    ["Finland has promised to pay for the mortars reaching Ukraine over the winter.", "FIN -> UKR"],
    ["Portugal paid for the rifles arriving in Moldova last month, officials said.", "PRT -> MDA"],
    ["Belgium will pay for all the drones reaching Kyiv this year.", "BEL -> UKR"],
  ])("%s", (text, flow) => {
    const flows = flowsOf(text);
    expect(flows).toContain(flow);
    expect(flows.filter((f) => f !== flow)).toEqual([]);
  });

  it("a payer that names the seller after 'from' still gets from it", () => {
    expect(flowsOf("Tehran paid for the tanks reaching Iran from Belarus.")).toEqual(["BLR -> IRN"]);
  });
});

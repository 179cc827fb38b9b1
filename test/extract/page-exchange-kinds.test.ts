// A state the page tells only as the far end of flows from one partner, whose own clause of giving names no other
// side, trades goods of another kind back to that partner (claims/page-flows.ts): a barter told across the page.
// Goods of the flows' own kind, a state with two partners, or two states at war fill nothing.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";
import { fillFromPage } from "../../src/extract/claims/page-flows.js";

const claimsOf = (text: string) =>
  processDocument({ path: "swap.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "swap", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const flowsOf = (text: string, item: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.item === item)
    .map((c) => `${c.supplier}>${c.recipient}:${c.quantity?.value ?? null}`);

describe("the named state trades back with its one partner on the page", () => {
  it.each([
    ["Officials in Asuncion said Paraguay had sent 2,000 soldiers last year. Argentina has long shipped grain to Paraguay under a barter deal.", "troops", "PRY>ARG:2000"],
    ["Ecuador sent 40 armoured vehicles in March, officials said. Bolivia has long shipped diesel fuel to Ecuador under a barter deal.", "armoured-vehicles", "ECU>BOL:40"],
    ["Bolivia received 12 howitzers in May, a spokesman said. Bolivia has long shipped diesel fuel to Argentina under a barter deal.", "artillery-systems", "ARG>BOL:12"],
  ])("%s", (text, item, flow) => {
    expect(flowsOf(text, item)).toContain(flow);
  });
});

describe("what the exchange leaves open", () => {
  const wheat = [{ supplier: "CHL", recipient: "PER", items: ["food" as const] }];
  it("fills goods of another kind, either side named", () => {
    expect(fillFromPage(wheat, "PER", null, ["armoured-vehicles"])).toEqual(["PER", "CHL"]);
    expect(fillFromPage(wheat, null, "CHL", ["armoured-vehicles"])).toEqual(["PER", "CHL"]);
  });
  it("fills nothing for goods of the flow's own kind, two partners, or no goods", () => {
    expect(fillFromPage(wheat, "PER", null, ["food"])).toBeNull();
    expect(fillFromPage([...wheat, { supplier: "BOL", recipient: "PER", items: ["oil-fuel"] }], "PER", null, ["armoured-vehicles"])).toBeNull();
    expect(fillFromPage(wheat, "PER", null, [])).toBeNull();
  });
  it("fills nothing between states at war", () => {
    expect(fillFromPage([{ supplier: "RUS", recipient: "UKR", items: ["food"] }], "UKR", null, ["drones"])).toBeNull();
  });
});

// A clause of giving that leaves a party open, with no flow in focus to fill it, takes it from the flows the page
// tells: the one partner the page gives the named state, or the page's one flow where the clause names no state.
// Where the page gives the named state two partners, nothing is filled.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";
import { fillFromPage } from "../../src/extract/claims/page-flows.js";

const claimsOf = (text: string) =>
  processDocument({ path: "flow.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "flow", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const flowsOf = (text: string, item: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.item === item)
    .map((c) => `${c.supplier}>${c.recipient}:${c.quantity?.value}`);

describe("a party left open is filled from the flows the page tells", () => {
  it.each([
    ["Chile sold the coastguard six patrol boats in 2021, officials said. Later in the year Chile shipped 40 tanks to Peru.", "naval", "CHL>PER:6"],
    ["Twelve radar units were handed over in May, the ministry said. Brazil sold 20 radar units to Paraguay in 2022.", "weapons-unspecified", "BRA>PRY:12"],
    ["The army took delivery of 12 howitzers from Brazil in May, a spokesman said. Brazil has also sold Paraguay 20 armoured trucks.", "artillery-systems", "BRA>PRY:12"],
    ["The navy received four minesweepers from Denmark in March, the ministry said. Denmark has also handed Norway 30 trucks.", "naval", "DNK>NOR:4"],
  ])("%s", (text, item, flow) => {
    expect(flowsOf(text, item)).toContain(flow);
  });
});

describe("a page that gives the named state two partners fills nothing", () => {
  it("keeps the clause unfilled", () => {
    expect(fillFromPage([{ supplier: "CHL", recipient: "PER", items: ["naval"] }, { supplier: "CHL", recipient: "BOL", items: ["naval"] }], "CHL", null)).toBeNull();
    expect(fillFromPage([{ supplier: "CHL", recipient: "PER", items: ["naval"] }, { supplier: "ARG", recipient: "BOL", items: ["naval"] }], null, null)).toBeNull();
    expect(fillFromPage([{ supplier: "CHL", recipient: "PER", items: ["naval"] }], "CHL", null)).toEqual(["CHL", "PER"]);
  });
});

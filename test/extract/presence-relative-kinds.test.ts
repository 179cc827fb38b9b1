// Goods named with a relative clause that needs no "that" ("the ten tanks it promised are all in Ukrainian hands"): the verb
// of the relative clause describes the goods, and where they now are tells where they went.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "here.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "here", outlet: "Here Wire", published: "2025-04-10" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}:${c.item}:${c.quantity?.value ?? c.quantity?.min ?? null}`);

describe("goods described by a relative clause with no 'that' are where they went", () => {
  it.each([
    ["Spain says the twelve howitzers it promised are now in Ukraine.", "ESP>UKR:artillery-systems:12"],
    ["Oslo said all six of the boats it had pledged were now in Ukrainian hands.", "NOR>UKR:naval:6"],
    ["Finland says the ten tanks it promised are all in Ukrainian hands.", "FIN>UKR:armoured-vehicles:10"],
    ["The forty trucks it sent are already in Moldova, Romania says.", "ROU>MDA:armoured-vehicles:40"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });

  it("reads no transfer where people are all somewhere, or nothing is placed", () => {
    expect(flows("We are all in agreement that Ukraine needs more shells.")).toEqual([]);
    expect(flows("Ministers from Spain and Italy were all in Kyiv on Monday.")).toEqual([]);
  });
});

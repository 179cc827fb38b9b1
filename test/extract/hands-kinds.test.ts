// Goods a state puts or places "in" or "into" another state's hands ("put 40 rifles into Chilean hands") are given to
// that state; a thing put in hands that is no goods moves nothing.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "hands.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "hands", outlet: "Hands Wire", published: "2025-04-10" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}:${c.item}:${c.quantity?.value ?? c.quantity?.min ?? null}`);

describe("goods put into a state's hands are given to it", () => {
  it.each([
    ["Lisbon says its fund put 20,000 rounds of artillery ammunition into Moldovan hands in the spring.", "PRT>MDA:artillery-ammunition:20000"],
    ["Spain was quick to put Leopard tanks in Ukrainian hands after the invasion.", "ESP>UKR:armoured-vehicles:null"],
    ["Norway has now put 14 of its howitzers into Ukrainian hands.", "NOR>UKR:artillery-systems:14"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });

  it("reads no transfer where what is put in hands is no goods", () => {
    expect(flows("The minister put the blame in Russian hands.")).toEqual([]);
    expect(flows("Madrid put the decision in Portuguese hands.")).toEqual([]);
  });
});

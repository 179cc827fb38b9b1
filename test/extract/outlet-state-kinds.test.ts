// A state's adjective before an outlet that one spoke to ("told an American outlet"): the outlet's state is no party
// to the transfer told.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "cargo.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "cargo", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;

const flows = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient}:${c.item}`);

describe("the state of an outlet spoken to is no party", () => {
  it.each([
    ["North Korea has sent artillery to Russia, the Ukrainian spy chief said. He told an American outlet in March that 150 of the rocket launchers were delivered over 2024.", "PRK>RUS:artillery-systems", "USA"],
    ["Pyongyang keeps sending munitions to Moscow. The general told a British outlet on Monday that 60 of the howitzers had been delivered since May.", "PRK>RUS:artillery-systems", "GBR"],
    ["Beijing has been supplying parts to Moscow. An official told an Italian outlet that 300 of the engines were shipped in April.", "CHN>RUS:raw-materials", "ITA"],
  ])("%s", (text, flow, outletState) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => `${c.supplier}>${c.recipient}:${c.item}`)).toContain(flow);
    expect(claims.some((c) => c.supplier === outletState || c.recipient === outletState)).toBe(false);
  });
});

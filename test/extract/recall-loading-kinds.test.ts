// Goods loaded at a state's port, told with no verb of giving: the port's state gives, the ships' state (or the receiver
// of the transfer told just before, from that same state) receives. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "loading.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "loading", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);

describe("goods loaded at a state's port leave that state", () => {
  it.each([
    ["Chadian tankers have probably loaded more than 200,000 barrels of oil at Libya's port of Tobruk since May, an analysis found.", ["LBY", "TCD", "oil-fuel"]],
    ["Chadian tankers loaded about 50,000 tonnes of fuel at a Libyan port in March.", ["LBY", "TCD", "oil-fuel"]],
    ["Kenyan-flagged vessels were loading grain at Ukrainian ports last week, port officials said.", ["UKR", "KEN", "food"]],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });

  it.each([
    "Workers loaded rifles onto trucks at a Chadian army depot.",
    "Chadian tankers loaded fuel at a Chadian port in March.",
    "Dock workers in Libya loaded the crates by hand.",
  ])("no transfer: %s", (text) => {
    expect(flows(text).filter((f) => f[0] !== null && f[1] !== null)).toEqual([]);
  });
});

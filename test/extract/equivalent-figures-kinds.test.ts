// A figure that restates goods told as moving just before, in another unit, written for the test: "Filled with
// 122mm shells, that would amount to about 2 million rounds" goes on with the flow told before as a claim of its
// own in its own unit and goods (claims/conversion.ts, conversion.json). A state of its own makes no such claim.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "equivalent.txt", bytes: Buffer.from(`Supply notes\n\n${text}\n`), meta: { id: "equivalent", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const lots = (cs: Claim[]) => cs.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? c.quantity?.min ?? c.quantity?.max ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("a figure given as the equivalent of goods told as moving", () => {
  it.each([
    ["Syria shipped some 5,000 crates of arms to Yemen last year, officials said. Filled with 122mm shells, that would amount to about 2 million rounds, the ministry estimated.", "SYR>YEM artillery-ammunition 2000000 rounds"],
    ["Iran is thought to have moved some 3,000 crates of arms to Sudan since May, the ministry said on Friday. If every crate held mortar bombs, that would amount to more than 1 million rounds, the ministry reckoned.", "IRN>SDN artillery-ammunition 1000000 rounds"],
    ["Turkey sent roughly 700 pallets of munitions to Chad last autumn, local officials said. The equivalent of some 250,000 mortar rounds, the officials estimated.", "TUR>TCD artillery-ammunition 250000 rounds"],
  ])("%s", (text, claim) => expect(lots(claimsOf(text))).toContain(claim));
});

describe("an equivalent figure with a state of its own", () => {
  it.each([
    ["Syria shipped some 5,000 crates of arms to Yemen last year. In Egypt, that would amount to about 2 million rounds."],
    ["Belarus has sent roughly 900 railcars of munitions to Russia since March. Poland's stock is enough for some 4 million artillery shells."],
    ["Iran moved about 300 containers of weapons to Sudan in 2023. Japan's depots could hold as many as 600,000 rounds."],
  ])("%s", (text) => expect(claimsOf(text).filter((c) => c.quantity && [2000000, 4000000, 600000].includes(c.quantity.value ?? c.quantity.max ?? -1))).toEqual([]));
});

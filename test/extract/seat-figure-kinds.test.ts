// A capital in the possessive before a figure, a count or an estimate ("Oslo's figure from May", "Tokyo's March
// count") tells the figure its government gave: that government is the source, where no one else is named; a state
// by its name ("Norway's figure") leaves the claim in the outlet's voice.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "seat.txt", bytes: Buffer.from(`Notes\n\nBy staff\n\n${text}\n`), meta: { id: "seat", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a capital's possessive before a figure", () => {
  it.each([
    ["Oslo's figure from May was 40 patrol boats sold to Latvia since 2022.", "NOR"],
    ["One delegate recalled Tokyo's March count, about 300 Patriot interceptors sent to the United States.", "JPN"],
    ["Canberra's own tally was 60 Bushmaster vehicles given by Australia to Ukraine since 2022.", "AUS"],
  ])("%s", (text, state) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.source.country === state && !c.source.speaker)).toBe(true);
  });
});

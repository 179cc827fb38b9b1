// A pledge told as a noun ("Norway's pledge of 12 tanks") names goods still to come, as "promise of" does: possible.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "pledge.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "pledge", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;

describe("a pledge of goods told as a noun is possible", () => {
  it.each([
    ["Oslo's pledge of 12 tanks to Ukraine was made in May."],
    ["Norway's pledge of 12 tanks to Ukraine dates from May."],
    ["Madrid made a pledge of six launchers to Kyiv last week."],
    ["The Dutch pledge of 24 F-16 jets to Ukraine goes back to last summer."],
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.certainty)).toEqual(claims.map(() => "possible"));
  });
});

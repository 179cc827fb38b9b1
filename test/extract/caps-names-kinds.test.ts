// A line set wholly in capitals (a wire flash, a ticker, a transcript turn) names its speaker by surname
// alone: the one person of the gazetteer who bears that surname speaks.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (line: string) =>
  processDocument({
    path: "flash.txt",
    bytes: Buffer.from(`PROBE WIRE - PRIORITY LIST\n\n0915 URGENT -- ${line}\n`),
    meta: { id: "flash", outlet: "Probe Wire", published: "2024-06-01" } as never,
  }).claims;

describe("a surname in an all-capitals line names its one bearer", () => {
  it.each([
    ["PISTORIUS SAYS GERMANY WILL SEND 20 MARDER VEHICLES TO UKRAINE", "Boris Pistorius"],
    ["MACRON: FRANCE TO DELIVER 12 CAESAR HOWITZERS TO UKRAINE", "Emmanuel Macron"],
    ["RUSSIA TO MOVE 30 TANKS TO BELARUS, SHOIGU TELLS REPORTERS", "Sergei Shoigu"],
  ])("%s", (line, speaker) => {
    const claims = claimsOf(line);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.speaker)).toContain(speaker);
  });
});

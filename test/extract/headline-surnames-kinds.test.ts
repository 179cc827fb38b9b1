// A headline names a leader or minister by surname alone: where the gazetteer gives that surname to one person
// who speaks for a state, the headline's giver is that person's state and the person is its source. Surnames that
// are common words or widely shared, and surnames the page gives to someone else, read as nothing.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (headline: string, body: string) =>
  processDocument({
    path: "headline.txt",
    bytes: Buffer.from(`${headline}\n\n${body}\n`),
    meta: { id: "headline", outlet: "Probe Wire", published: "2024-06-01" } as never,
  }).claims;

const body = "The talks ran late into the evening and aides gave no timetable.";

describe("a surname alone in a headline names its one bearer", () => {
  it.each([
    ["Pistorius pledges 25 Marder vehicles for Ukraine", "DEU", "Boris Pistorius"],
    ["Macron offers Ukraine six more Caesar howitzers", "FRA", "Emmanuel Macron"],
    ["Lukashenko says Minsk is receiving Russian Iskander launchers", "BLR", "Alexander Lukashenko"],
  ])("%s", (headline, state, speaker) => {
    const claims = claimsOf(headline, body);
    const mine = claims.filter((c) => c.source.speaker === speaker);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((c) => c.supplier === state || c.recipient === state)).toBe(true);
  });

  it("leaves a surname the page gives to another person", () => {
    const claims = claimsOf("Macron pledges 20 armoured vehicles for Ukraine", "Analyst Pierre Macron of a Lyon think tank wrote the note.");
    expect(claims.some((c) => c.source.speaker === "Emmanuel Macron")).toBe(false);
  });
});

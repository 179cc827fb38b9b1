// The line, answer or position one holds, with its content after "is that" or "was that", is said by its holder:
// a person named in the possessive before it or after "the line from", or a capital (its government). A "line"
// with no such content ("a supply line") names no one.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "stance.txt", bytes: Buffer.from(`Notes\n\nBy staff\n\nA few lines on the week's arms deals follow for our readers.\n\n${text}\n`), meta: { id: "stance", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the holder of a line is its source", () => {
  it.each([
    ["Ana Ruiz's line was that Chile would send 12 tanks to Peru in May.", "Ruiz"],
    ["Ana Ruiz's answer was that Chile would send 12 tanks to Peru in May.", "Ruiz"],
    ["And the line from Ana Ruiz, at the ministry podium, is that Chile has never sold tanks to Peru.", "Ruiz"],
    ["The position of Foreign Minister Ana Ruiz remains that Chile will not send jets to Peru.", "Ruiz"],
  ])("%s", (text, surname) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.speaker?.includes(surname) ?? false)).toEqual(claims.map(() => true));
  });

  it("a capital's line is its government's", () => {
    const claims = claimsOf("Lima's line is that Peru has never sold tanks to Bolivia.");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.country)).toEqual(claims.map(() => "PER"));
  });
});

describe("a line with no content told names no source", () => {
  it("a supply line", () => {
    const claims = claimsOf("Peru's supply line to Bolivia carried 40 tanks in May.");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => !c.source.country && !c.source.speaker)).toBe(true);
  });
});

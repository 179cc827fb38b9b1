// A title written short before a name ("Gen.", "Rep.", "Reps.", "Sens.") neither ends the sentence nor keeps
// "according to" from reaching the name after it: the people named speak.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "titled.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "titled", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("'according to' reaches the name after an abbreviated title", () => {
  it.each([
    ["China sold Pakistan 40 jets last year, according to Gen. Tom Avery.", ["Tom Avery"]],
    ["North Korea has sent 3,000 more troops to Russia, according to Reps. Kim Byung-joo and Park Sun-won, who were briefed by the spy agency.", ["Kim Byung-joo", "Park Sun-won"]],
    ["Iran shipped 200 drones to Russia in May, according to Sen. Jane Holt, who sits on the armed services committee.", ["Jane Holt"]],
  ])("%s", (text, names) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect([...new Set(claims.map((c) => c.source.speaker))].sort()).toEqual([...names].sort());
  });
});

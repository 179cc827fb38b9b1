// A body that "expected" another state to give, or "expected that" it would, tells its own assessment: it is the
// source, also where the page names it by a pointer ("The agency expected ..."). A passive "is expected to", or a
// state that "expected to receive", names no one who assesses: the outlet keeps its voice.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "expected.txt", bytes: Buffer.from(`Notes\n\nBy staff\n\nA few lines on the week's arms deals follow for our readers.\n\n${text}\n`), meta: { id: "expected", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the body that expected a giving is its source", () => {
  it.each([
    ["Chile's navy intelligence service said on Friday that Peru had begun sending troops to Bolivia. The agency expected Peru to send some 9,000 troops in all."],
    ["Peru has begun moving soldiers to Bolivia, Chile's spy agency said. The agency expected the total to reach 9,000 troops."],
    ["The Chilean defence ministry expected Peru to deliver 12 more tanks to Bolivia by the end of the year."],
    ["Chile's navy expected that Peru would ship 40 howitzers to Bolivia in the spring."],
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.country)).toEqual(claims.map(() => "CHL"));
  });
});

describe("a passive or a receiver's own expectation names no source", () => {
  it.each([["Peru is expected to send 40 howitzers to Bolivia in the spring."], ["Chile expected to receive 12 tanks from Peru by May."]])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => !c.source.country)).toBe(true);
  });
});

// Kinds of certainty where a promise is told as kept (SCHEMA.md, "Certainty": goods delivered are `asserted`): a promise
// inside a noun phrase or a relative clause on the goods, whose verb says they are on their way, flying for the receiver or
// the promise has long since been kept, describes the goods and weighs nothing; each kind shown by phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function certaintyOf(page: string, value?: number) {
  const doc = processDocument({ path: "kept.txt", bytes: new TextEncoder().encode(page), meta: { id: "kept", outlet: "Test Wire", published: "2024-09-11" } });
  return doc.claims.find((c) => value === undefined || c.quantity?.value === value)?.certainty ?? null;
}

describe("a promise of goods told as long since kept", () => {
  it.each([
    ["Oslo's promise of twelve howitzers to Kyiv, made in March 2023, has long since been kept.", 12],
    ["Madrid's pledge of 20 armoured vehicles to Ukraine, given last spring, has long since been kept.", 20],
    ["Lisbon's promise of six tanks to Ukraine has long since been kept.", 6],
  ])("%s", (page, value) => {
    expect(certaintyOf(page, value)).toBe("asserted");
  });
});

describe("goods a named state promised, told as on their way", () => {
  it.each([
    ["The 18 howitzers that Norway promised Ukraine in March are on their way.", 18],
    ["The 40 armoured vehicles that Canada promised Ukraine last year are on their way.", 40],
    ["The 7 tanks that Spain promised Ukraine in May are already on their way.", 7],
  ])("%s", (page, value) => {
    expect(certaintyOf(page, value)).toBe("asserted");
  });
});

describe("jets a country's own promise names, told as flying for the receiver", () => {
  it.each([
    ["Norway's defence minister said the last jets of the 14 his country promised are now flying for Ukraine."],
    ["The Danish defence minister confirmed that the final F-16s of the 19 his country promised are now flying for Ukraine."],
    ["Belgium's defence minister said the last of the 9 fighter jets his country pledged are flying for Ukraine."],
  ])("%s", (page) => {
    expect(certaintyOf(page)).toBe("asserted");
  });
});

// "X is very likely supplying Y with Z": the tagger reads the -ing form after a word of likelihood as a noun, and a
// later participle ("often shipped in parts") then took the clause and ran the flow backwards. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "hedged.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "hedged", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient]);

describe("an -ing verb after a word of likelihood is the clause's verb", () => {
  it.each([
    ["Iran is very likely supplying the Houthis with rifles and drones, often shipped in parts and assembled locally.", "IRN", "YEM-HOUTHIS"],
    ["Chad is probably arming Libya with rockets, usually sent in pieces.", "TCD", "LBY"],
    ["Kenya is quite possibly arming Somalia with rifles, mostly shipped in crates.", "KEN", "SOM"],
  ])("%s", (text, supplier, recipient) => {
    const found = flows(text);
    expect(found).toContainEqual([supplier, recipient]);
    expect(found).not.toContainEqual([recipient, supplier]);
  });
});

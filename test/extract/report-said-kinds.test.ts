// Sentences, written for the test, that end on "the report said": a report the document has already named,
// whose author is the source, passes nothing on (SCHEMA.md: a body that states a thing plainly is `asserted`).
// Reports in general ("reports say") and a media report stay `reported`. Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;
const lead = "The Stockholm International Peace Research Institute published its yearly report on Tuesday.\n\n";
const certaintyOf = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start)).map((c) => c.certainty);

describe("a report the document names, pointed back to, speaks for its author", () => {
  it.each([
    "Belarus delivered 40 armoured trucks to Sudan in 2023, the report said.",
    "Chile sold 12 howitzers to Peru last year, its report claimed.",
    "Serbia shipped 9,000 mortar rounds to Armenia in March, the new report suggested.",
  ])("%s", (sentence) => {
    expect(certaintyOf(claimsOf(`${lead}${sentence}\n`), sentence.slice(0, 20))).toEqual(["asserted"]);
  });
  it("reports in general still pass a claim on", () => {
    const sentence = "Reports say Serbia also shipped rifles to Armenia.";
    expect(certaintyOf(claimsOf(`${lead}${sentence}\n`), sentence.slice(0, 20))).toEqual(["reported"]);
  });
});

// Arms that land in a state for a show or drills are visiting, not given: after the place, a purpose of the stay
// (transfer-cues.json visitPurposes) keeps the arrival from reading as the maker's gift. An arrival with no such
// purpose still reads as one. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "arrival-visits.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "arrival-visits", outlet: "Probe Wire", published: "2025-03-12" } as never }).claims;
const flowsIn = (text: string, words: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.evidence.text.includes(words))
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("arms that arrive for a show or drills are a visit", () => {
  it.each([
    ["Six Gripen fighters landed in Hungary on Monday for the annual air show at Kecskemet.", "Gripen"],
    ["A pair of F-35s arrived in Poland this week for a large NATO exercise, officials said.", "F-35"],
    ["Four Rafale jets arrived in Greece to take part in joint manoeuvres with the Hellenic air force.", "Rafale"],
  ] as const)("%s", (text, words) => {
    expect(flowsIn(text, words)).toEqual([]);
  });
  it("an arrival with no such purpose still comes from the maker", () => {
    expect(flowsIn("The first Rafale jets had landed in Serbia by the end of the week.", "Rafale")).toContainEqual(["FRA", "SRB", "aircraft"]);
  });
});

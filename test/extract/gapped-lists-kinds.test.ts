// A bare figure left without its thing because the thing was named just before, written for the test: after a
// sentence about a flow, "Italy will send 15" counts the same thing. Three phrasings of our own, and guards.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "gapped-lists.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "gapped-lists", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counts = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a bare figure a verb of giving moves counts the thing named just before", () => {
  it.each([
    ["Spain has promised new jets to Ukraine. Italy will send 14.", ["ITA", "UKR", "aircraft", 14]],
    ["Spain sent 40 howitzers to Ukraine. Greece will send 15.", ["GRC", "UKR", "artillery-systems", 15]],
    ["Canada delivered tanks to Kyiv last month. Portugal has since sent another 6.", ["PRT", "UKR", "armoured-vehicles", 6]],
  ] as const)("%s", (text, claim) => {
    expect(counts(text)).toContainEqual(claim);
  });

  it.each([
    ["a year", "Spain sent howitzers to Ukraine. Italy sent 2024."],
    ["a page count", "Spain sent howitzers to Ukraine. The report runs to 40 pages."],
    ["a score", "Spain sent howitzers to Ukraine. Italy won the match 3-1."],
  ])("%s is no count of the thing", (_kind, text) => {
    expect(counts(text).filter((c) => c[3] !== null)).toEqual([]);
  });
});

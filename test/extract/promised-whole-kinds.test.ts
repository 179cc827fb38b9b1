// A part counted out of a promised whole, written for the test: "only 40 of the 100 guns it promised" tells both
// the part that moved (as told) and the promise of the whole (possible). Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "promised.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "promised", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counts = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null, c.certainty]);

describe("a part counted out of a promised whole gives the part and the promise", () => {
  it.each([
    ["Sweden has so far handed Kyiv only 40 of the 100 howitzers it promised.", "SWE", "artillery-systems", 40, 100],
    ["Berlin delivered only 12 of the 30 tanks it had pledged to Ukraine.", "DEU", "armoured-vehicles", 12, 30],
    ["The EU has shipped just about 300,000 of the million shells it promised Kyiv last year.", "EU", "artillery-ammunition", 300000, 1000000],
  ])("%s", (text, supplier, item, part, whole) => {
    const got = counts(text);
    expect(got).toContainEqual([supplier, "UKR", item, part, "asserted"]);
    expect(got).toContainEqual([supplier, "UKR", item, whole, "possible"]);
  });

  it("a whole that nobody promised is no claim", () => {
    const got = counts("Norway has given Ukraine 20 of the 40 tanks in its reserve.");
    expect(got.map((g) => g[3])).not.toContain(40);
  });
});

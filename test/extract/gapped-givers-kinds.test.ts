// Several givers in one gapped list, written for the test: after a counted flow, "the Netherlands 24 and Norway six"
// leaves out the verb, the thing and the receiver; each state gives its own count. Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "gapped.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "gapped", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counts = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("each giver of a gapped list gives its own count", () => {
  it.each([
    ["Spain sent 40 howitzers to Ukraine, Italy 15 and Greece three.", "artillery-systems", [["ESP", 40], ["ITA", 15], ["GRC", 3]]],
    ["Canada has donated eight tanks to Kyiv, Portugal three, and Finland 12.", "armoured-vehicles", [["CAN", 8], ["PRT", 3], ["FIN", 12]]],
    ["Belgium has offered 30 jets to Ukraine, the Czech Republic ten and Slovakia 13.", "aircraft", [["BEL", 30], ["CZE", 10], ["SVK", 13]]],
  ] as const)("%s", (text, item, givers) => {
    const got = counts(text);
    for (const [supplier, value] of givers) expect(got).toContainEqual([supplier, "UKR", item, value]);
  });

  it("a second flow with its own verb and thing is no gapped member", () => {
    const got = counts("Germany sent 14 tanks to Ukraine, and France sent 12 jets.");
    expect(got).toContainEqual(["FRA", "UKR", "aircraft", 12]);
    expect(got).not.toContainEqual(["FRA", "UKR", "armoured-vehicles", 12]);
  });
});

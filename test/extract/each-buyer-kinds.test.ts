// Two sales told in one sentence, each goods with its own buyer named right after them ("... 30 tanks for one state
// and 12 launchers for another", "... 20 tanks for one, and 14 for another"): the second goods go to the state
// named after them, not to the buyer of the first. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "each-buyer.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "each-buyer", outlet: "Probe Wire", published: "2025-03-03" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("two sales in one sentence, each to the buyer named after its goods", () => {
  it.each([
    ["In March, Paris approved twelve Rafales for Belgrade and up to ten Caesar guns for Yerevan.", ["FRA", "SRB", "aircraft"], ["FRA", "ARM", "artillery-systems"]],
    ["Berlin cleared 20 Leopard tanks for Warsaw, and 14 for Prague.", ["DEU", "POL", "armoured-vehicles"], ["DEU", "CZE", "armoured-vehicles"]],
    ["Washington approved 30 Abrams tanks for Bucharest and 12 HIMARS launchers for Riga, the State Department said.", ["USA", "ROU", "armoured-vehicles"], ["USA", "LVA", "artillery-systems"]],
  ])("%s", (text, first, second) => {
    const found = flows(text);
    expect(found).toContainEqual(first);
    expect(found).toContainEqual(second);
  });

  it("leaves one buyer named twice alone", () => {
    expect(flows("Germany sent 20 tanks to Ukraine and 14 howitzers to Ukraine.")).toEqual([
      ["DEU", "UKR", "armoured-vehicles"],
      ["DEU", "UKR", "artillery-systems"],
    ]);
  });
});

// A state named right before a noun of claiming ("US accusations that it supplied ...") is who claims, not who "it"
// points back to: the pronoun stands for the state that answers the claim. Texts of our own, run through the whole
// pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient" for each transfer claim of `text`. */
function pairs(text: string): string[] {
  const doc = processDocument({ path: "claimant.txt", bytes: new TextEncoder().encode(text), meta: { id: "claimant", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier ?? "-"} ${c.recipient ?? "-"}`);
}

describe("the state that accuses is not the one 'it' stands for", () => {
  it.each([
    ["Pyongyang dismissed US accusations that it shipped rockets to Moscow.\n", "PRK RUS"],
    ["Belarus brushed aside US allegations that it had sent shells to Russia last spring.\n", "BLR RUS"],
    ["Minsk rejected US suspicions that it had supplied fuel to Moscow.\n", "BLR RUS"],
    ["Tehran denied UK allegations that it sent ballistic missiles to Russia.\n", "IRN RUS"],
  ])("%s", (text, pair) => {
    const got = pairs(text);
    expect(got).toContain(pair);
    expect(got.filter((p) => p.startsWith("USA") || p.startsWith("GBR"))).toEqual([]);
  });
});

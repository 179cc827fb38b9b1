// A purchase under way ("is buying", "was in the middle of buying", "is seeking to buy") tells the buyer's deed, with
// no seller yet delivering: the transfer is at most `possible`, not asserted. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function certainties(text: string): string[] {
  const doc = processDocument({ path: "purchase.txt", bytes: new TextEncoder().encode(text), meta: { id: "purchase", published: "2024-03-11", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => c.certainty);
}

describe("a purchase under way is possible, not asserted", () => {
  it.each([
    ["Belarus is buying thousands of mortar bombs from Iran, the Lithuanian defence ministry said on Monday."],
    ["Lithuanian officials said on Monday that Minsk was in the middle of buying drones from Tehran."],
    ["Venezuela is seeking to buy rockets from Belarus, the Colombian foreign minister said on Monday."],
    ["Syria is currently purchasing anti-tank missiles from Iran, Israeli military officials said."],
  ])("%s", (text) => {
    const got = certainties(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got).not.toContain("asserted");
    expect(got).not.toContain("reported");
    expect(got.every((c) => c === "possible")).toBe(true);
  });
});

// A purchase made on another state's behalf is the buyer's gift under way to that state: the cue of a purchase alone
// does not make it possible.
describe("a purchase made on another state's behalf keeps its own certainty", () => {
  it.each([
    ["Aid\n\nThe new package holds 20,000 mortar bombs, which Denmark is buying from a French maker on Ukraine's behalf."],
    ["Aid\n\nThe Netherlands is purchasing 12 radars from a German firm on behalf of Kyiv, the ministry in The Hague said."],
    ["Aid\n\nSweden is acquiring 30,000 shells from a Czech plant on Ukraine's behalf, its defence minister said on Monday."],
  ])("%s", (text) => {
    const got = certainties(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got).not.toContain("possible");
  });
});

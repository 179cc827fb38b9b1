// Sayings told with the plain present ("officials claim", "Kyiv maintains", "analysts maintain") and a body set off
// with a possessive pronoun ("..., its defence ministry said"): the speaker is read, not the outlet. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function sources(text: string) {
  const doc = processDocument({ path: "says.txt", bytes: new TextEncoder().encode(text), meta: { id: "says", published: "2024-06-10", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => ({ flow: `${c.supplier} ${c.recipient}`, org: c.source.org, country: c.source.country }));
}

describe("a plural subject that claims, after the comma, makes the claim", () => {
  it.each([
    ["Minsk has sent Moscow 100 tanks from its stocks, Ukrainian officials claim.", "BLR RUS", "UKR"],
    ["Pyongyang sent 3 million shells to Moscow, South Korean lawmakers claim.", "PRK RUS", "KOR"],
    ["Eritrea sent rifles to Sudan, Ethiopian officials claim.", "ERI SDN", "ETH"],
  ])("%s", (text, flow, country) => {
    const got = sources(text).find((c) => c.flow === flow);
    expect(got?.org).not.toBe("Test Wire");
    expect(got?.country).toBe(country);
  });
});

describe("'maintains' and 'maintain' before the stop are sayings", () => {
  it.each([
    ["Minsk has sent Moscow 100 tanks, Kyiv maintains.", "BLR RUS", "UKR"],
    ["Israel has halted arms sales to Turkey, officials in Ankara maintain.", "ISR TUR", "TUR"],
    ["Cairo has bought 12 Chinese fighter jets, Israeli analysts maintain.", "CHN EGY", "ISR"],
  ])("%s", (text, flow, country) => {
    expect(sources(text)).toContainEqual(expect.objectContaining({ flow, country }));
  });
});

describe("a body set off with 'its' or 'their' speaks for the state that opens the sentence", () => {
  it.each([
    ["Estonia sent 30 howitzers to Kyiv, its defence ministry said.", "EST UKR", "EST"],
    ["Norway has delivered 12 air defence systems to Ukraine, its armed forces announced.", "NOR UKR", "NOR"],
    ["Germany handed over 18 Leopard tanks to Ukraine, its government confirmed on Monday.", "DEU UKR", "DEU"],
  ])("%s", (text, flow, country) => {
    expect(sources(text)).toContainEqual(expect.objectContaining({ flow, country }));
  });
});

// Sentences written for the test: a party that casts doubt on another's saying holds the transfer as `doubted`
// (not `denied`), and the saying's maker keeps its own version (claims/denials.ts, knowledge/speech.json); calling
// a saying propaganda or lies denies it, and so does giving to neither side (knowledge/certainty-cues.json, claims/denials.json).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "doubt.txt", bytes: Buffer.from(text), meta: { id: "doubt", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const line = (c: Claim) => `${c.supplier} ${c.recipient} ${c.item} ${c.certainty} ${c.source.country ?? c.source.org}`;

describe("casting doubt on another's saying is the doubter's doubt of its transfer", () => {
  it.each([
    ["The Kremlin on Tuesday cast doubt on American and Ukrainian claims that Iranian drones are being shipped to Russia.", "IRN RUS drones doubted RUS", "IRN RUS drones asserted UKR"],
    ["The Iranian foreign ministry cast doubt on Western and Ukrainian claims that Iran had sent drones to Russia.", "IRN RUS drones doubted IRN", "IRN RUS drones asserted UKR"],
    ["Beijing cast fresh doubt on Polish reports that China sold drones to Russia.", "CHN RUS drones doubted CHN", "CHN RUS drones asserted POL"],
    ["Tehran has cast doubt on reports by Ukraine that Iran sent missiles to Russia.", "IRN RUS missiles-other doubted IRN", "IRN RUS missiles-other asserted UKR"],
  ])("%s", (text, doubter, maker) => {
    const lines = claimsOf(text).map(line);
    expect(lines).toContain(doubter);
    expect(lines).toContain(maker);
    expect(lines.filter((l) => l.includes(" denied "))).toEqual([]);
  });

  it("a rejection still denies", () => {
    expect(claimsOf("Tehran rejected reports by Ukraine that Iran sent missiles to Russia.").map(line)).toContain("IRN RUS missiles-other denied IRN");
  });
});

describe("calling a saying propaganda, lies or slander denies what it tells", () => {
  it.each([
    ["Belarus's foreign ministry called the claims that Minsk sent tanks to Russia lies.", "BLR RUS armoured-vehicles denied BLR"],
    ["Pyongyang called the allegations that it shipped shells to Russia slander.", "PRK RUS artillery-ammunition denied PRK"],
    ["Tehran calls the reports that Iran sold drones to Moscow \"hostile propaganda\".", "IRN RUS drones denied IRN"],
    ["The Chinese government called the stories about Chinese drones sold to Russia nonsense.", "CHN RUS drones denied"],
  ])("%s", (text, held) => {
    expect(claimsOf(text).map(line).some((l) => l.startsWith(held))).toBe(true);
  });

  it("propaganda that is no word on a saying denies nothing", () => {
    expect(claimsOf("Russia has sent tanks to Belarus, state media said in a propaganda broadcast.").map(line).filter((l) => l.includes(" denied "))).toEqual([]);
  });
});

describe("giving to neither side of the war denies giving to each side", () => {
  const lead = "Russia's war against Ukraine has drawn arms from many places.\n\n";
  it.each([
    ["President Vucic said Serbia sold arms to neither side.", "SRB"],
    ["Ankara says Turkey supplied weapons to neither party in the war.", "TUR"],
    ["The Kazakh foreign minister said Astana had sent ammunition to neither of the warring parties.", "KAZ"],
  ])("%s", (text, supplier) => {
    const lines = claimsOf(lead + text).filter((c) => c.evidence.text.startsWith(text.slice(0, 15))).map(line);
    for (const recipient of ["RUS", "UKR"]) expect(lines.some((l) => l.startsWith(`${supplier} ${recipient} `) && l.includes(" denied"))).toBe(true);
  });

  it("giving to both sides is no denial", () => {
    const text = "The Kazakh foreign minister said Astana had sent ammunition to both sides.";
    expect(claimsOf(lead + text).map(line).filter((l) => l.includes(" denied"))).toEqual([]);
  });
});

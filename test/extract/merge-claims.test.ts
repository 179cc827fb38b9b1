// merge-claims: two mentions of one claim in a report fold into one (SCHEMA.md, "One claim or two"), but the
// merge keeps track of what it has folded in: a general mention may join one named thing, two different named
// things never merge (not even through a general mention between them), two figures of one unit merge only
// where they agree within rounding, and the sentence kept is the one that names the source most exactly.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "merge.txt", bytes: Buffer.from(text), meta: { id: "merge", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const summary = (claims: Claim[]) => claims.map((c) => `${c.item} ${c.quantity?.value ?? "-"} ${c.source.speaker ?? c.source.org}`).sort();

describe("a general mention does not chain two named things into one claim", () => {
  for (const [name, text, named] of [
    ["missiles, anti-ship missiles, Harpoon missiles", "Norway sent missiles to Ukraine, the Norwegian defence ministry said.\n\nThe ministry said Norway sent anti-ship missiles to Ukraine.\n\nThe ministry said Norway also sent Harpoon missiles to Ukraine.\n", "harpoon missile"],
    ["drones, Orlan-10 drones, Lancet drones", "Russia sent drones to Belarus, Belarusian officials said.\n\nBelarusian officials said Russia sent Orlan-10 drones to Belarus.\n\nBelarusian officials said Russia sent Lancet drones to Belarus.\n", "lancet drone"],
    ["tanks, Leopard 1 tanks, Challenger 2 tanks", "Italy sent tanks to Ukraine, the Italian government said.\n\nThe Italian government said Italy sent Leopard 1 tanks to Ukraine.\n\nThe Italian government said Italy sent Challenger 2 tanks to Ukraine.\n", "challenger 2 tank"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBe(2);
      expect(claims.some((c) => c.thing?.startsWith(named))).toBe(true);
    });
  }
});

describe("two named things with the same figure in two sentences are two claims", () => {
  for (const [name, text] of [
    ["one Patriot, one Aspide", "Spain delivered one Patriot air defence system to Ukraine, the Spanish government said.\n\nThe Spanish government said Spain delivered one Aspide air defence system to Ukraine.\n"],
    ["four Caesar, four Archer howitzers", "France sent four Caesar howitzers to Ukraine, the French government said.\n\nThe French government said France also sent four Archer howitzers to Ukraine.\n"],
    ["ten Leopard 2, ten Challenger 2 tanks", "Britain delivered ten Challenger 2 tanks to Ukraine, the British government said.\n\nThe British government said Britain delivered ten Leopard 2 tanks to Ukraine.\n"],
  ] as const) {
    it(name, () => expect(claimsOf(text).length).toBe(2));
  }
});

describe("a general word with two named things in one sentence is one claim per named thing", () => {
  for (const [name, text] of [
    ["equipment including rifles and machine guns", "Iran shipped military equipment to Russia, including rifles and machine guns, the US government said.\n"],
    ["hardware such as rifles and machine guns", "Belarus sent military hardware to Russia, such as rifles and machine guns, the Ukrainian government said.\n"],
    ["arms, among them rifles and machine guns", "Serbia supplied arms to Ukraine, among them rifles and machine guns, the Russian government said.\n"],
  ] as const) {
    it(name, () => expect(claimsOf(text).length).toBe(2));
  }
});

describe("rounded figures do not drift: each figure folded in must agree with all the others", () => {
  // The exact middle figure becomes the claim's; the last agrees with it but not with the first, so it stays apart.
  for (const [name, text, figures] of [
    ["about 6,700, then 7,000, then about 7,400 rounds", "Canada sent about 6,700 rounds to Ukraine, the Canadian government said.\n\nThe Canadian government said Canada sent 7,000 rounds to Ukraine.\n\nThe Canadian government said Canada sent about 7,400 rounds to Ukraine.\n", [7000, 7400]],
    ["about 940, then 1,000, then about 1,050 drones", "Iran sent about 940 drones to Russia, the Ukrainian government said.\n\nThe Ukrainian government said Iran sent 1,000 drones to Russia.\n\nThe Ukrainian government said Iran sent about 1,050 drones to Russia.\n", [1000, 1050]],
    ["roughly 19,000, then 20,000, then roughly 21,000 shells", "North Korea sent roughly 19,000 shells to Russia, the South Korean government said.\n\nThe South Korean government said North Korea sent 20,000 shells to Russia.\n\nThe South Korean government said North Korea sent roughly 21,000 shells to Russia.\n", [20000, 21000]],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBe(2);
      expect(claims.map((c) => c.quantity?.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(figures);
    });
  }
});

describe("between equal figures, the sentence that names the source most exactly is the evidence", () => {
  for (const [name, text, speaker] of [
    ["a surname, then the full name", "Chile sent 12 howitzers to Peru, Torres said.\n\nChilean Defence Minister Maya Torres said Chile sent 12 howitzers to Peru.\n", "Maya Torres"],
    ["a surname, then the spokesman by name and office", "Greece delivered 20 armoured vehicles to Ukraine, Pappas said.\n\nGreek defence ministry spokesman Nikos Pappas said on Monday that Greece delivered 20 armoured vehicles to Ukraine.\n", "Nikos Pappas"],
    ["an official, then the named one", "Japan gave 30 trucks to Ukraine, a Japanese official said.\n\nJapanese Defence Minister Kenji Sato said Japan gave 30 trucks to Ukraine.\n", "Kenji Sato"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(summary(claims).length).toBe(1);
      expect(claims[0].source.speaker).toBe(speaker);
      expect(claims[0].evidence.text).toContain(speaker);
    });
  }
});

describe("an outlet's common noun beside its name in one sentence is that outlet, not a second source", () => {
  for (const [name, text, source] of [
    ["the Kyiv Post newspaper", "The Kyiv Post newspaper reported in May that Poland would send 40 tanks to Ukraine.\n", "Kyiv Post"],
    ["the media outlet", "Moreover, the media outlet claimed that Spain planned to send 20 howitzers to Ukraine.\n", "media"],
    ["The Moscow Times newspaper", "The Moscow Times newspaper wrote that Belarus had sold 10 drones to Russia.\n", "The Moscow Times"],
  ] as const) {
    it(name, () => expect(summary(claimsOf(text))).toEqual([expect.stringMatching(new RegExp(`${source}$`))]));
  }
  it("two named sources of one sentence stay two claims", () => {
    expect(claimsOf("The US and South Korea say North Korea has sent 3,000 troops to Russia.\n").length).toBe(2);
  });
});

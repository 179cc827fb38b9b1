// How reports name one source in other words: by the title of its office ("Berlin's defence minister", then the
// minister by name), by a description of a body ("the 11-nation sanctions monitoring group"), by a headline's common
// noun ("Monitors say ..."), or as the subject of a count ("The team counted ...").
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { mergeClaims } from "../../src/extract/merge-claims.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, published = "2024-05-02") =>
  processDocument({ path: "titles.txt", bytes: Buffer.from(text), meta: { id: "titles", outlet: "Probe Wire", published } as never }).claims;

/** Two mentions of one PRK → RUS claim in two sentences of a report published on `published`: one by title, one by name. */
function mergeTwo(published: string, titled: { text: string; phrase: string; org: string; country: string }, named: { text: string; speaker: string; org: string; country: string }): Claim[] {
  const mention = (i: number, text: string, source: Claim["source"], phrase?: string): Claim => {
    const start = i * 1000, at = phrase ? text.indexOf(phrase) : -1;
    return {
      id: `m:${i}`, doc: "m", kind: "transfer", supplier: "PRK", recipient: "RUS", item: "troops", quantity: null, calibre: null, period: null,
      cumulative: false, certainty: "asserted", source, relays: ["Probe Wire"], stated: null, evidence: { start, end: start + text.length, text },
      parts: at >= 0 ? { source: { start: start + at, end: start + at + phrase!.length } } : {}, segment: 0,
    };
  };
  const doc = {
    meta: { id: "m", url: null, outlet: "Probe Wire", title: null, author: null, published },
    sentences: [],
    claims: [mention(1, titled.text, { speaker: null, org: titled.org, country: titled.country }, titled.phrase), mention(2, named.text, { speaker: named.speaker, org: named.org, country: named.country })],
  };
  mergeClaims()(doc as never);
  return doc.claims;
}

describe("a title and the office-holder named later are one source", () => {
  it("merges a title with the person in office that day, named later", () => {
    for (const [published, titled, named] of [
      ["2024-09-12", { text: "Seoul's top spy said the North has sent troops to Russia.", phrase: "Seoul's top spy", org: "Seoul's top spy", country: "KOR" }, { text: "Cho Tae-yong said North Korean troops were in Russia.", speaker: "Cho Tae-yong", org: "National Intelligence Service", country: "KOR" }],
      ["2024-10-02", { text: "Kyiv's top diplomat accused Pyongyang of sending soldiers to Moscow.", phrase: "Kyiv's top diplomat", org: "Kyiv's top diplomat", country: "UKR" }, { text: "Andrii Sybiha said the soldiers came from North Korea.", speaker: "Andrii Sybiha", org: "Ministry of Foreign Affairs of Ukraine", country: "UKR" }],
      ["2024-11-20", { text: "The alliance chief says North Korean units are fighting for Russia.", phrase: "The alliance chief", org: "The alliance chief", country: "" }, { text: "Mark Rutte said the North Korean units were in Kursk.", speaker: "Mark Rutte", org: "NATO", country: "" }],
    ] as const) {
      const claims = mergeTwo(published, { ...titled, country: titled.country || (null as unknown as string) }, { ...named, country: named.country || (null as unknown as string) });
      expect(claims.length, titled.text).toBe(1);
      expect(claims[0].source.speaker).toBe(named.speaker);
    }
  });

  it("keeps a title apart from someone else named, as the title's holder that day is another person", () => {
    for (const [published, titled, named] of [
      ["2024-09-12", { text: "South Korea's defence minister said the North has sent troops to Russia.", phrase: "South Korea's defence minister", org: "South Korean government", country: "KOR" }, { text: "Shin Won-sik said North Korean troops were in Russia.", speaker: "Shin Won-sik", org: "South Korean Presidential Office", country: "KOR" }],
      ["2024-06-01", { text: "Russia's defence minister denied North Korean troops were in Russia.", phrase: "Russia's defence minister", org: "Russian government", country: "RUS" }, { text: "Sergei Shoigu denied there were North Korean soldiers in Russia.", speaker: "Sergei Shoigu", org: "Security Council of Russia", country: "RUS" }],
      ["2024-10-02", { text: "Ukraine's foreign minister said North Korean soldiers reached Russia.", phrase: "Ukraine's foreign minister", org: "Ukrainian government", country: "UKR" }, { text: "Dmytro Kuleba said North Korean soldiers were in Russia.", speaker: "Dmytro Kuleba", org: "Ukrainian government", country: "UKR" }],
    ] as const) {
      expect(mergeTwo(published, titled, named).length, titled.text).toBe(2);
    }
  });
});

describe("a body described rather than named", () => {
  for (const [name, text] of [
    ["an 11-nation sanctions monitoring group", "An 11-nation sanctions monitoring group said North Korea has sent more than 9,000 containers of shells to Russia.\n"],
    ["the multinational sanctions monitoring team", "North Korea has shipped 250 ballistic missiles to Russia, the multinational sanctions monitoring team said on Friday.\n"],
    ["an 11-country sanctions monitoring team", "Russia gave North Korea 300,000 barrels of oil last year, according to an 11-country sanctions monitoring team.\n"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text, "2025-06-01");
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.org).toBe("Multilateral Sanctions Monitoring Team");
    });
  }
});

describe("a headline's common noun stands for the source the body names", () => {
  for (const [name, text] of [
    ["monitors", "Monitors say North Korea sent Russia 9,000 containers of shells\n\nThe Multilateral Sanctions Monitoring Team said North Korea sent 9,000 containers of shells to Russia.\n"],
    ["inspectors", "Inspectors say Iran sent Russia 400 drones\n\nThe International Atomic Energy Agency said Iran sent 400 drones to Russia in the spring.\n"],
    ["the monitors", "The monitors say Belarus gave Russia 130 tanks\n\nThe UN Panel of Experts said Belarus gave 130 tanks to Russia over the winter.\n"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length, JSON.stringify(claims.map((c) => c.source))).toBe(1);
      expect(claims[0].source.speaker).toBeNull();
    });
  }
});

describe("a body that counts or tallies makes the claim", () => {
  for (const [name, text, org] of [
    ["counted", "The Multilateral Sanctions Monitoring Team also counted some 7,000 containers of munitions sent by North Korea to Russia.\n", "Multilateral Sanctions Monitoring Team"],
    ["tallied", "The UN Panel of Experts tallied 40 ballistic missiles shipped from North Korea to Russia.\n", "UN Panel of Experts"],
    ["counts", "NATO now counts 60 howitzers sent by North Korea to Russia.\n", "NATO"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text, "2025-06-01");
      expect(claims.length).toBeGreaterThan(0);
      expect(claims[0].source.org).toBe(org);
    });
  }

  it("but not one that counts on another", () => {
    const claims = claimsOf("Russia counted on North Korea for 3 million shells last year, the outlet wrote.\n", "2025-06-01");
    for (const c of claims) expect(c.source.country).not.toBe("RUS");
  });
});

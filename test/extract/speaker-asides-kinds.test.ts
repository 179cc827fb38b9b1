// Speakers taken from the wrong words: the member states a body's aside lists, the outlet that saw a document,
// a bare "the Treasury", and the holders of claims that the sentence's subject doubts.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, headline = "Arms") =>
  processDocument({ path: "asides.txt", bytes: Buffer.from(`${headline}\n\nBy staff\n\n${text}\n`), meta: { id: "asides", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("states listed in an aside of a body's members are no speakers", () => {
  for (const [text, body] of [
    ["The Northern Arms Observation Group (NAOG), whose members include Poland, Japan and Canada, said North Korea shipped 200 rockets to Russia last year.", /Observation Group/],
    ["The Regional Export Watch, which includes Chile, Peru and Brazil, said Iran sent 40 drones to Venezuela in 2023.", /Regional Export Watch/],
    ["The Baltic Monitoring Panel, made up of Estonia, Latvia and Lithuania, reported that Belarus sent 30 tanks to Russia.", /Baltic Monitoring Panel/],
  ] as const) {
    it(text.slice(0, 50), () => {
      const claims = claimsOf(text);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.country).toBeNull();
        expect(c.source.org ?? "").toMatch(body);
      }
    });
  }
});

describe("the outlet that saw a document does not make its claims", () => {
  for (const [text, outlet] of [
    ["An intelligence report seen by the Courier says Iran sent 300 drones to Russia in 2023.", "Courier"],
    ["A confidential memo seen by the Sentinel says Belarus sent 20 tanks to Russia.", "Sentinel"],
    ["A draft assessment obtained by the Ledger says North Korea shipped 50 rockets to Russia.", "Ledger"],
  ] as const) {
    it(outlet, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.speaker).not.toBe(outlet);
        expect(c.source.org).not.toBe(outlet);
      }
    });
  }
});

describe("a bare 'the Treasury' is the treasury the gazetteer knows of a state the report names", () => {
  for (const [headline, text] of [
    ["Washington widens curbs", "The United States imposed new sanctions on Friday. Among them were firms in India and Turkey that the Treasury said had sold 40 drone engines to Russia."],
    ["US adds firms to blacklist", "Five firms in Malaysia and Thailand that the Treasury said had supplied 300 chips to Iran were listed by Washington."],
    ["New US sanctions", "Russia bought 90 engines from Chinese firms in 2023, the Treasury said on Tuesday, announcing US measures."],
  ] as const) {
    it(headline, () => {
      const claims = claimsOf(text, headline);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source).toEqual({ speaker: null, org: "US Department of the Treasury", country: "USA" });
    });
  }

  it("names no treasury where the report names no state that has one", () => {
    for (const c of claimsOf("Russia bought 90 engines from Chinese firms, the Treasury said.")) expect(c.source.country).not.toBe("USA");
  });
});

describe("the subject that doubts or denies a state's claims speaks, not the claims' holder", () => {
  for (const text of [
    "The Kremlin on Tuesday cast doubt on Japanese claims that North Korea had sent 100 missiles to Russia.",
    "OSLO, May 2 (PW) — The Kremlin on Tuesday cast doubt on Japanese assertions that North Korean soldiers are in Russia.",
    "The Kremlin on Friday cast doubt on Polish allegations that Belarus had sent 30 tanks to Russia.",
  ]) {
    it(text.slice(0, 60), () => {
      const claims = claimsOf(text);
      const own = claims.filter((c) => c.source.country === "RUS");
      expect(own.length).toBeGreaterThan(0);
      // (Doubted, as the subject casts doubt: not denied.)
      for (const c of own) expect(c.certainty).toBe("doubted");
    });
  }
});

describe("a saying whose makers follow a joined qualifier is still doubted by the subject, as doubted (not denied)", () => {
  for (const text of [
    "The Kremlin on Tuesday cast doubt on Western and Japanese assertions that North Korean soldiers are in Russia.",
    "The Kremlin cast doubt on Western and Polish claims that Belarus had sent 30 tanks to Russia.",
    "The Iranian foreign ministry on Monday cast doubt on Western and Ukrainian claims that Iran had supplied 200 drones to Russia.",
  ]) {
    it(text.slice(0, 60), () => {
      const claims = claimsOf(text);
      const own = claims.filter((c) => c.source.country === "RUS" || c.source.country === "IRN");
      expect(own.length).toBeGreaterThan(0);
      for (const c of own) expect(c.certainty).toBe("doubted");
    });
  }
});

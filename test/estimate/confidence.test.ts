import { describe, expect, it } from "vitest";
import { gradeSources } from "../../src/estimate/grade-sources.js";
import { describeLikelihood, flowLikelihood, likelihoodPhrase } from "../../src/estimate/likelihood.js";
import { sourceKey } from "../../src/link/sources.js";
import { statement } from "./statements.js";

describe("likelihoodPhrase (ICD 203)", () => {
  it.each([
    [0.02, "almost no chance"], [0.1, "very unlikely"], [0.3, "unlikely"], [0.5, "roughly even chance"],
    [0.7, "likely"], [0.9, "very likely"], [0.97, "almost certain"], [1, "almost certain"], [0, "almost no chance"],
  ])("%f reads %s", (p, phrase) => {
    expect(likelihoodPhrase(p).phrase).toBe(phrase);
  });
  it("writes the band", () => expect(describeLikelihood(likelihoodPhrase(0.9))).toBe("very likely (80-95 %)"));
});

describe("flowLikelihood", () => {
  it("one asserting source: 0.2 + 0.8 × 0.8 = 0.84, very likely", () => {
    const l = flowLikelihood([statement({ value: 1 })]);
    expect(l.probability).toBeCloseTo(0.84);
    expect(l.phrase).toBe("very likely");
  });
  it("independent sources raise it; the same source twice does not", () => {
    const one = flowLikelihood([statement({ org: "A" }), statement({ org: "A" })]);
    const two = flowLikelihood([statement({ org: "A" }), statement({ org: "B", country: "USA" })]);
    expect(one.probability).toBeCloseTo(0.84);
    expect(two.probability).toBeGreaterThan(0.95);
    expect(two.phrase).toBe("almost certain");
  });
  it("a party's denial weighs less than a third party's", () => {
    const base = [statement({ org: "A", certainty: "believed" })];
    const byParty = flowLikelihood([...base, statement({ org: "KCNA", country: "PRK", certainty: "denied" })]);
    const byThird = flowLikelihood([...base, statement({ org: "C", country: "CHN", certainty: "denied" })]);
    expect(byParty.probability).toBeGreaterThan(byThird.probability);
    expect(byParty.reasons.join(" ")).toMatch(/1 denied/);
  });
});

describe("gradeSources (Admiralty)", () => {
  const flow = [
    statement({ speaker: "John Kirby", org: "US NSC", country: "USA", stated: "2023-10-13" }),
    statement({ speaker: "Shin Won-sik", org: "ROK Ministry of National Defense", country: "KOR", certainty: "believed" }),
    statement({ org: "National Intelligence Service", country: "KOR", certainty: "believed" }),
    statement({ speaker: "Dmitry Peskov", org: "Kremlin", country: "RUS", certainty: "denied" }),
    statement({ org: "KCNA", country: "PRK", certainty: "denied" }),
    statement({ org: "Some Outlet", country: "GBR", supplier: "IRN", item: "drones" }),
  ];
  const grades = gradeSources(flow);
  const of = (name: string) => grades.find((g) => g.source.includes(name.toLowerCase()))!;

  it("grades officials and intelligence B, a party's state media D, with reasons", () => {
    expect(of("Kirby").reliability).toBe("B");
    expect(of("National Intelligence").reliability).toBe("B");
    expect(of("National Intelligence").reliabilityReasons[0]).toMatch(/intelligence agency/);
    expect(of("KCNA").reliability).toBe("D");
    expect(of("Peskov").reliability).toBe("D");
    expect(of("Peskov").reliabilityReasons[0]).toMatch(/party to the flow/);
  });

  it("never grades a stand-in for an unnamed source ('report', 'media', 'official')", () => {
    const g = gradeSources([
      statement({ org: "report", country: null }),
      statement({ org: "Media", country: null }),
      statement({ org: "official", country: null }),
      statement({ org: "Harbour Post", country: null }),
    ]);
    expect(g.map((x) => x.org)).toEqual(["Harbour Post"]);
  });

  it("grades an unnamed official of a named body C", () => {
    const g = gradeSources([statement({ org: "ROK Joint Chiefs of Staff official", country: "KOR" })]);
    expect(g[0].reliability).toBe("C");
    expect(g[0].reliabilityReasons[0]).toMatch(/not named/);
  });

  it("scores credibility from corroboration: backed 2, alone 3", () => {
    expect(of("Kirby").credibility).toBe(2); // backed by Seoul, contradicted by the parties
    expect(of("KCNA").credibility).toBe(4); // backed only by the Kremlin (a party, 0.3), contradicted by three
    expect(of("Some Outlet").credibility).toBe(3);
    expect(of("Some Outlet").grade).toBe("F3");
  });
});

describe("a source the store knows of only as 'other'", () => {
  it.each([
    ["Multilateral Sanctions Monitoring Team"],
    ["Joint Sanctions Commission"],
    ["Defence Procurement Committee"],
    ["United Nations"],
    ["UN Panel of Experts"],
  ])("is graded by its name's cues (%s: an official body, B)", (org) => {
    const s = statement({ org, country: null });
    const [g] = gradeSources([s], [{ id: sourceKey(s), speaker: null, org, country: null, kind: "other", statements: 1, reports: 1 }]);
    expect(g.reliability).toBe("B");
  });

  it("stays ungradeable where the name says nothing either", () => {
    const s = statement({ org: "Harbour Post", country: null });
    const [g] = gradeSources([s], [{ id: sourceKey(s), speaker: null, org: "Harbour Post", country: null, kind: "other", statements: 1, reports: 1 }]);
    expect(g.reliability).toBe("F");
  });
});

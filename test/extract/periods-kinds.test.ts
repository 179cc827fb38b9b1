// Periods by kind of cause (SCHEMA.md, "Periods"): each rule with phrasings of its own, checked on the claims
// the whole pipeline makes of a short report.
import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/core/all-matches.js";
import type { Claim } from "../../src/core/claim.js";
import { resolveTimes } from "../../src/extract/resolve-times.js";
import { processDocument } from "../../src/pipeline.js";

function claims(text: string, published: string): Claim[] {
  const bytes = new TextEncoder().encode(text);
  return processDocument({ path: "periods-kinds.txt", bytes, meta: { id: "periods-kinds", published, outlet: "Test Wire" } }).claims;
}

const find = (cs: readonly Claim[], supplier: string, item: string) => cs.find((c) => c.supplier === supplier && c.item === item);

describe("a concessive phrase dates apart from the rest of its sentence", () => {
  it("a season of the main clause does not date a transfer inside 'despite'", () => {
    const c = find(claims("Arms exports to Armenia fell sharply in the spring despite France delivering 24 howitzers.", "2024-09-10"), "FRA", "artillery-systems");
    expect(c).toBeDefined();
    expect(c!.period?.start ?? null).toBeNull();
  });
  it("a year inside a fronted 'despite' phrase does not date the transfer after it", () => {
    const c = find(claims("Despite a ban imposed in 2019, Belarus sold 12 armoured trucks to Sudan in March.", "2024-06-01"), "BLR", "armoured-vehicles");
    expect(c?.period?.start).toBe("2024-03");
  });
  it("'in spite of' with a relative year", () => {
    const c = find(claims("In spite of sanctions announced last year, Iran shipped 300 drones to Venezuela in May.", "2024-08-01"), "IRN", "drones");
    expect(c?.period?.start).toBe("2024-05");
  });
  it("a 'since' inside a trailing 'notwithstanding' phrase neither starts nor totals the transfer", () => {
    const c = find(claims("Poland sent 40 tanks to Ukraine in April, notwithstanding protests held since 2021.", "2024-07-01"), "POL", "armoured-vehicles");
    expect(c?.period?.start).toBe("2024-04");
    expect(c?.cumulative).toBe(false);
  });
});

describe("a later sentence that points back to the shipment dates it", () => {
  it("'the seizure, which ... said happened in early May'", () => {
    const text = "Fighters in Chad claimed on Thursday they had seized 300 tons of Iranian-supplied weapons bound for Sudan's army.\n\nKhartoum did not comment on the seizure, which the fighters said happened in early May.";
    const cs = claims(text, "2024-07-18").filter((c) => c.supplier === "IRN");
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(c.period?.start).toBe("2024-05");
  });
  it("'will receive these munitions in the first half of 2025'", () => {
    const text = "Norway will send 90,000 shells to Moldova.\n\nMoldova will receive these munitions in the first half of 2025.";
    const c = find(claims(text, "2024-10-02"), "NOR", "artillery-ammunition");
    expect(c?.period?.start).toBe("2025-01");
  });
  it("'the shipment arrived in late March'", () => {
    const text = "Turkey sold 20 drones to Kenya, the defence ministry said on Monday.\n\nThe shipment arrived in late March, officials added.";
    const c = find(claims(text, "2024-05-06"), "TUR", "drones");
    expect(c?.period?.start).toBe("2024-03");
  });
  it("not where the later words name a delivery of their own, or the date lies far after them", () => {
    const own = find(claims("Spain will send 16 howitzers to Ghana.\n\nMadrid first approved the delivery of older guns to Accra in June 2021.", "2024-03-01"), "ESP", "artillery-systems");
    expect(own?.period?.start ?? null).toBeNull();
    const far = find(claims("Chile sold four helicopters to Peru.\n\nThe delivery brings to nine the number of aircraft Lima has bought from a government that took office in 2022.", "2024-03-01"), "CHL", "aircraft");
    expect(far?.period?.start ?? null).toBeNull();
  });
  it("a verb of happening after 'said' dates what happened, not the saying", () => {
    const [t] = resolveTimes("the raid, which police said occurred in early April", "2024-06-01");
    expect(t.speech).toBeUndefined();
    expect(t.period.start).toBe("2024-04");
  });
});

describe("times of a repeated sentence", () => {
  it("are the same at another offset, shifted", () => {
    const text = "Chile delivered four frigates in June 2021 and two more since March.";
    const a = resolveTimes(text, "2024-05-02", 0);
    const b = resolveTimes(text, "2024-05-02", 500);
    expect(b.map((t) => t.period)).toEqual(a.map((t) => t.period));
    expect(b.map((t) => t.span.start - 500)).toEqual(a.map((t) => t.span.start));
  });
  it("differ with another publication date", () => {
    const text = "Peru received six helicopters last year.";
    expect(resolveTimes(text, "2024-05-02")[0].period.start).toBe("2023");
    expect(resolveTimes(text, "2022-05-02")[0].period.start).toBe("2021");
  });
});

describe("allMatches", () => {
  it("finds what matchAll finds and leaves the pattern reusable", () => {
    const re = /\b(\d+) (tanks|jets)\b/g;
    const text = "12 tanks, 4 jets and 30 tanks";
    expect(allMatches(re, text).map((m) => [m.index, m[1]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[1]]));
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, "no figures here")).toEqual([]);
  });
});

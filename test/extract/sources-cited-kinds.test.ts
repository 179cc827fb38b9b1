// Sources as one document tells them: unnamed government people cited by a teller serve the state named with the
// teller; a state or body set off before a long relative clause is still the one that says what follows.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "cited-kinds.txt", bytes: Buffer.from(text), meta: { id: "cited-kinds", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("unnamed government people cited by a teller serve the teller's state", () => {
  for (const [name, text, country] of [
    ["a daily of a state, citing two government sources", "Arms\n\nBy staff\n\nThe Chilean newspaper El Faro, citing two government sources, reported that Santiago will send 12 howitzers to Ukraine.\n", "CHL"],
    ["a weekly of a state, citing senior military sources", "Tanks\n\nBy staff\n\nA Polish weekly, citing senior military sources, says Warsaw plans to hand over 30 tanks to Ukraine this spring.\n", "POL"],
    ["a broadcaster of a state, citing government officials", "Jets\n\nBy staff\n\nThe Danish broadcaster DR, citing government officials, said Copenhagen would deliver six more F-16 jets to Ukraine.\n", "DNK"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }

  it("names no state where nothing before the citing tells it and the document has no focus", () => {
    const claims = claimsOf("Arms\n\nBy staff\n\nReuters, citing two government sources, said Chile will send 12 howitzers to Peru.\n");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).toBeNull();
  });

  it("takes the state where the page is filed when nothing before the citing tells it", () => {
    const text = "Helicopters for the navy\n\nReporter Ana Ruiz / Lima\n\nSenator Juan Soto said at a hearing on Monday, citing military officials, that Washington had agreed to sell 12 helicopters to Peru. US officials declined to comment. The United States has sold Peru helicopters before.\n";
    const claims = claimsOf(text).filter((c) => c.evidence.text.startsWith("Senator"));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[0].source.country).toBe("PER");
  });
});

describe("a speaker set off before a long relative clause still speaks", () => {
  for (const [name, text, country] of [
    ["a state before a long clause of what it pays for", "Guns\n\nBy staff\n\nFinland, which has paid for a share of the artillery shells bought from factories abroad this year, said on Monday it would send 20 more howitzers to Ukraine.\n", "FIN"],
    ["a state before a long clause of where it trains crews", "Tanks\n\nBy staff\n\nPortugal, which has trained Ukrainian crews at its own bases on the Atlantic coast for most of the year, said on Friday it would send 10 more tanks to Ukraine.\n", "PRT"],
    ["a government before a long clause of what it has paid for", "Guns\n\nBy staff\n\nThe Dutch government, which has paid for several large orders of interceptors placed with firms in Germany this year, said it would send 8 more howitzers to Ukraine.\n", "NLD"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

// A phrase that renames a sentence's figures and names who gave them ("..., figures Ana Ruiz first gave in May", "the
// share she had given was a half", "..., numbers first published by the navy"): the one named gave the figures and is the
// claim's source, not the state or outlet that repeats them. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "figures.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "figures", outlet: "Probe Wire", published: "2025-05-20" } as never }).claims;

describe("the one a phrase credits with the figures is the source", () => {
  it.each([
    ["Berlin keeps saying that China supplies Russia with about 60 percent of its imported drone engines, figures Annalena Berger first gave in March.", "CHN", "RUS", "Berger"],
    ["Last winter Rasmus Holt, Denmark's trade minister, told parliament that Belarus was the origin of roughly 40% of the machine tools Russia bought abroad. For ball bearings, the share he had given was 55%.", "BLR", "RUS", "Holt"],
    ["Turkey has shipped 12,000 tonnes of explosives to Ukraine since 2023, numbers first published by the Turkish Ministry of National Defence in April.", "TUR", "UKR", null],
  ])("%s", (text, supplier, recipient, speaker) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      if (speaker) expect(c.source.speaker).toContain(speaker);
      else expect(c.source).toMatchObject({ speaker: null, country: "TUR" });
      expect(c.source.org).not.toBe("Probe Wire");
    }
  });

  it("figures an outlet first published stay with whoever the sentence names as saying them", () => {
    const claims = claimsOf("Estonia has sent Ukraine 40 armoured vehicles, figures first published by the Tallinn Herald, the defence ministry said.").filter((c) => c.supplier === "EST");
    for (const c of claims) expect(c.source.org).not.toBe("Tallinn Herald");
  });
});

import { describe, expect, it } from "vitest";
import { toSchemaClaim } from "../../src/core/claim.js";
import { hasParty, isOffTopic, namesParty, pageWords } from "../../src/extract/prefilter-page.js";
import { BODIES, GROUPS, PEOPLE, STATES } from "../../src/knowledge/gazetteer.js";
import placesData from "../../src/knowledge/places.json" with { type: "json" };
import { pipelineStages, processDocument } from "../../src/pipeline.js";
import { generateCrawl } from "../../bench/generate-pages.js";

// The stage's one-pass check, and the plain one over the page's word list: they must agree.
const passes = (text: string) => {
  const fast = namesParty(text);
  expect(hasParty(pageWords(text)), text).toBe(fast);
  return fast;
};

describe("prefilter-page", () => {
  it("lets no page through that names no party", () => {
    expect(passes("The town council voted on Tuesday to resurface three streets near the old market.")).toBe(false);
    expect(passes("Forecasters expect showers to clear by Friday, with warm sunshine at the weekend.")).toBe(false);
    expect(passes("Officials said the spokeswoman for the trust would head the new committee on rights of way.")).toBe(false);
    // A proper name needs its capital: "china" the tableware is no state.
    expect(passes("She packed the good china and the silver before the move.")).toBe(false);
  });

  it("keeps pages that name a state, a capital, a group, a person, a body or a place", () => {
    expect(passes("Pyongyang sent more shells last month.")).toBe(true);
    expect(passes("A Kremlin spokesman declined to comment on the shipments.")).toBe(true);
    expect(passes("Houthi fighters fired two missiles at a tanker.")).toBe(true);
    expect(passes("Drones are being assembled in Tatarstan, the report says.")).toBe(true);
    expect(passes("KIM JONG UN INSPECTS A MUNITIONS PLANT")).toBe(true);
  });

  it("keeps a name however its hyphens are written (the matcher's separators are loose there)", () => {
    for (const text of ["Trains left Rostov-on-Don at night.", "Trains left Rostov on Don at night.", "Trains left Rostovondon at night.", "Kim Jongun spoke.", "Kim Jong un spoke."])
      expect(passes(text), text).toBe(true);
  });

  it("never drops a sentence that writes any party form of the gazetteer (as written, in capitals, hyphens loosened)", () => {
    const forms = [
      ...STATES.flatMap((s) => [s.name, ...s.aliases, ...s.weakAliases, ...s.adjectives, ...s.demonyms, ...s.seats]),
      ...GROUPS.flatMap((g) => [g.name, ...g.aliases, ...g.adjectives, ...g.demonyms]),
      ...PEOPLE.flatMap((p) => [p.name, ...p.variants]),
      ...BODIES.flatMap((b) => [b.name, ...b.aliases, ...b.seats, ...b.roles]),
      ...Object.values(placesData.places).flat(),
    ];
    const missed: string[] = [];
    for (const f of forms)
      // (Capitals only where they keep the letters: "ß" becomes "SS", which no matcher takes for it.)
      for (const variant of [f, ...(f.toUpperCase().length === f.length ? [f.toUpperCase()] : []), f.replace(/-/g, ""), f.replace(/-/g, " ")])
        if (!passes(`Officials said that ${variant} had answered the letter.`)) missed.push(variant);
    expect(missed).toEqual([]);
    expect(forms.length).toBeGreaterThan(500);
  });

  it("changes no claim on a generated crawl, and spares the heavy stages on the pages that name no party", () => {
    const on = pipelineStages({ prefilter: true });
    const off = pipelineStages({ prefilter: false });
    let spared = 0;
    let claims = 0;
    // Seed 6: 18 pages, 6 on topic, 6 naming no party, typical of the seeds tried (seed 3 spares only one page).
    for (const page of generateCrawl({ mb: 0.06, onTopic: 0.3, seed: 6 })) {
      const input = { path: `${page.id}.${page.ext}`, bytes: Buffer.from(page.body), meta: page.meta };
      const a = processDocument(input, on);
      const b = processDocument(input, off);
      if (isOffTopic(a)) spared++;
      claims += b.claims.length;
      expect(a.claims.map(toSchemaClaim), page.id).toEqual(b.claims.map(toSchemaClaim));
    }
    expect(spared).toBeGreaterThan(3);
    expect(claims).toBeGreaterThan(10);
  });
});

// Kinds of source and certainty where an outlet no list knows is named right after the noun of its kind
// ("Finnish broadcaster Yle said", "the Slovak daily Pravda said"): the name is the outlet speaking, not a person, and
// what it tells is passed on from the media (SCHEMA.md, "Certainty": other media the document cites are `reported`).
// State media named so keep their own voice, and an outlet a speaker talks to is no speaker. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "press-named.txt", bytes: new TextEncoder().encode(page), meta: { id: "press-named", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty, speaker: c.source.speaker, org: c.source.org }));
}

describe("an outlet named after the noun of its kind passes on what it tells", () => {
  it.each([
    ["Finnish broadcaster Yle said Finland had sent 20 mortars to Ukraine.", "FIN", "UKR", "Yle"],
    ["The Chilean daily El Sol reported that Chile had sold 12 tanks to Ecuador.", "CHL", "ECU", "El Sol"],
    ["Czech news site Novinky reported on Monday that Prague had delivered 30 howitzers to Kyiv.", "CZE", "UKR", "Novinky"],
  ])("%s", (page, supplier, recipient, org) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty: "reported", speaker: null, org });
  });

  it.each([
    ["The state news agency Sana said Russia had sent 20 tanks to Syria.", "RUS", "SYR"],
    ["Defence Minister Ana Ruiz told public broadcaster TVN that Chile had sent 20 tanks to Peru.", "CHL", "PER"],
  ])("state media, or an outlet spoken to, tell it plainly: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "asserted" }));
  });
});

describe("an outlet once named by its kind is the same outlet when the page names it alone", () => {
  it.each([
    ["The Slovak daily Pravda first reported the talks on Friday. Slovakia has sent 16 howitzers to Ukraine, Pravda said.", "SVK", "UKR", "Pravda"],
    ["Kenya signed for new patrol boats, the newspaper Daily Nation wrote. Turkey delivered six patrol boats to Kenya in March, Daily Nation reported.", "TUR", "KEN", "Daily Nation"],
    ["According to the broadcaster Radio Sur, the deal was agreed in May. Argentina sold 14 trainer jets to Bolivia, Radio Sur said on Tuesday.", "ARG", "BOL", "Radio Sur"],
  ])("%s", (page, supplier, recipient, org) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty: "reported", speaker: null, org });
  });
});

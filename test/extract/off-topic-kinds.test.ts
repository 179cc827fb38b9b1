// Kinds of false claims seen over every development set, from pages that never speak of arms, armed force, war or
// sanctions (a sports transfer, a company takeover, money sent home, a garden column): the money, vehicles or
// people their sentences seem to move between countries were read as transfers. Each is shown by phrasings of our
// own, with twins that must keep their claim: traded goods on such a page, and money paid on a page about arms.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";
import { speaksOfArms } from "../../src/extract/off-topic-claims.js";

/** Sentences of a page's ordinary business around the sentence under test: a page long enough to have named its topic. */
const around = (sentence: string) =>
  [
    "The weather stayed mild for most of the week.",
    "Prices in the shops rose a little in the spring.",
    "The annual report was published on Tuesday morning.",
    sentence,
    "Analysts expect the figures to change next year.",
    "More details will follow on the website.",
    "Comments on this story are closed.",
  ].join(" ");

function claimsOf(page: string) {
  const doc = processDocument({ path: "off-topic.txt", bytes: new TextEncoder().encode(page), meta: { id: "off-topic", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item }));
}

describe("a page of some length that never speaks of arms, war or sanctions gives no claim of money, vehicles or people", () => {
  it.each([
    "Families in Germany send about 2 billion euros a year to relatives in Turkey, the central bank said on Monday. Fees on such payments have fallen.",
    "Norway's largest ferry operator has agreed to buy a Swedish rival for 300 million euros, the companies said. The purchase will transfer 12 ships and 900 crew to the Norwegian group.",
    "Spain paid Portugal 40 million euros for the striker, the club said on Friday. The striker will join the squad next week.",
    "Austria will sell 30 snow ploughs and 12 trucks to Slovenia, the transport ministry said. The vehicles will arrive before winter.",
  ])("no claim: %s", (page) => {
    expect(speaksOfArms(around(page))).toBe(false);
    expect(claimsOf(around(page))).toEqual([]);
  });

  it.each([
    ["Ukraine shipped 2 million tonnes of wheat to Egypt in May, the ministry said.", "UKR", "EGY", "food"],
    ["Qatar paid 2 billion dollars to France for the Rafale jets, officials said.", "QAT", "FRA", "money"],
    ["Spain paid Portugal 40 million euros for the howitzers, the ministry said on Friday.", "ESP", "PRT", "money"],
  ])("goods, or a page about arms, keep the claim: %s", (page, supplier, recipient, item) => {
    expect(claimsOf(around(page))).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });
});

describe("a short brief that names only its goods keeps its claim", () => {
  it.each([
    ["Families in Germany send about 2 billion euros a year to relatives in Turkey, the central bank said on Monday.", "DEU", "TUR", "money"],
    ["Spain paid Portugal 40 million euros for the striker, the club said on Friday.", "ESP", "PRT", "money"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });
});

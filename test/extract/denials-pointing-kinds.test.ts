// Kinds of denials that point back to an accusation told before, each shown by phrasings of our own:
// - a denial of a told noun whose own words name something else ("the report about the visit", "the claims that its
//   envoy met ..."), with neither goods nor a transfer word, gives nothing (a maker or a time after the noun still denies);
// - "rejected the panel's findings": a possessive may stand between the pointer and the told noun;
// - "saying it had never armed the rebels", "says it arms neither side": a verb that names its goods, which the tagger
//   reads as an adjective or a noun, gives the goods denied in place of a copy of those told before.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function denialsOf(page: string) {
  const doc = processDocument({ path: "denials-pointing.txt", bytes: new TextEncoder().encode(page), meta: { id: "denials-pointing", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.filter((c) => c.certainty === "denied").map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
}

describe("a denial of a told noun about something else than goods gives nothing", () => {
  it.each([
    "Kyiv says Belarus shipped artillery shells to Russia.\n\nMinsk rejected the report about the visit.",
    "Kyiv says Belarus shipped artillery shells to Russia.\n\nMinsk denied the claims that its envoy had met Russian generals.",
    "Kyiv says Belarus shipped artillery shells to Russia.\n\nMinsk called the allegations of torture baseless.",
  ])("no denial: %s", (page) => expect(denialsOf(page)).toEqual([]));

  it.each([
    "Kyiv says Belarus shipped artillery shells to Russia.\n\nMinsk rejected the claims over the weekend.",
    "Kyiv says Belarus shipped artillery shells to Russia.\n\nMinsk rejected the accusations of Kyiv.",
    "Kyiv says Belarus shipped artillery shells to Russia.\n\nMinsk rejected the claims that day.",
  ])("a time or a maker after the noun keeps the denial: %s", (page) => expect(denialsOf(page)).toContain("BLR>RUS artillery-ammunition"));
});

describe("a possessive between the pointer and the told noun", () => {
  it.each([
    ["Kyiv says Belarus shipped artillery shells to Russia.\n\nMinsk rejected the panel's findings.", "BLR>RUS artillery-ammunition"],
    ["Seoul says Pyongyang sold rockets to Moscow.\n\nPyongyang dismissed the agency's claims.", "PRK>RUS artillery-ammunition"],
    ["Israeli officials said Iran sent drones to Hezbollah.\n\nTehran rejected the ministry's accusations.", "IRN>LBN-HEZBOLLAH drones"],
  ])("denied: %s", (page, denial) => expect(denialsOf(page)).toContain(denial));
});

describe("a verb of arming the tagger misreads names the goods denied", () => {
  it.each([
    ["Israeli officials said Iran sent drones to Hezbollah.\n\nTehran rejected the report, saying it had never armed Hezbollah.", "IRN>LBN-HEZBOLLAH weapons-unspecified", "IRN>LBN-HEZBOLLAH drones"],
    ["Sudanese officials say the Emirates flew anti-tank missiles to the Rapid Support Forces.\n\nAbu Dhabi rejects the charge and says it arms neither side.", "ARE>SDN-RSF weapons-unspecified", "ARE>SDN-RSF missiles-other"],
    ["Western officials say Belarus has shipped artillery shells to Russia.\n\nMinsk dismissed the claims, insisting it had not armed Russia.", "BLR>RUS weapons-unspecified", "BLR>RUS artillery-ammunition"],
  ])("the verb's goods: %s", (page, denial, copied) => {
    const denials = denialsOf(page);
    expect(denials).toContain(denial);
    expect(denials).not.toContain(copied);
  });

  it.each([
    "Kyiv says Belarus shipped artillery shells to Russia.\n\nThe minister said the country is heavily armed.",
    "Kyiv says Belarus shipped artillery shells to Russia.\n\nThe armed groups rejected the talks.",
  ])("an adjective stays one: %s", (page) => expect(denialsOf(page).filter((d) => d.endsWith("weapons-unspecified"))).toEqual([]));
});

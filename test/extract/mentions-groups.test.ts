// Non-state parties (groups.json) and the document layer (follow-references): our own phrasings.
import { describe, expect, it } from "vitest";
import { ArmsDocument } from "../../src/core/document.js";
import { findMentions, recogniseMentions } from "../../src/extract/recognise-mentions.js";

const parties = (text: string) => findMentions(text).filter((m) => m.kind === "state").map((m) => `${text.slice(m.span.start, m.span.end)}=${m.entity}`);

/** Runs the stage over sentences (one a line) and lists the state-kind mentions. */
function resolved(text: string): string[] {
  const doc = new ArmsDocument("test", new Uint8Array(), { id: "test" });
  doc.text = text;
  let at = 0;
  for (const line of text.split("\n")) {
    doc.sentences.push({ span: { start: at, end: at + line.length }, segment: 0, headline: false });
    at += line.length + 1;
  }
  recogniseMentions()(doc);
  return doc.mentions.filter((m) => m.kind === "state").map((m) => `${doc.slice(m.span)}=${m.entity}`);
}

describe("groups as parties", () => {
  it.each([
    ["Tehran has kept arming Yemen's Houthis with cruise missiles.", ["Tehran=IRN", "Yemen's Houthis=YEM-HOUTHIS"]],
    ["Yemeni Houthi fighters unveiled a new drone.", ["Yemeni Houthi=YEM-HOUTHIS"]],
    ["Ansar Allah received rocket parts by sea.", ["Ansar Allah=YEM-HOUTHIS"]],
    ["Yemen's Iran-aligned Houthi movement got the engines.", ["Iran=IRN", "Houthi movement=YEM-HOUTHIS"]],
  ])("the Houthis, and never Yemen beside them: %s", (text, want) => expect(parties(text)).toEqual(want));

  it.each([
    ["Abu Dhabi is accused of flying rifles to Sudan's paramilitary Rapid Support Forces.", ["Abu Dhabi=ARE", "Sudan's paramilitary Rapid Support Forces=SDN-RSF"]],
    ["The RSF got armoured trucks last spring.", ["RSF=SDN-RSF"]],
    ["Pyongyang sold rockets to Russia's Wagner private military company.", ["Pyongyang=PRK", "Russia's Wagner private military company=RUS-WAGNER"]],
    ["Africa Corps instructors arrived in Bamako.", ["Africa Corps=RUS-AFRICA-CORPS", "Bamako=MLI"]],
    ["Kataib Hezbollah, unlike Hezbollah, fired Iranian rockets.", ["Kataib Hezbollah=IRQ-KATAIB-HEZBOLLAH", "Hezbollah=LBN-HEZBOLLAH", "Iranian=IRN"]],
    ["Hamas and Palestinian Islamic Jihad stockpiled rockets.", ["Hamas=PSE-HAMAS", "Palestinian Islamic Jihad=PSE-ISLAMIC-JIHAD"]],
  ])("other groups by their ISO3-NAME code: %s", (text, want) => expect(parties(text)).toEqual(want));

  it.each([
    ["The dhow was sailing to Yemen for the Houthi rebels.", ["Houthi=YEM-HOUTHIS"]],
    ["Crates of rifles landed in Lebanon, meant for Hezbollah.", ["Hezbollah=LBN-HEZBOLLAH"]],
    ["Trucks drove into Sudan to resupply the Rapid Support Forces.", ["Rapid Support Forces=SDN-RSF"]],
  ])("a home state named as the place beside its group is no party: %s", (text, want) => expect(parties(text)).toEqual(want));

  it.each([
    ["The EU will send a million shells to Ukraine.", ["EU=EU", "Ukraine=UKR"]],
    ["Ukraine received 300,000 rounds from the EU.", ["Ukraine=UKR", "EU=EU"]],
    ["The EU's military aid to Ukraine grew again.", ["EU=EU", "Ukraine=UKR"]],
  ])("the EU is a party where it gives as a body: %s", (text, want) => expect(parties(text)).toEqual(want));

  it("the EU that only speaks stays a body", () => {
    expect(findMentions("The EU said Russia gets drones from Iran.").map((m) => `${m.kind}:${m.entity}`)).toEqual(["body:eu", "state:RUS", "state:IRN"]);
  });

  it("a home state apart from its group stays a party", () => {
    expect(parties("Yemen protested, and the Houthis answered.")).toEqual(["Yemen=YEM", "Houthis=YEM-HOUTHIS"]);
  });
});

describe("the document layer", () => {
  it.each([
    ["Iran has shipped drones to Russia.\nThe country denies it.", "country=IRN"],
    ["Mali bought helicopters from Russia.\nThe impoverished Sahel nation also hired trainers.", "impoverished Sahel nation=MLI"],
    ["North Korea tested a missile.\nAnalysts say the isolated state now sells them.", "isolated state=PRK"],
    ["Pakistan took delivery of six Chinese fighter jets.\nOfficers of the country's air force flew them in.", "country=PAK"],
  ])("a state description names the party in focus: %s", (text, want) => expect(resolved(text)).toContain(want));

  it.each([
    ["Iran sent dhows full of rifles to the Houthis.\nTehran denies arming the rebels.", "rebels=YEM-HOUTHIS"],
    ["The UAE is said to supply the Rapid Support Forces.\nThe paramilitaries deny it.", "paramilitaries=SDN-RSF"],
    ["Pyongyang sold rockets to the Wagner Group.\nThe mercenaries used them in Bakhmut.", "mercenaries=RUS-WAGNER"],
  ])("a group description names the group last named: %s", (text, want) => expect(resolved(text)).toContain(want));

  it.each([
    ["North Korea sent shells to Russia.\nPyongyang's partner paid in oil.", "partner=RUS"],
    ["Russia buys drones from Iran.\nMoscow's supplier denies it.", "supplier=IRN"],
    ["Belarus lets Russia station troops.\nMinsk's ally pays for it.", "ally=RUS"],
  ])("a state's partner is the other party in focus: %s", (text, want) => expect(resolved(text)).toContain(want));

  it.each([
    "Pariah states trade shells with each other.",
    "The country that buys them is not named.",
    "A third country will deliver the shells, the regime said.",
  ])("a description with nothing named before it gives nothing: %s", (text) => expect(resolved(text)).toEqual([]));

  it("a third country or the same nation is no reference", () => {
    expect(resolved("Germany will pay.\nA deal with the same country and with a third country follows.")).toEqual(["Germany=DEU"]);
  });
});

// Kinds of period and certainty misses seen across the dev sets, each with phrasings of our own (SCHEMA.md, "Periods",
// "Certainty"): a credit after a comma that a further clause follows; a judging verb that closes the sentence but for a phrase restating the figure; a conversion
// told with a modal ("that would be enough to hold ..."); a date that opens the sentence and frames the saying of a
// transfer dated within it; a listing of a package dated before, with a running-total word in its sentence; a promise in a relative clause
// (with a helper, a recipient or no "that") describing goods handed over; a count "since the winter"; years
// written out as a span ("covering 2021 to 2027", "between now and 2029").
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

function claims(text: string, published = "2024-06-14"): Claim[] {
  const bytes = new TextEncoder().encode(text);
  return processDocument({ path: "slots-kinds.txt", bytes, meta: { id: "slots-kinds", published, outlet: "Test Wire" } }).claims;
}

const find = (cs: readonly Claim[], supplier: string, item: string) => cs.find((c) => c.supplier === supplier && c.item === item);

describe("a credit after a comma weighs the sentence though a further clause follows it", () => {
  it.each([
    ["Turkey delivered 20 drones to Kenya in March, according to estimates by Kenyan analysts, as the two sides deepened their ties.", "TUR", "drones"],
    ["Spain sold 12 jets to Chile last year, according to assessments by analysts, while Peru bought none.", "ESP", "aircraft"],
    ["India shipped 500 tonnes of wheat to Egypt in April, according to estimates from trade groups, though the figures remain provisional.", "IND", "food"],
  ])("%s", (text, supplier, item) => {
    expect(find(claims(text), supplier, item)?.certainty).toBe("believed");
  });
});

describe("a judging verb closing the sentence but for a phrase that restates the figure", () => {
  it.each([
    ["Iraq supplied about 30 percent of Jordan's oil imports in May, the consultancy PetroView estimated, or roughly 40,000 barrels a day.", "IRQ", "oil-fuel"],
    ["Serbia sold about 500 rifles to Ghana last year, one arms researcher calculated, most of them surplus.", "SRB", "weapons-unspecified"],
    ["Brazil shipped 2 million tonnes of wheat to China in April, trade analysts reckoned, a record for the month.", "BRA", "food"],
  ])("%s", (text, supplier, item) => {
    expect(find(claims(text), supplier, item)?.certainty).toBe("believed");
  });
});

describe("a conversion told with a modal ('would be enough to hold') is an estimate, not a plan", () => {
  it.each([
    "North Korea sent 5,000 containers to Russia last year. By one analyst's count, that would be enough to hold two million artillery shells.",
    "North Korea sent 5,000 containers to Russia last year. Those boxes could be enough to hold about two million artillery shells, the analyst said.",
    "North Korea sent 5,000 containers to Russia last year. At that rate, the shipments might be enough to carry some two million artillery shells.",
  ])("%s", (text) => {
    const c = claims(text).find((x) => x.supplier === "PRK" && x.item === "artillery-ammunition" && x.quantity);
    expect(c?.certainty).toBe("believed");
  });
});

describe("a date that opens the sentence frames the saying; a date inside what is said dates the transfer", () => {
  it.each([
    ["On Monday, the Kenyan defence minister said that Turkey had delivered 20 drones to Kenya in March.", "TUR", "drones", "2024-03"],
    ["On 3 May, Peru's foreign minister, who leads the talks, told reporters that Chile had sold 8 jets to Peru during 2023.", "CHL", "aircraft", "2023"],
    ["On Tuesday, the ministry put a figure on it: 400 trucks have gone from Belarus to Russia since January.", "BLR", "armoured-vehicles", "2024-01"],
  ])("%s", (text, supplier, item, start) => {
    expect(find(claims(text), supplier, item)?.period?.start).toBe(start);
  });
});

describe("a package listed after its dated announcement keeps that date, though its sentence has a running-total word", () => {
  it.each([
    ["Spain on Monday announced a $200 million aid package for Ukraine. The package includes 20 armoured vehicles, and officials said some of them were already on their way.", "ESP", "armoured-vehicles"],
    ["Norway on Monday unveiled a $90 million weapons package for Ukraine. The package contains 12 howitzers, some of them already delivered, officials said.", "NOR", "artillery-systems"],
    ["Canada on Monday announced a $50 million aid package for Ukraine. The package includes 400 drones, some of which have already arrived.", "CAN", "drones"],
  ])("%s", (text, supplier, item) => {
    expect(find(claims(text), supplier, item)?.period?.start).toBe("2024-06-10");
  });
});

describe("a wish or promise that describes the thing, while another verb tells the transfer, weighs nothing", () => {
  it.each([
    ["The 24 jets promised by Denmark have all been delivered to Ukraine, the ministry said.", "DNK", "aircraft"],
    ["Minsk says the final 30 trucks promised by Belarus were handed over to Russia in May.", "BLR", "armoured-vehicles"],
    ["Beijing has been passing on technology that Tehran sought, including drone engines, the minister said.", "CHN", "raw-materials"],
  ])("%s", (text, supplier, item) => {
    expect(find(claims(text), supplier, item)?.certainty).toBe("asserted");
  });
});

describe("a transfer not yet made is pending (possible), not denied", () => {
  it.each([
    ["The 40 howitzers Spain bought for Ukraine have not yet been delivered.", "ESP", "artillery-systems"],
    ["Germany has not yet sent the 20 tanks it pledged to Ukraine.", "DEU", "armoured-vehicles"],
    ["Italy hasn't yet shipped the 12 jets it sold to Egypt.", "ITA", "aircraft"],
  ])("%s", (text, supplier, item) => {
    expect(find(claims(text), supplier, item)?.certainty).toBe("possible");
  });
  it("a plain negation stays a denial", () => {
    expect(find(claims("Germany has not sent any tanks to Ukraine."), "DEU", "armoured-vehicles")?.certainty).toBe("denied");
  });
});

describe("a promise told in a relative clause with a helper, a recipient or no 'that', while the goods are handed over or there, weighs nothing", () => {
  it.each([
    ["The last of the 18 howitzers that Portugal had promised were delivered to Moldova in May.", "PRT", "artillery-systems", "asserted"],
    ["All of the 24 jets that Denmark pledged to Ukraine have now been handed over, the ministry said.", "DNK", "aircraft", "asserted"],
    ["The 40 trucks Minsk had pledged to Moscow have already arrived, the ministry said.", "BLR", "armoured-vehicles", "asserted"],
    ["About 300 of the soldiers Pyongyang promised Moscow are thought to have reached Russia, the agency said.", "PRK", "troops", "believed"],
  ])("%s", (text, supplier, item, certainty) => {
    expect(find(claims(text), supplier, item)?.certainty).toBe(certainty);
  });
  it.each([
    ["Kyiv is still waiting for the 20 tanks that Norway pledged to send.", "NOR", "armoured-vehicles"],
    ["Moscow says Iran promised 40 jets to Russia.", "IRN", "aircraft"],
  ])("a promise to act, or one a speaker tells, stays possible: %s", (text, supplier, item) => {
    expect(find(claims(text), supplier, item)?.certainty).toBe("possible");
  });
});

describe("'since the winter', 'since autumn': a count from the last such season", () => {
  it.each([
    ["Ghana has received some 20 armoured vehicles from Turkey since the winter, the ministry said.", "TUR", "armoured-vehicles", "2023-12"],
    ["Serbia has sold about 300 rifles to Ghana since the spring.", "SRB", "weapons-unspecified", "2024-03"],
    ["Sweden has shipped 40 howitzers to Ukraine since autumn.", "SWE", "artillery-systems", "2023-09"],
  ])("%s", (text, supplier, item, start) => {
    expect(find(claims(text), supplier, item)?.period?.start).toBe(start);
  });
});

describe("years written out as a span ('covering 2021 to 2027') or from the report on ('between now and 2029')", () => {
  it.each([
    ["Japan sends the Philippines 12 patrol boats a year under a pact covering 2021 to 2027.", "JPN", "naval", "2021"],
    ["Canada sends Jordan 40 armoured vehicles a year under an accord spanning the years 2022 through 2026.", "CAN", "armoured-vehicles", "2022"],
    ["Spain will hand Ukraine 20 jets between now and 2029.", "ESP", "aircraft", "2024"],
    ["Italy will deliver 30 howitzers to Kenya between now and the end of 2027, the minister said.", "ITA", "artillery-systems", "2024"],
  ])("%s", (text, supplier, item, start) => {
    expect(find(claims(text), supplier, item)?.period?.start).toBe(start);
  });
});

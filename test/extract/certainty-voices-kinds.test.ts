// Kinds of certainty carried by the voice that tells a transfer (SCHEMA.md, "Certainty"), each shown by phrasings of our
// own: a state's news agency that reports the news passes it on; an adverb between a verb of intent and its "to" leaves
// the plan a plan; an arrival expected past a long subject is still ahead; what a source thinks is its belief; what a
// source has not seen it doubts; the worth of a deal told before keeps the deal's certainty; the press that reports what
// others told it, citing them, passes it on.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-voices.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-voices", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

function expectCertainty(page: string, supplier: string, recipient: string, certainty: string) {
  expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty }));
}

describe("a state news agency that reports the news passes it on", () => {
  it.each([
    ["Iran took delivery of four Russian Mi-28 helicopters in March, the state news agency IRNA reported.", "RUS", "IRN"],
    ["Tasnim reported on 4 May that Iran had received a first batch of Yak-130 trainers from Russia.", "RUS", "IRN"],
    ["Belarus received two more Su-30SM2 fighters from Russia last week, BelTA reported.", "RUS", "BLR"],
  ])("%s", (page, supplier, recipient) => expectCertainty(page, supplier, recipient, "reported"));

  it("the agency's own word for its state stays its state's", () => {
    expectCertainty("KCNA said North Korea has sent no weapons to Russia.", "PRK", "RUS", "denied");
  });
});

describe("an adverb between a verb of intent and its 'to' leaves the transfer planned", () => {
  it.each([
    ["Poland intends eventually to buy as many as 500 tanks from South Korea.", "KOR", "POL"],
    ["Oslo plans initially to send 20 howitzers to Kyiv.", "NOR", "UKR"],
    ["Rome hopes ultimately to sell 12 frigates to Jakarta.", "ITA", "IDN"],
    ["Norway has decided finally to send 8 tanks to Ukraine.", "NOR", "UKR"],
  ])("%s", (page, supplier, recipient) => expectCertainty(page, supplier, recipient, "possible"));
});

describe("an arrival expected past a long subject is still ahead", () => {
  it.each([
    ["Norway's army said it expects the first six new Leopard tanks from Germany to arrive before the end of the summer.", "DEU", "NOR"],
    ["Finland's army said it expects the first eight new K9 howitzers from South Korea to arrive before the end of the year.", "KOR", "FIN"],
    ["Taiwan's defence ministry said it expects the first 29 new Abrams tanks from the United States to arrive before the end of the year.", "USA", "TWN"],
    ["Lithuania's army said it expects the first four new IRIS-T launchers from Germany to arrive before the end of the spring.", "DEU", "LTU"],
  ])("%s", (page, supplier, recipient) => expectCertainty(page, supplier, recipient, "possible"));
});

describe("what a source thinks is its belief", () => {
  it.each([
    ["Seoul's spy agency thinks about 3,000 North Korean troops were sent to Russia in August.", "PRK", "RUS"],
    ["The Pentagon thinks Iran shipped about 200 missiles to Russia over the summer.", "IRN", "RUS"],
    ["Kyiv's military intelligence thinks Belarus sent 50 tanks to Russia last year.", "BLR", "RUS"],
  ])("%s", (page, supplier, recipient) => expectCertainty(page, supplier, recipient, "believed"));
});

describe("what a source has not seen it doubts", () => {
  it.each([
    ["We have not seen Beijing supplying tanks to Moscow, the spokesman said.", "CHN", "RUS"],
    ["Washington hasn't seen any Chinese howitzers sent to Russia, Kirby said.", "CHN", "RUS"],
    ["The ministry said it had not yet seen Iranian missiles delivered to Russia.", "IRN", "RUS"],
  ])("%s", (page, supplier, recipient) => expectCertainty(page, supplier, recipient, "doubted"));
});

describe("a deal's worth, told after the deal, keeps the deal's certainty", () => {
  it.each([
    ["Romania will buy 54 Abrams tanks from the United States under a deal announced on Friday. The deal is worth about 1 billion dollars.", "ROU", "USA"],
    ["Peru is set to purchase 24 Gripen fighters from Sweden in a new contract. The contract is valued at 2 billion dollars.", "PER", "SWE"],
    ["Indonesia plans to buy 42 Rafale jets from France under a deal. The deal is worth 8 billion dollars.", "IDN", "FRA"],
    ["Spain will buy 20 Leopard tanks from Germany under an agreement reached on Friday. The deal is worth 300 million euros.", "ESP", "DEU"],
  ])("%s", (page, supplier, recipient) => {
    const doc = processDocument({ path: "certainty-voices.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-voices", outlet: "Test Wire", published: "2024-06-14" } });
    expect(doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty }))).toContainEqual({ supplier, recipient, item: "money", certainty: "possible" });
  });
});

describe("the press that reports what others told it, citing them, passes it on", () => {
  it.each([
    ["About 2,000 North Korean troops have already arrived in Russia, Yonhap News Agency reported, citing the National Intelligence Service.", "PRK", "RUS"],
    ["Italy has quietly shipped a third air-defence system to Ukraine, the daily Corriere reported on Monday, citing the Italian defence ministry.", "ITA", "UKR"],
    ["Germany sent 12 more Leopard tanks to Ukraine last week, the newspaper Bild wrote, citing the German defence ministry.", "DEU", "UKR"],
    ["Spain sent six Hawk launchers to Ukraine in May, Reuters reported, citing the Spanish defence ministry.", "ESP", "UKR"],
  ])("%s", (page, supplier, recipient) => expectCertainty(page, supplier, recipient, "reported"));

  it("a body that gives a reason by citing keeps its own word", () => {
    expectCertainty("Finland will deliver no further guns to Ukraine this year, its defence ministry said on Wednesday, citing its own needs.", "FIN", "UKR", "denied");
  });
});

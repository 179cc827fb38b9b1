// Kinds of false claims seen over several development sets: goods named only as what is talked about or kept from
// view ("kept the contents of its aid packages secret", "the pace of the aid", "whenever an aid package is debated"),
// read as a transfer of the parties told before or named beside them. Each is shown by phrasings of our own, with near
// twins that must keep their claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "topic-goods.txt", bytes: new TextEncoder().encode(page), meta: { id: "topic-goods", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, evidence: c.evidence.text }));
}

/** The claims whose evidence is the page's second sentence. */
const ofSecond = (page: string, second: string) => claimsOf(page).filter((c) => c.evidence === second);

describe("goods named as a topic of talk or record tell no transfer", () => {
  it.each([
    ["Norway sent Ukraine six fighter jets last year, the ministry said.", "Oslo has been among the states most reluctant to publish the details of its arms aid."],
    ["Spain has given Ukraine Hawk launchers.", "Madrid keeps the contents of its military aid packages secret, officials said."],
    ["Canada pledged more armoured trucks to Ukraine.", "Kyiv has complained about the pace of Canadian aid."],
    ["Norway sent Ukraine six fighter jets last year, the ministry said.", "Posts like this tend to return whenever a new aid package is debated in parliament."],
    ["Sweden gave Ukraine 40 armoured vehicles.", "Our next podcast looks at how an aid package is costed."],
    ["Denmark sent Ukraine 19 jets.", "The new Danish aid package was discussed in parliament on Tuesday."],
  ])("no claim of the second sentence: %s %s", (first, second) => {
    expect(ofSecond(`${first} ${second}`, second)).toEqual([]);
  });

  it.each([
    ["Norway sent Ukraine six fighter jets last year.", "Officials complained about the pace of deliveries of shells to Ukraine by Norway.", "NOR", "UKR", "artillery-ammunition"],
    ["Denmark sent Ukraine 19 jets.", "Denmark's aid package of 40 tanks for Ukraine was debated in parliament on Tuesday.", "DNK", "UKR", "armoured-vehicles"],
    ["Sweden gave Ukraine 40 armoured vehicles.", "The details of the package were published on Monday: Sweden will also send Ukraine 20 howitzers.", "SWE", "UKR", "artillery-systems"],
    ["Latvia tracks the war closely.", "Its army published a breakdown of the Iranian drones shipped to Russia.", "IRN", "RUS", "drones"],
    ["Poland watches the border.", "Warsaw gave the details of Belarusian fuel sent to Russia last winter.", "BLR", "RUS", "oil-fuel"],
    ["Estonia briefed its allies.", "Tallinn released the specifics of the North Korean rockets delivered to Russia.", "PRK", "RUS", "artillery-ammunition"],
  ])("a noun of moving, a participle of moving after the goods, a figure, or goods told on their own keep the claim: %s %s", (first, second, supplier, recipient, item) => {
    expect(ofSecond(`${first} ${second}`, second)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });
});

// Who gives and who gets, by the kind of phrase that names them: nouns of one who gives ("supplier"),
// asides of what is left out, askers of goods, accusers, speakers inside a relative clause, and the
// same claim told in other shapes. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "kind supplier recipient item" for each claim of `text`. */
function claims(text: string): string[] {
  const doc = processDocument({ path: "kinds.txt", bytes: new TextEncoder().encode(text), meta: { id: "kinds", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.map((c) => [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

const none = (text: string, state: string) => expect(claims(text).filter((c) => c.split(" ").slice(1, 3).includes(state))).toEqual([]);

describe("a noun of one who gives names the giver it describes", () => {
  it.each([
    ["The war has made Turkey a major supplier of drones for Azerbaijan.", "transfer TUR AZE drones"],
    ["The conflict turned Seoul into a bigger supplier of artillery shells for Poland than all of its allies.", "transfer KOR POL artillery-ammunition"],
    ["Spain has remained the biggest supplier of oil to Morocco in May.", "transfer ESP MAR oil-fuel"],
    ["Peru bought jets from Italy. Officials say Peru is seeking to distance itself from China as an arms supplier.", "transfer CHN PER weapons-unspecified"],
    ["Algeria wants to move away from Moscow as its main arms supplier.", "transfer RUS DZA weapons-unspecified"],
    ["Kenya is trying to wean itself off Russia as a supplier of wheat.", "transfer RUS KEN food"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    ["Before the war, Indonesia imported little Russian oil, with Oman being the largest supplier, followed by Qatar and Kuwait.", ["transfer OMN IDN oil-fuel", "transfer QAT IDN oil-fuel", "transfer KWT IDN oil-fuel"]],
    ["Last year Chile bought most of its rifles from Israel, with Serbia being the second supplier.", ["transfer SRB CHL weapons-unspecified"]],
    ["In 2022 Egypt imported most of its wheat from Russia, with Ukraine being the next supplier, followed by Romania.", ["transfer UKR EGY food", "transfer ROU EGY food"]],
  ])("a ranking after the goods: %s", (text, want) => expect(claims(text)).toEqual(expect.arrayContaining(want)));

  it.each([
    ["Algeria wants to move away from Moscow as its main arms supplier.", "transfer DZA"],
    ["Peru bought jets from Italy. Officials say Peru is seeking to distance itself from China as an arms supplier.", "transfer ITA PER weapons-unspecified"],
  ])("the one who turns away does not give: %s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));
});

describe("an aside of what is left out names no party and no goods", () => {
  it.each([
    ["Last month, Spanish Defence Minister Ana Ruiz announced a €300 million package of aid for Ukraine, excluding its support for the Polish ammunition initiative.", "POL"],
    ["Norway pledged 2 billion dollars in military aid to Ukraine, not counting its contribution to the Danish jet initiative.", "DNK"],
    ["Canada announced new military aid for Ukraine, apart from its funding of the Dutch drone coalition.", "NLD"],
  ])("%s", (text, state) => none(text, state));

  it.each([
    ["Last month, Spanish Defence Minister Ana Ruiz announced a €300 million package of aid for Ukraine, excluding its support for the Polish ammunition initiative.", "transfer ESP UKR weapons-unspecified"],
    ["Norway pledged 2 billion dollars in military aid to Ukraine, not counting its contribution to the Danish jet initiative.", "transfer NOR UKR weapons-unspecified"],
    ["Canada announced new military aid for Ukraine, apart from its funding of the Dutch drone coalition.", "transfer CAN UKR weapons-unspecified"],
  ])("the giver stays: %s", (text, want) => expect(claims(text)).toContain(want));

  it("goods named in the aside do not move", () => {
    expect(claims("Last month, Spanish Defence Minister Ana Ruiz announced a €300 million package of aid for Ukraine, excluding its support for the Polish ammunition initiative.").some((c) => c.endsWith(" ammunition"))).toBe(false);
    expect(claims("Canada announced new military aid for Ukraine, apart from its funding of the Dutch drone coalition.").some((c) => c.endsWith(" drones"))).toBe(false);
  });
});

describe("who asked for the goods gets them", () => {
  it.each([
    ["France sent guns to Kyiv. Five howitzers requested by Ukraine are to be delivered before winter.", "transfer FRA UKR artillery-systems"],
    ["Romania is arming Moldova. Four radars requested by Moldova will be delivered next month.", "transfer ROU MDA weapons-unspecified"],
    ["Italy supplies Peru. The two frigates ordered by Peru were delivered in June.", "transfer ITA PER naval"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    ["France sent guns to Kyiv. Five howitzers requested by Ukraine are to be delivered before winter.", "transfer UKR"],
    ["Romania is arming Moldova. Four radars requested by Moldova will be delivered next month.", "transfer MDA"],
    ["Italy supplies Peru. The two frigates ordered by Peru were delivered in June.", "transfer PER"],
  ])("the asker gives nothing: %s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));
});

describe("an accuser is no giver; the accused is", () => {
  it.each([
    ["Britain accused the companies of transporting drones to Russia.", "GBR"],
    ["Canada condemned the brokers for selling rifles to Sudan.", "CAN"],
    ["Japan blamed the traders for shipping missiles to Iran.", "JPN"],
  ])("%s", (text, state) => none(text, state));

  it.each([
    ["On Friday, Canada put sanctions on two Cuban and Russian shipping firms after Foreign Minister Anna Moss accused the firms of transporting rockets to Sudan.", ["CAN", "RUS", "CUB"]],
    ["Norway fined two Chilean shipping firms after its minister accused the firms of carrying rifles to Peru.", ["NOR", "CHL"]],
    ["Mexico sanctioned Cuban shipping lines after officials accused the carriers of sending drones to Haiti.", ["MEX", "CUB"]],
  ])("a state in a word of the trade or before the accuser gives nothing: %s", (text, states) => {
    for (const s of states) none(text, s);
  });

  it.each([
    ["Britain accused Iran of transporting drones to Russia.", "transfer IRN RUS drones"],
    ["Canada condemned Belarus for selling rifles to Sudan.", "transfer BLR SDN weapons-unspecified"],
    ["Japan blamed North Korea for shipping missiles to Iran.", "transfer PRK IRN missiles-other"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("states that say something inside a relative clause are no parties", () => {
  it.each([
    ["Russia has sent instructors to Mali, personnel that France and Britain say are mercenaries.", ["FRA", "GBR"]],
    ["Iran shipped drones to Sudan, weapons that Egypt says were assembled in Tehran.", ["EGY"]],
    ["Belarus supplied trucks to Russia, vehicles that Poland and Lithuania say carry troops.", ["POL", "LTU"]],
  ])("%s", (text, states) => {
    for (const s of states) none(text, s);
  });
});

describe("a mover that brings goods of another origin to its own side receives them", () => {
  it.each([
    ["Chilean boats have been transporting large amounts of Peruvian-made ammunition across the lake to resupply Chilean troops fighting in Bolivia.", "transfer PER CHL ammunition"],
    ["Russian trains are carrying Belarusian-made shells to Russian units in Ukraine.", "transfer BLR RUS artillery-ammunition"],
    ["Serbian trucks have been moving Hungarian-made rifles to the Serbian army.", "transfer HUN SRB weapons-unspecified"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("a ship named by its flag is a vessel, not a giver: the flow told before goes on", () => {
  it.each([
    ["Last week Peru sent rifles to Chile via the lake. According to the report, the cargo boats have moved 3,000 rifles from Peru to Chile. The most recent shipment, which left on 8 May, was loaded onto a 200-foot Chilean ship Santa Rosa. The report claims that the ship carried 300 rifles.", "transfer PER CHL weapons-unspecified"],
    ["Last year Iran sent drones to Russia. The cargo went on an old Russian ship called Volga. The ship carried 400 drones.", "transfer IRN RUS drones"],
    ["Belarus has sold shells to Serbia. The last load left on a Serbian ship Morava in May. The ship carried 2,000 shells.", "transfer BLR SRB artillery-ammunition"],
  ])("%s", (text, want) => {
    expect(claims(text)).toContain(want);
    const [, giver, getter] = want.split(" ");
    expect(claims(text).some((c) => c.startsWith(`transfer ${getter} ${giver}`))).toBe(false);
  });

  it.each([
    ["The US ships oil to Japan.", "transfer USA JPN oil-fuel"],
    ["Iran ships drones to Russia.", "transfer IRN RUS drones"],
    ["North Korea ships shells to Russia by rail.", "transfer PRK RUS artillery-ammunition"],
  ])("a state that ships still gives: %s", (text, want) => expect(claims(text)).toContain(want));
});

describe("who uses the goods elsewhere in the sentence did not give them", () => {
  it.each([
    ["In December, Kenya also purchased three Bayraktar drones, a type that gained fame through its use by the Ukrainian army against Russian forces.", "UKR"],
    ["Turkey sells drones abroad. In May, Chad bought two Akinci drones, a type made famous by its use by the Azerbaijani army.", "AZE"],
    ["Peru bought six Kamov helicopters, the model that grew popular after its use by Indian forces.", "IND"],
  ])("%s", (text, state) => none(text, state));
});

describe("the same claim in other shapes (metamorphic)", () => {
  const shapes = (active: string, passive: string, relative: string, purpose: string) => [active, passive, relative, purpose];
  it.each([
    ["transfer CHL PER weapons-unspecified", shapes("Chile supplied 40 rifles to Peru.", "40 rifles were supplied to Peru by Chile.", "Chile, which signed a defence pact last year, supplied 40 rifles to Peru.", "Chile supplied 40 rifles to Peru for use in its war against Bolivia.")],
    ["transfer IRN RUS drones", shapes("Iran shipped 300 drones to Russia.", "300 drones were shipped to Russia by Iran.", "Iran, which denies any role, shipped 300 drones to Russia.", "Iran shipped 300 drones to Russia for use in its war against Ukraine.")],
    ["transfer PRK RUS artillery-ammunition", shapes("North Korea delivered a million shells to Russia.", "A million shells were delivered to Russia by North Korea.", "North Korea, which is under sanctions, delivered a million shells to Russia.", "North Korea delivered a million shells to Russia for use in its war against Ukraine.")],
  ])("%s", (want, texts) => {
    for (const text of texts) expect(claims(text), text).toContain(want);
  });
});

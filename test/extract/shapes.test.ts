// Claim shapes without a transfer verb (src/extract/claims/shapes/*, frames in src/knowledge/shapes.json)
// and production shapes, run through the whole pipeline over short texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "kind supplier recipient item quantity certainty" for each claim of `text`. */
function claims(text: string): string[] {
  const doc = processDocument({ path: "shape.txt", bytes: new TextEncoder().encode(text), meta: { id: "shape", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.map((c) => [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity ? `${c.quantity.value ?? c.quantity.min ?? c.quantity.max}${c.quantity.unit}` : "-"].join(" "));
}

describe("packages: the contents of an announced package are transfers", () => {
  it.each([
    ["Canada announced a new military aid package for Ukraine on Monday. The package includes 40 armoured vehicles.", "transfer CAN UKR armoured-vehicles 40vehicles"],
    ["Norway unveiled a fresh aid package for Ukraine. Also in the tranche are:\n-- 12,000 rounds of 155mm artillery ammunition.\n-- 8 howitzers.", "transfer NOR UKR artillery-systems 8systems"],
    ["The Netherlands pledged a support package to Ukraine last week. Capabilities in the package include air defence missiles.", "transfer NLD UKR missiles-other -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it("each line of a listed package is its own claim", () => {
    const got = claims("Norway unveiled a fresh aid package for Ukraine. Also in the tranche are:\n-- 12,000 rounds of 155mm artillery ammunition.\n-- 8 howitzers.");
    expect(got).toContain("transfer NOR UKR artillery-ammunition 12000rounds");
  });

  it("a package whose parties the text never names carries no claim", () => {
    expect(claims("The package includes 40 armoured vehicles.")).toEqual([]);
  });
});

describe("inventories: what a state inducts or holds came from its origin", () => {
  it.each([
    ["Egypt commissioned four French Rafale fighter jets into its air force.", "transfer FRA EGY aircraft 4aircraft"],
    ["The Indonesian navy inducted two Italian frigates last month.", "transfer ITA IDN naval 2items"],
    ["Serbia possesses six Chinese combat drones.", "transfer CHN SRB drones 6drones"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("origin: a thing's origin tells that it moved", () => {
  it.each([
    ["Iran keeps arming the Houthis. Investigators found Iranian-made cruise missiles on the seized boat.", "transfer IRN YEM-HOUTHIS missiles-other -"],
    ["Russia buys parts from China. Many machine tools in Russian factories were made in China.", "transfer CHN RUS dual-use-goods -"],
    ["North Korea has shipped shells to Russia. Ukrainian troops found North Korean-made shells near Kupiansk.", "transfer PRK RUS artillery-ammunition -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("presence: troops somewhere went there", () => {
  it.each([
    ["About 11,000 North Korean troops are stationed in the Kursk region.", "transfer PRK RUS troops 11000troops"],
    ["Russia keeps some 2,000 troops based in Belarus.", "transfer RUS BLR troops 2000troops"],
    ["Belarus says hundreds of Russian soldiers are now deployed in Belarus.", "transfer RUS BLR troops"],
  ])("%s", (text, want) => expect(claims(text).some((c) => c.startsWith(want))).toBe(true));

  it("a place named only as a visit names no party", () => {
    expect(claims("Kim visited Vladivostok, where he toured a tank factory.").filter((c) => c.startsWith("transfer"))).toEqual([]);
  });
});

describe("shares: a part of a flow is a percent of it", () => {
  it.each([
    ["About 70% of Russia's machine tools come from China.", "transfer CHN RUS dual-use-goods 70percent"],
    ["China supplies Russia with about 70% of its machine tools.", "transfer CHN RUS dual-use-goods 70percent"],
    ["Russian crude made up 35% of India's oil imports last year.", "transfer RUS IND oil-fuel 35percent"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("non-state parties", () => {
  it.each([
    ["The UAE has supplied drones to Sudan's Rapid Support Forces, investigators say.", "transfer ARE SDN-RSF drones -"],
    ["North Korea sold rockets to Russia's Wagner Group last year.", "transfer PRK RUS-WAGNER artillery-ammunition -"],
    ["Iran shipped rifles to Yemen for the Houthi rebels.", "transfer IRN YEM-HOUTHIS weapons-unspecified -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("production: a state's output, rising or falling, passive or not", () => {
  it.each([
    ["In 2024, more than 5,000 drones were assembled in Tatarstan.", "production RUS - drones 5000drones"],
    ["The howitzers produced by a state-owned firm in France are in demand.", "production FRA - artillery-systems -"],
    ["Production of 155mm shells doubled in the United States last year.", "production USA - artillery-ammunition -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    ["The rifles sent to Mali by Russia are manufactured by workers in Tula.", "production RUS - workers"],
    ["The drones sold to Russia are built by engineers in Iran.", "production IRN - workers"],
    ["Shells for Ukraine are produced by workers across Pennsylvania.", "production USA - workers"],
  ])("who makes a thing is not what is made: %s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));

  it.each([
    ["North Korea tested new launchers. Leader Kim praised progress in the production of new 240 mm rocket launchers.", "production PRK - artillery-systems -"],
    ["The localisation rate of output in Saudi Arabia's military industries rose to 24% last year.", "production SAU - weapons-unspecified 24percent"],
    ["Russia's factories make drones. Output of Geran drones fell in Russia in March.", "production RUS - drones -"],
  ])("production of, and industries named by their share: %s", (text, want) => expect(claims(text)).toContain(want));
});

describe("attack: arms told by what they hit came from their origin to their user", () => {
  it.each([
    ["Houthi fighters attacked Israel with Iranian cruise missiles on Sunday.", "transfer IRN YEM-HOUTHIS missiles-other -"],
    ["Russian forces have been striking Ukrainian cities with North Korean ballistic missiles.", "transfer PRK RUS ballistic-missiles -"],
    ["Russian troops are hitting Ukraine with Iranian drones.", "transfer IRN RUS drones -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    ["Russian troops are hitting Ukraine with Iranian drones.", "transfer RUS UKR"],
    ["Russian troops are hitting Ukraine with Iranian drones.", "transfer IRN RUS troops"],
    ["Azerbaijani forces shelled Armenia with Israeli howitzers.", "transfer AZE ARM"],
  ])("neither the one hit nor the attackers themselves are part of it: %s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));

  it("a strike with arms of no named origin tells nothing", () => {
    expect(claims("Russian forces struck Kyiv with drones overnight.")).toEqual([]);
  });
});

describe("using tells a transfer only where the origin of what is used is named", () => {
  it.each([
    "Tehran has shipped drones to Moscow. Moscow is expected to use the missiles against Kyiv within weeks.",
    "Tehran has shipped drones to Moscow. Russian personnel were trained in Iran on how to use the launchers.",
    "Tehran has shipped drones to Moscow. The Russian army will fire the new rockets from next week.",
  ])("%s", (text) => expect(claims(text)).toEqual(["transfer IRN RUS drones -"]));
});

describe("limits on the trade are no transfers", () => {
  it.each([
    "Under the sanctions regime, North Korea is allowed to import only 300,000 barrels of diesel from Russia each year.",
    "European companies are barred from selling drone engines to Russia.",
    "Under the deal, Iran is restricted to buying 40 Sukhoi jets from Russia.",
  ])("%s", (text) => expect(claims(text)).toEqual([]));

  it("a transfer beside a limit still counts", () => {
    expect(claims("Russia sent 2 million barrels of diesel to North Korea, well above the ceiling it is allowed to export.")).toContain("transfer RUS PRK oil-fuel 2000000barrels");
  });
});

describe("goods and the ones who hold them", () => {
  it.each([
    ["Belarus sent 20 wagons of shells to Russian troops near Bakhmut.", "transfer BLR RUS troops"],
    ["Chinese traders sold drone parts to Russian soldiers directly.", "transfer CHN RUS troops"],
    ["Most of the chips in Russian drones at the front were made in China.", "transfer CHN RUS drones"],
    ["The electronics in Russian missiles are made in China.", "transfer CHN RUS missiles-other"],
  ])("the receivers and holders are no goods: %s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));

  it.each([
    ["Satellite photos suggest Russia began shipping North Korean munitions by rail in September.", "transfer PRK RUS ammunition -"],
    ["Russian cargo vessels are moving Iranian drones across the Caspian.", "transfer IRN RUS drones -"],
    ["Moscow has been transporting North Korean rockets toward the front by train.", "transfer PRK RUS artillery-ammunition -"],
  ])("the mover of goods of another origin receives them: %s", (text, want) => expect(claims(text)).toContain(want));
});

describe("what a thing is equipped with is its make-up, not a transfer", () => {
  it.each([
    "Washington sold 40 tanks to Taiwan. The tanks are equipped with 120-millimeter guns and carry armour-piercing shells.",
    "Washington sold 40 tanks to Taiwan. Each battery is armed with 32 interceptor missiles.",
    "Washington sold 40 tanks to Taiwan. The frigates, fitted with naval guns and anti-ship missiles, will patrol the strait.",
  ])("%s", (text) => expect(claims(text)).toEqual(["transfer USA TWN armoured-vehicles 40vehicles"]));

  it("a state that equips another with arms still gives them", () => {
    expect(claims("Russia has equipped the Syrian army with new rockets.")).toContain("transfer RUS SYR artillery-ammunition -");
  });
});

describe("officials who themselves buy or sell stand for their state", () => {
  it.each([
    ["Indian defence officials are buying French Rafale jets.", "transfer FRA IND aircraft -"],
    ["Egyptian military officials bought Chinese drones last year.", "transfer CHN EGY drones -"],
    ["Polish officials have purchased South Korean howitzers.", "transfer KOR POL artillery-systems -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it("officials who only speak stay reporters", () => {
    expect(claims("US officials said Iran sent drones to Russia.")).toEqual(["transfer IRN RUS drones -"]);
  });
});

describe("a state that claims another in one phrase is no party", () => {
  it.each([
    ["Beijing condemned the sale of American jets to China's Taiwan region.", "transfer USA CHN"],
    ["Beijing criticised Japanese arms exports to China's Taiwan province.", "transfer JPN CHN"],
    ["Belgrade objected to US arms shipments to Serbia's Kosovo province.", "transfer USA SRB"],
  ])("%s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));
});

describe("supplier role: a state named as the supplier of goods gives them", () => {
  it.each([
    ["Russia remains India's largest arms supplier.", "transfer RUS IND weapons-unspecified -"],
    ["Kuwait was the third-biggest source of fuel oil for Pakistan in March.", "transfer KWT PAK oil-fuel -"],
    ["China became the main exporter of combat drones to Pakistan last year.", "transfer CHN PAK drones -"],
    ["Saudi Arabia is still a major seller of crude oil to Japan.", "transfer SAU JPN oil-fuel -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    "Russia is the source of the report on drone deliveries.",
    "The ministry said Iran was a reliable partner of Venezuela.",
    "A source close to the ministry of India said the talks went well.",
  ])("no goods, or no state as the supplier, no claim: %s", (text) => expect(claims(text)).toEqual([]));
});

describe("shares: the origin of goods before a noun of importing supplies them", () => {
  it.each([
    ["Iranian oil accounted for a third of Syria's fuel imports.", "transfer IRN SYR oil-fuel 33.3percent"],
    ["Russian crude made up 40% of India's oil imports in 2023.", "transfer RUS IND oil-fuel 40percent"],
    ["Kazakh oil made up 12% of China's crude imports in 2022.", "transfer KAZ CHN oil-fuel 12percent"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

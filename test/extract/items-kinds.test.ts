// The kind of a thing, by causes seen over many misses: a generic word of technology that serves a named
// programme or weapon, a generic word said of a named system, a model name after an article, people a
// state sends that are not called "troops", and families of systems the lexicon lacked. Each rule is
// shown by phrasings of our own (other states, other systems, other numbers).
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems, withPageFamily } from "../../src/extract/claims/find-items.js";
import { processDocument } from "../../src/pipeline.js";

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

/** The transfer claims of a one-paragraph page, as "SUPPLIER>RECIPIENT item", sorted. */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return [...new Set(doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item}`))].sort();
}

describe("a generic word of technology takes the kind of what it serves", () => {
  it.each([
    ["Moscow has given technical help for Iran's satellite programme, the minister said.", ["space-technology"]],
    ["Beijing supplied technical know-how for Tehran's ballistic missiles.", ["missile-technology"]],
    ["Russia sent technology to North Korea's nuclear weapons programme, Seoul said.", ["nuclear-technology"]],
    ["Minsk offered technological assistance, particularly in cruise missiles.", ["missile-technology"]],
    ["China gave Pakistan technology for its nuclear program.", ["nuclear-technology"]],
    ["Kyiv shared technical expertise with the missile programme of its partner.", ["missile-technology"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));

  it.each([
    ["Russia sent military technology to Iran.", ["military-technology"]],
    ["Tehran sought technology, money and oil.", ["military-technology", "money", "oil-fuel"]],
    ["Officials fear transfers of nuclear and missile technology to the regime.", ["nuclear-technology", "missile-technology"]],
  ] as [string, Item[]][])("stays what it is where it serves nothing named: %s", (text, items) => expect(itemsOf(text)).toEqual(items));

  it.each([
    ["Russia has been giving technical help for Iran's satellite programme, the minister said.", ["RUS>IRN space-technology"]],
    ["Beijing supplied technical know-how for Tehran's ballistic missiles, officials said.", ["CHN>IRN missile-technology"]],
    ["Moscow offered Pyongyang technological support in its missile programme.", ["RUS>PRK missile-technology"]],
  ])("one claim, of the served kind: %s", (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe("a generic word said of a named system is that system", () => {
  it.each([
    ["The Su-35 is the most advanced weapon Russia has sold to Iran.", ["RUS>IRN aircraft"]],
    ["The K2 is not the only weapons system Seoul has delivered to Poland.", ["KOR>POL armoured-vehicles"]],
    ["The Bayraktar TB2 was one of the first arms Turkey sent to Ukraine.", ["TUR>UKR drones"]],
  ])("%s", (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe("an article opens no proper name of a named system", () => {
  it.each([
    ["The HIMARS sent by Washington reached Kyiv in June.", ["USA>UKR artillery-systems"]],
    ["The F-16 jets promised by Oslo arrived in Ukraine.", ["NOR>UKR aircraft"]],
    ["This Gepard came from Germany to Ukraine last year.", ["DEU>UKR air-defence-systems"]],
  ])("%s", (text, claims) => expect(claimsOf(text)).toEqual(claims));
  it.each([
    ["Officials at Wuhan Global Sensor Technology declined to comment.", []],
    ["Delegates of the Global Technology Forum met in the city on a rainy day.", []],
  ] as [string, Item[]][])("a name stays a name: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("people a state sends, by other words than troops", () => {
  it.each([
    "military instructors",
    "military advisers",
    "military advisors",
    "Wagner operatives",
    "paratroopers",
    "special forces",
    "commandos",
    "peacekeepers",
    "sappers",
  ])("Moscow sent %s to Niger → troops", (words) => expect(itemsOf(`Moscow sent ${words} to Niger.`)).toEqual(["troops"]));
  it.each([
    ["Russia has sent military instructors to Burkina Faso, the junta said.", ["RUS>BFA troops"]],
    ["Belarus supplied military advisers to Venezuela last year.", ["BLR>VEN troops"]],
    ["Minsk has deployed paratroopers to Russia, officials said.", ["BLR>RUS troops"]],
    ["Russia sent 100 military instructors to Mali in May.", ["RUS>MLI troops"]],
  ])("%s", (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

describe("families the lexicon lacked", () => {
  const families: [Item, string[]][] = [
    ["space-technology", ["Unha-3 rockets", "Safir launch vehicles", "Soyuz rockets", "carrier rockets", "satellite launch vehicles", "Simorgh-2"]],
    ["artillery-systems", ["mortar systems", "heavy mortars", "Msta-S", "ATMOS howitzers", "Pinaka launchers", "RM-70", "Homar-K"]],
    ["artillery-ammunition", ["mortar ammunition", "Fajr-5 rockets", "rounds of artillery ammunition"]],
    ["ammunition", ["rounds of ammo", "rounds of small-arms ammunition", "C-4 explosives", "demolition charges", "Claymore mines"]],
    ["missiles-other", ["Carl Gustaf", "M72 LAW", "Panzerfaust 3", "RPG-7", "Stugna-P", "MILAN missiles", "Hellfire missiles", "Exocet missiles", "anti-aircraft missiles"]],
    ["drones", ["Heron drones", "Hermes 900", "ScanEagle", "Forpost", "Kargu-2", "Akinci drones", "quadcopters", "Mavic drones"]],
    ["aircraft", ["A-10 Warthogs", "AH-64 Apaches", "UH-60 Black Hawks", "CH-47 Chinooks", "NH90 helicopters", "Tu-22M3 bombers", "An-26", "L-39", "Super Tucano", "C-17 transport planes", "J-16 fighter jets"]],
    ["air-defence-systems", ["SPYDER", "Barak-8", "HQ-16", "Bavar-373", "Tunguska", "Rapier", "early-warning radars"]],
    ["armoured-vehicles", ["BMD-2", "MT-LB", "BRDM-2", "Boxer vehicles", "VAB", "M2 Bradley", "VT-4 tanks", "Merkava", "tank destroyers"]],
    ["naval", ["Type 214 submarines", "Gowind corvettes", "guided-missile frigates", "coast guard cutters"]],
    ["weapons-unspecified", ["counter-battery radars", "surveillance radars", "radar stations", "night-vision goggles", "thermal sights"]],
  ];
  for (const [item, names] of families) {
    it.each(names)(`Ankara delivered %s to Baku → ${item}`, (name) => expect(itemsOf(`Ankara delivered ${name} to Baku.`)).toEqual([item]));
  }

  it.each([
    ["The talks were held in Milan last week.", []],
    ["The Astros won the game in Houston.", []],
    ["Minister Fuchs met envoy Kozak in Vienna.", []],
    ["Analysts warned that the sanctions could do harm to the economy.", []],
    ["Arash and Samad flew to Dubai.", []],
    ["The systems also include radars and trucks.", ["weapons-unspecified"]],
  ] as [string, Item[]][])("names of places, teams and people are no systems: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("the page's missile family is asked only where a bare 'missiles' stands", () => {
  it.each([
    "Pyongyang sent 40 KN-25 launchers to Moscow.",
    "Tehran shipped Storm Shadow missiles? No: it shipped drones.",
    "Seoul delivered 200 Chunmoo rockets to Warsaw.",
  ])("%s", (text) => {
    const never = () => {
      throw new Error("asked");
    };
    const items = findItems(text).filter((i) => !/^missiles?$/i.test(i.text));
    expect(withPageFamily(items, never)).toEqual(items);
  });
  it("a bare 'missiles' gets the family the function gives", () => {
    const items = findItems("Minsk received the missiles from Moscow.");
    expect(withPageFamily(items, () => "ballistic-missiles").map((i) => i.item)).toEqual(["ballistic-missiles"]);
    expect(withPageFamily(items, () => null).map((i) => i.item)).toEqual(["missiles-other"]);
  });
});

describe("goods by families", () => {
  const families: [Item, string[]][] = [
    ["oil-fuel", ["Urals crude", "ESPO blend", "naphtha", "fuel oil", "heating oil", "LPG", "gas condensate", "mazut"]],
    ["raw-materials", ["rare earth metals", "titanium", "aluminium", "tungsten", "iron ore", "scrap metal", "ammonium nitrate"]],
    ["dual-use-goods", ["microchips", "integrated circuits", "microcontrollers", "transistors", "CNC machines", "navigation modules", "GNSS receivers"]],
  ];
  for (const [item, names] of families) {
    it.each(names)(`Minsk shipped %s to Tbilisi → ${item}`, (name) => expect(itemsOf(`Minsk shipped ${name} to Tbilisi.`)).toEqual([item]));
  }
  it("a mountain range is no oil grade", () => expect(itemsOf("The pipeline crosses the Urals before it reaches the coast.")).toEqual([]));
});

describe("a hyphenated 'missile-defence' system is air defence, not a missile", () => {
  it.each([
    ["Seoul will buy a missile-defence system from Washington next year.", "USA>KOR air-defence-systems"],
    ["Officials said Cairo had received two missile-defense batteries from Berlin.", "DEU>EGY air-defence-systems"],
    ["Tokyo agreed to sell its missile-defence systems to Manila, the ministry said.", "JPN>PHL air-defence-systems"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toContain(claim));
});

describe("helping a state build drones moves the know-how, not the drones", () => {
  it.each([
    ["Officials say Tehran has agreed to help Minsk build up to 3,000 drones a year.", "IRN>BLR military-technology"],
    ["Moscow is helping Pyongyang make Geran-type drones, the agency said.", "RUS>PRK military-technology"],
    ["Beijing agreed to help Tehran build about 2,000 long-range drones, two officials said.", "CHN>IRN military-technology"],
    ["Iran helped Venezuela produce its own attack drones, according to the report.", "IRN>VEN military-technology"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toEqual([claim]));
});

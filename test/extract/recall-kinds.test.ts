// Claims once missed entirely, each kind shown by phrasings of our own: verbs of giving by family
// (airlift, ferry, truck, shuttle, gift, resupply, pass on), workers "working in" a state.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "recall-kinds.txt", bytes: Buffer.from(text), meta: { id: "recall-kinds", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const flows = (text: string) => claimsOf(`${text}\n`).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);

describe("verbs of giving by family: moving goods by air, sea and road, gifts and resupply", () => {
  it.each([
    ["Egypt airlifted 40 tonnes of food to Sudan in June.", "EGY", "SDN", "food"],
    ["Turkey ferried armoured vehicles to Libya last spring.", "TUR", "LBY", "armoured-vehicles"],
    ["Belarus trucked artillery shells to Russia through the winter.", "BLR", "RUS", "artillery-ammunition"],
    ["Iran has been shuttling drones to Syria on cargo flights.", "IRN", "SYR", "drones"],
    ["Japan gifted two patrol boats to the Philippines in March.", "JPN", "PHL", "naval"],
    ["Germany resupplied Lithuania with anti-tank missiles.", "DEU", "LTU", "missiles-other"],
    ["Poland passed on its old MiG-29 jets to Ukraine.", "POL", "UKR", "aircraft"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));
});

describe("workers of one state working in another went there", () => {
  it.each([
    ["Some 3,000 Nepali workers were working in Qatar last year.", "NPL", "QAT"],
    ["About 5,000 Filipino workers are employed in Kuwait, the ministry said.", "PHL", "KWT"],
    ["Roughly 900 Vietnamese labourers were working in Russia in 2023.", "VNM", "RUS"],
  ])("%s", (text, supplier, recipient) => expect(flows(text)).toContainEqual([supplier, recipient, "workers"]));

  it.each([
    // Working on a thing, not in a place: no one moved.
    "Chinese engineers were working on drones for the Iranian army's parade.",
    // A truck is a vehicle here, not a verb.
    "The Polish truck drivers blocked the border crossing with Ukraine for weeks.",
  ])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

describe("the clause default: a state's verb the lexicon does not know, with goods as object and a state after 'to'/'for', gives", () => {
  it.each([
    ["Egypt flew 40 tonnes of flour to Sudan in June.", "EGY", "SDN", "food"],
    ["Italy set aside ten howitzers for Ukraine.", "ITA", "UKR", "artillery-systems"],
    ["Belarus quietly railed artillery shells to Russia.", "BLR", "RUS", "artillery-ammunition"],
    ["Iran offloaded drones to Venezuela last year.", "IRN", "VEN", "drones"],
    ["Spain earmarked 20 armoured vehicles for the Moroccan army.", "ESP", "MAR", "armoured-vehicles"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));

  it.each([
    ["Iran mailed Venezuela two drones last year.", "IRN", "VEN", "drones"],
    ["Turkey quietly flew Libya 20 armoured vehicles in May.", "TUR", "LBY", "armoured-vehicles"],
    ["Canada railed Latvia 30 armoured vehicles last month.", "CAN", "LVA", "armoured-vehicles"],
  ])("a state as first object receives: %s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));

  it.each([
    // Comparing, tracing, owing, losing, showing, needing, making, testing: goods and two states, no transfer.
    "Poland compared its tanks to Germany's.",
    "Turkey traced the drones to Iran.",
    "Armenia owed money to Russia.",
    "Egypt lost two helicopters to Sudan.",
    "Japan exhibited its drones to India at the fair.",
    "Kazakhstan needs spare parts for Russia's trucks.",
    "China built 50 corvettes for Pakistan.",
    "India tested its new missiles for Japan.",
    "China showed Pakistan its new drones.",
    // The receiver named only as an adjective of people: no state receives.
    "Iran unveiled new drones to Russian visitors.",
    // A verb of attack.
    "Israel launched drones toward Lebanon.",
  ])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

describe("what carries goods arrives in the state that gets them; the goods' origin gives", () => {
  it.each([
    ["Columns carrying Chinese howitzers reached Harare in March.", "CHN", "ZWE", "artillery-systems"],
    ["A ship loaded with Iranian drones docked in Venezuela last week.", "IRN", "VEN", "drones"],
    ["A cargo plane carrying Turkish drones landed in Ethiopia.", "TUR", "ETH", "drones"],
    ["A train with Belarusian fuel arrived in Russia on Monday.", "BLR", "RUS", "oil-fuel"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));

  it.each([
    // No carrier: tanks that reach a city may be an advance.
    "Russian tanks reached Kyiv in the first days of the war.",
    "Iranian missiles reached Israel on Saturday night.",
    // A carrier with no goods named.
    "The Chinese freighter reached Nigeria after a long delay.",
  ])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

describe("goods 'bound for' or 'destined for' a state go there from the one that loads or sends them", () => {
  it.each([
    ["Turkey loaded 40 armoured vehicles bound for Libya onto a ship.", "TUR", "LBY", "armoured-vehicles"],
    ["A freighter carrying Iranian drones destined for Russia was stopped at sea.", "IRN", "RUS", "drones"],
    ["Belarus has packed some 900 containers of shells bound for Russia since March.", "BLR", "RUS", "artillery-ammunition"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));
});

describe("a tally or count a state gave is information, not goods: the one who gives is the one who loads", () => {
  it.each([
    ["Belarus has packed some 900 containers of shells bound for Russia since March, roughly twice the tally Kyiv offered in January.", "BLR", "RUS", "artillery-ammunition"],
    ["Iran has loaded 300 drones bound for Sudan since May, above the count Washington gave last year.", "IRN", "SDN", "drones"],
    ["Serbia has stacked 60 crates of rifles destined for Libya at its port, double the tally Rome offered in April.", "SRB", "LBY", "weapons-unspecified"],
  ])("%s", (text, supplier, recipient, item) => {
    const found = flows(text);
    expect(found).toContainEqual([supplier, recipient, item]);
    expect(found.every(([s]) => s === supplier)).toBe(true);
  });
});

describe("surface-to-surface missiles are ballistic missiles", () => {
  it.each([
    ["Armenia may soon send Syria surface-to-surface missiles.", "ARM", "SYR"],
    ["Qatar bought short-range surface-to-surface missiles from Turkey.", "TUR", "QAT"],
    ["Egypt received 30 surface-to-surface missiles from North Korea in 2019.", "PRK", "EGY"],
  ])("%s", (text, supplier, recipient) => expect(flows(text)).toContainEqual([supplier, recipient, "ballistic-missiles"]));
});

describe("the clause default, passive: goods of one state that a verb the lexicon does not know carries 'to' another", () => {
  it.each([
    ["Chinese rifles were flown to Uganda in May.", "CHN", "UGA", "weapons-unspecified"],
    ["Fifty Turkish armoured vehicles were railed to Azerbaijan.", "TUR", "AZE", "armoured-vehicles"],
    ["Some 200 Serbian mortar shells were airdropped to Armenia last year.", "SRB", "ARM", "artillery-ammunition"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));

  it.each([
    "The Ukrainian tanks were lost to Russia in the first weeks.",
    "Soviet-era tanks were traced to Poland by the investigators.",
    "Iranian missiles were compared to North Korea's by the analysts.",
  ])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

describe("the clause default with 'from': a state that does something the lexicon does not know to goods from another state gets them", () => {
  it.each([
    ["Croatia leased 12 Rafale jets from France.", "FRA", "HRV", "aircraft"],
    ["Nigeria welcomed the first batch of JF-17 jets from Pakistan.", "PAK", "NGA", "aircraft"],
    ["Serbia sourced six drones from China.", "CHN", "SRB", "drones"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));

  it.each([
    // Taking back, capturing, firing from, intercepting: goods and two states, nothing given.
    "Russia withdrew 300 tanks from Belarus.",
    "Ukraine captured 40 tanks from Russia.",
    "Iran launched drones from Iraq.",
    "Israel intercepted missiles from Yemen.",
    // The object names an act on the goods, not the goods.
    "Turkey ordered the pullout of its troops from Libya.",
  ])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

describe("receiving by taking possession, receipt or custody of goods", () => {
  it.each([
    ["Slovakia took possession of 14 Leopard tanks from Germany.", "DEU", "SVK", "armoured-vehicles"],
    ["Estonia took receipt of six HIMARS launchers from the US in March.", "USA", "EST", "artillery-systems"],
    ["Kenya has taken custody of 20 armoured vehicles from Turkey.", "TUR", "KEN", "armoured-vehicles"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));
});

describe("nouns of transfer: a handover, a gift of goods", () => {
  it.each([
    ["Spain's handover of six Hawk launchers to Ukraine took place in August.", "ESP", "UKR", "air-defence-systems"],
    ["Turkey's handover of four corvettes to Pakistan was delayed.", "TUR", "PAK", "naval"],
    ["France's gift of 12 Caesar howitzers to Ukraine arrived in May.", "FRA", "UKR", "artillery-systems"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));

  it.each(["Japan's gift to India was a ceremonial sword."])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

describe("arming a state with goods, and the clause default with a state as object and goods after 'with'", () => {
  it.each([
    ["Iran armed the Houthis with anti-ship missiles.", "IRN", "YEM-HOUTHIS", "missiles-other"],
    ["Syria has armed Hezbollah with precision rockets.", "SYR", "LBN-HEZBOLLAH", "artillery-ammunition"],
    ["Belarus plied Russia with artillery shells.", "BLR", "RUS", "artillery-ammunition"],
    ["Turkey showered Azerbaijan with armed drones before the war.", "TUR", "AZE", "drones"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));

  it.each([
    // Hitting a state with goods is no giving, nor is an army's name.
    "Israel hit Iran with missiles in October.",
    "Azerbaijan bombarded Armenia with artillery shells.",
    "Russia's armed forces with their tanks advanced towards Ukraine.",
    "Egypt confronted Sudan with evidence of the drones.",
  ])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

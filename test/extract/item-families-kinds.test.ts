// Names of whole families of things the lexicon lacked, each shown by phrasings of our own:
// - ground radars named by model ("GM400 radars", "TRML-4D radars", "AN/MPQ-64 radars") are gear of war, counted
//   as such, not left for the next noun to take their count;
// - weapon systems by family (item-families.json): three phrasings a family, names that are also words left alone,
//   and a model name where nothing moves giving no claim;
// - drones named by their task ("interceptor drones", "counter-drone UAVs") are drones, not an interceptor missile
//   and a drone.
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems } from "../../src/extract/claims/find-items.js";
import { processDocument } from "../../src/pipeline.js";

/** The claims of a one-paragraph page, as "KIND SUPPLIER>RECIPIENT item". */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2025-03-02" } });
  return doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient} ${c.item}`);
}

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

describe("radars named by model", () => {
  it.each([
    "France handed Armenia two GM400 radars last spring.",
    "Germany sent four TRML-4D radars and spare parts to Kyiv.",
    "Washington approved six AN/MPQ-64 radars for Lithuania.",
  ])("%s", (text) => expect(itemsOf(text)[0]).toBe("weapons-unspecified"));
});

describe("drones named by their task", () => {
  it.each([
    ["Latvia bought 40 interceptor drones for Ukraine.", ["drones"]],
    ["The package pays for counter-drone UAVs built in Lviv.", ["drones"]],
    ["Kyiv received an interceptor drone from a Baltic maker.", ["drones"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

// Weapon systems of item-families.json, three phrasings of our own for each family: the model name alone, with
// its noun, or guarded by its noun, is the family's item.
describe("model names by family", () => {
  it.each([
    ["Cairo ordered forty K9A1 self-propelled howitzers.", "artillery-systems"],
    ["Riyadh received PLZ-45 guns last spring.", "artillery-systems"],
    ["Two Paladin howitzers were handed over.", "artillery-systems"],
    ["Minsk got more BM-30 launchers.", "artillery-systems"],
    ["Ankara offered T-122 Sakarya rocket launchers.", "artillery-systems"],
    ["The army fields Vilkha launchers now.", "artillery-systems"],
    ["Manila bought Siper systems from Ankara.", "air-defence-systems"],
    ["Six Tor systems arrived in Tehran.", "air-defence-systems"],
    ["Warsaw will field Narew batteries.", "air-defence-systems"],
    ["Hanoi ordered Yakhont missiles years ago.", "missiles-other"],
    ["Jakarta bought Aster 30 interceptors.", "missiles-other"],
    ["Rabat received Meteor missiles for its jets.", "missiles-other"],
    ["Beijing displayed DF-26 missiles in the parade.", "ballistic-missiles"],
    ["Tehran could send Haj Qassem missiles north.", "ballistic-missiles"],
    ["Officials say Emad missiles were moved.", "ballistic-missiles"],
    ["Abu Dhabi bought Harop loitering munitions.", "drones"],
    ["Niamey awaits Aksungur aircraft from Ankara.", "drones"],
    ["Kyiv builds Lyutyi drones by the hundred.", "drones"],
    ["Kyiv launched two Magura V5 craft at dawn.", "naval"],
    ["Odesa crews fitted Sea Baby boats with rockets.", "naval"],
    ["The navy sent Magura sea drones to the coast.", "naval"],
    ["Manila took delivery of FA-50 jets.", "aircraft"],
    ["Yangon received FTC-2000G trainers in 2022.", "aircraft"],
    ["Lima wants Typhoon fighters.", "aircraft"],
    ["Kyiv will get AW149 helicopters.", "aircraft"],
    ["Islamabad ordered Z-10 gunships.", "aircraft"],
    ["Rome sent Gazelle helicopters to the region.", "aircraft"],
    ["Baghdad bought K1A2 tanks.", "armoured-vehicles"],
    ["Dhaka ordered ZTZ-96 tanks.", "armoured-vehicles"],
    ["Islamabad showed Type 85 tanks.", "armoured-vehicles"],
    ["The Hague sent its old YPR carriers to Kyiv.", "armoured-vehicles"],
    ["Helsinki gave XA-180 vehicles.", "armoured-vehicles"],
    ["London sent Warrior vehicles in spring.", "armoured-vehicles"],
    ["Canberra will buy Mogami-class frigates.", "naval"],
    ["Karachi took delivery of Hangor submarines.", "naval"],
    ["Rio ordered Type 31 frigates.", "naval"],
    ["Kyiv fired Krasnopol rounds at the bridge.", "artillery-ammunition"],
    ["Washington sent DPICM rounds in July.", "artillery-ammunition"],
    ["Paris sent Bonus shells.", "artillery-ammunition"],
    ["Moscow dropped more FAB-500 bombs.", "ammunition"],
    ["Washington approved GBU-39 munitions for the sale.", "ammunition"],
    ["Kyiv laid thousands of landmines.", "ammunition"],
    ["Tripoli received AK-47 rifles by sea.", "weapons-unspecified"],
    ["The seized boat carried M16 rifles and pistols.", "weapons-unspecified"],
    ["Militias bought Barrett rifles.", "weapons-unspecified"],
    ["The cargo held TNT and fuzes.", "raw-materials"],
    ["Beijing shipped RDX to the plant.", "raw-materials"],
    ["The firm bought smokeless powder abroad.", "raw-materials"],
  ] as [string, Item][])("%s → %s", (text, item) => expect(itemsOf(text)).toContain(item));

  it.each([
    "Dana met Tiger at the harbour on Sunday.",
    "Eitan and Kfir spoke to the press in Ajax's stadium.",
    "The Typhoon hit the coast and Hercules ran the film.",
  ])("a guarded name alone, a person or a word, is no thing: %s", (text) => expect(itemsOf(text)).toEqual([]));

  it.each([
    "A DF-26 missile flew over the sea during a test.",
    "Analysts say the FA-50 is a light jet built in Sachon.",
    "Krasnopol rounds were fired near Bakhmut, the army said.",
  ])("a model name in a sentence of no transfer gives no claim: %s", (text) => expect(claimsOf(text)).toEqual([]));
});

describe("a model name of a letter and a number is written with its hyphen or none", () => {
  it.each([
    ["Its ministry announced a 29th package worth 90 million euros.", ["weapons-unspecified"]],
    ["Kyiv sees a 125 percent rise in output.", []],
    ["Brazil sold A-29 aircraft to Lisbon, and Hanoi bought S125 systems.", ["aircraft", "air-defence-systems"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

// What a claim is about: the thing its phrase names, read from the structure of the phrase (modifiers
// that share one noun, a part or a round named after its system, ammunition for several systems, a
// counted generic word, the vehicles that only carried the goods). Each rule is shown by phrasings of
// our own, never by a sentence of the evaluation reports.
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems } from "../../src/extract/claims/find-items.js";
import { processDocument } from "../../src/pipeline.js";

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

/** The transfer claims of a one-paragraph page, as "SUPPLIER>RECIPIENT item [value unit]", sorted. */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return doc.claims
    .filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier}>${c.recipient} ${c.item}${c.quantity ? ` ${c.quantity.value ?? c.quantity.min} ${c.quantity.unit}` : ""}`)
    .sort();
}

describe("modifiers listed before one noun each name a thing with it", () => {
  it.each([
    ["Officials fear transfers of nuclear and missile technology to the regime.", ["nuclear-technology", "missile-technology"]],
    ["The envoy spoke of space and missile technology.", ["space-technology", "missile-technology"]],
    ["Moscow gave drone and cruise missile technology.", ["military-technology", "missile-technology"]],
  ] as [string, Item[]][])("technology: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
  it.each([
    ["The package adds artillery, anti-armour and small arms munitions.", ["artillery-ammunition", "missiles-other", "ammunition"]],
    ["Crates of tank and artillery shells were unloaded.", ["artillery-ammunition", "artillery-ammunition"]],
    ["Tehran shipped ballistic and cruise missiles.", ["ballistic-missiles", "missiles-other"]],
    ["The list has anti-armor and small-arms rounds.", ["missiles-other", "ammunition"]],
  ] as [string, Item[]][])("munitions and missiles: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
  it.each([
    ["Berlin sent tanks and armoured vehicles.", ["armoured-vehicles", "armoured-vehicles"]],
    ["Russian and Iranian drones hit the city.", ["drones"]],
    ["Food, oil and technology went north.", ["food", "oil-fuel", "military-technology"]],
  ] as [string, Item[]][])("no shared noun where the word before 'and' stands alone: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("a part or a round named after its system is the part or the round", () => {
  it.each([
    ["The plant packs Javelin warheads.", ["raw-materials"]],
    ["Inspectors found drone components in the hold.", ["raw-materials"]],
    ["The firm sold tank engines abroad.", ["raw-materials"]],
  ] as [string, Item[]][])("parts: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
  it.each([
    ["The tranche holds HIMARS rockets.", ["artillery-ammunition"]],
    ["Berlin sent Patriot interceptors.", ["missiles-other"]],
    ["Paris delivered Caesar shells.", ["artillery-ammunition"]],
  ] as [string, Item[]][])("rounds: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
  it("a system with its own noun stays the system", () => expect(itemsOf("Seoul sold K2 tanks and Krab howitzers.")).toEqual(["armoured-vehicles", "artillery-systems"]));
});

describe("ammunition for several systems is the ammunition of each", () => {
  it.each([
    ["It adds ammunition for HIMARS and NASAMS.", ["artillery-ammunition", "air-defence-systems", "missiles-other"]],
    ["It adds munitions for howitzers and air defence systems.", ["artillery-ammunition", "air-defence-systems", "missiles-other"]],
    ["The list has ammunition for rocket launchers, and Patriot batteries.", ["artillery-ammunition", "air-defence-systems", "missiles-other"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("a counted generic word is a thing of its own, before the list it introduces", () => {
  it.each([
    ["Warsaw gave 900 pieces of military equipment, including tanks and helicopters.", ["weapons-unspecified", "armoured-vehicles", "aircraft"]],
    ["Oslo sent 40 tonnes of military supplies, including mortars.", ["weapons-unspecified", "artillery-systems"]],
    ["Rome shipped thousands of weapons, such as rifles and grenades.", ["weapons-unspecified", "weapons-unspecified", "ammunition"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
  it("an uncounted generic word still gives way", () => expect(itemsOf("Rome sent military aid, including mortars.")).toEqual(["artillery-systems"]));
});

describe("words of gear, units and cargo", () => {
  it.each([
    ["Moscow also sent electronic warfare systems.", ["weapons-unspecified"]],
    ["The shipment held radio jamming devices.", ["weapons-unspecified"]],
    ["Jammers were among the gear.", ["weapons-unspecified"]],
    ["Reports of military cargoes were denied.", ["weapons-unspecified"]],
    ["It will send reinforcements, mainly artillery units.", ["troops", "troops"]],
    ["Infantry units arrived in the region.", ["troops"]],
    ["They delivered 30 armoured ambulance vehicles.", ["armoured-vehicles"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
  it.each([
    "The rifles are made by workers in three states.",
    "Each order creates jobs for local workers.",
    "The drones were assembled by factory workers.",
  ])("workers who make the goods are not goods: %s", (text) => expect(itemsOf(text).filter((i) => i === "workers")).toEqual([]));
});

describe("the vehicles that carried the goods are not goods", () => {
  it.each([
    ["The United States flew 2,000 tonnes of military equipment to Israel on 60 transport planes.", ["USA>ISR weapons-unspecified 2000 tonnes"]],
    ["Iran sent drones to Russia aboard 12 cargo ships.", ["IRN>RUS drones"]],
    ["Germany shipped shells to Ukraine, and they were unloaded onto dozens of trucks.", ["DEU>UKR artillery-ammunition"]],
  ])("%s", (text, claims) => expect(claimsOf(text)).toEqual(claims));
  it("a count of trucks that move is a transfer", () => expect(claimsOf("Germany delivered 50 military trucks to Ukraine.")).toEqual(["DEU>UKR armoured-vehicles 50 vehicles"]));
});

describe("a broad word listed after a counted thing is another thing", () => {
  it.each([
    ["The United States sold Taiwan 40 tanks and related equipment.", ["USA>TWN armoured-vehicles 40 vehicles", "USA>TWN weapons-unspecified"]],
    ["Russia sent North Korea one Pantsir system, along with jamming devices.", ["RUS>PRK air-defence-systems 1 systems", "RUS>PRK weapons-unspecified"]],
    ["Germany gave Ukraine 12 howitzers as well as other weapons.", ["DEU>UKR artillery-systems 12 systems", "DEU>UKR weapons-unspecified"]],
  ])("%s", (text, claims) => expect(claimsOf(text)).toEqual(claims));
  it("a broad word that restates the count is not", () => expect(claimsOf("Pyongyang sent Moscow enough ammunition to fill two million rounds.")).toEqual(["PRK>RUS artillery-ammunition 2000000 rounds"]));
});

describe("goods a sentence pays with are money", () => {
  it.each([
    ["Russia paid Iran for the drones in gold.", ["drones", "money"]],
    ["Moscow shipped gold bars to Tehran as payment for the drones.", ["money", "drones"]],
    ["Settlements in precious metals hid the deal.", ["money"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
  it.each([
    ["Most of the gold Khartoum exported went to Egypt.", ["raw-materials"]],
    ["The junta sold gold bullion to Dubai traders.", ["raw-materials"]],
    ["Proceeds of its gold business bought rifles.", ["weapons-unspecified"]],
  ] as [string, Item[]][])("elsewhere they are goods (or no thing at all): %s", (text, items) => expect(itemsOf(text)).toEqual(items));
  it("a weight of gold paid is money by weight", () => expect(claimsOf("Russia delivered 1.5 tonnes of gold to Iran to pay for the drones.")).toContain("RUS>IRN money 1.5 tonnes"));
});

describe("carriers are no items only where they carry", () => {
  it.each([
    ["Kyiv is counting on aircraft from Denmark.", ["aircraft"]],
    ["The shells came aboard cargo ships.", ["artillery-ammunition"]],
    ["Drones arrived on 14 transport planes.", ["drones"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

// Items by families (src/knowledge/items.json), never from one sentence: each family is shown by names of
// several systems, and the words that look like items but are not (idioms, counter-drone gear).
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems, pageMissileFamily, withPageFamily } from "../../src/extract/claims/find-items.js";
import { ITEM_FAMILIES, checkFamilies, nameSource } from "../../src/knowledge/item-families.js";

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

describe("weapon systems map to their family", () => {
  const families: [Item, string[]][] = [
    ["artillery-systems", ["Caesar howitzers", "PzH 2000", "M777 howitzers", "AS-90", "Krab", "Bohdana", "Archer howitzers", "Zuzana 2", "HIMARS", "M270 launchers", "Grad launchers", "Vampire rocket launchers"]],
    ["air-defence-systems", ["Patriot batteries", "IRIS-T SLM", "NASAMS", "Gepard anti-aircraft guns", "Hawk launchers", "S-300", "S-400 systems", "Pantsir", "Skynex", "SAMP/T"]],
    ["missiles-other", ["Storm Shadow missiles", "SCALP", "Taurus missiles", "Javelin", "NLAW", "Stinger", "Kh-101", "Harpoon missiles"]],
    ["ballistic-missiles", ["ATACMS", "Iskander missiles", "KN-23", "KN-24", "Hwasong-11", "Fath-360", "Fateh-110", "Zolfaghar missiles"]],
    ["drones", ["Shahed drones", "Geran-2", "Mohajer-6", "Bayraktar TB2", "Lancet drones", "Switchblade", "Orlan-10"]],
    ["armoured-vehicles", ["Leopard 2A6 tanks", "Abrams", "Challenger 2", "Bradley fighting vehicles", "Marder", "CV90", "M113", "Stryker vehicles", "T-72", "BMP-2", "BTR-80"]],
    ["aircraft", ["F-16", "Mirage 2000-5", "Gripen", "MiG-29", "Su-27", "Su-35", "Rafale jets", "JF-17", "J-10C", "J-35"]],
    ["naval", ["frigates", "corvettes", "submarines", "patrol boats"]],
  ];
  for (const [item, names] of families) {
    it.each(names)(`Berlin delivered %s to Kyiv → ${item}`, (name) => expect(itemsOf(`Berlin delivered ${name} to Kyiv.`)).toEqual([item]));
  }
});

describe("words that look like items but name none", () => {
  it.each([
    ["The visit only added fuel to the fire, an adviser said.", []],
    ["Such talk pours fuel on the flames.", []],
    ["Britain will send drone countermeasures to Kyiv.", []],
    ["Berlin will supply anti-drone systems and counter-drone guns.", ["air-defence-systems", "air-defence-systems"]],
    ["Houthi fighters seized the port.", []],
    ["The Lancet published a study.", []],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("ammunition named for a system", () => {
  it.each([
    ["The package holds ammunition for rocket launchers.", "artillery-ammunition"],
    ["It adds munitions for howitzers.", "artillery-ammunition"],
    ["It adds munitions for air defence systems.", "missiles-other"],
  ] as [string, Item][])("%s", (text, item) => expect(itemsOf(text)[0]).toBe(item));
});

describe("a page's missile family", () => {
  it.each([
    "Pyongyang sent KN-23 ballistic missiles, then more KN-24s. The missiles hit Kharkiv.",
    "Tehran shipped Fath-360 missiles and short-range ballistic missiles. Officials say the missiles arrived by sea.",
    "Seoul says Hwasong-11 rockets and ballistic missiles went north; the missiles were tested first.",
  ])("bare missiles on a page about ballistic missiles are ballistic: %s", (text) => {
    const family = pageMissileFamily(text);
    expect(family).toBe("ballistic-missiles");
    const bare = withPageFamily(findItems(text), family).filter((i) => /^missiles$/i.test(i.text));
    expect(bare.length).toBeGreaterThan(0);
    for (const i of bare) expect(i.item).toBe("ballistic-missiles");
  });
  it.each([
    "London sent Storm Shadow missiles and Brimstone missiles. The missiles were used at once.",
    "Paris promised missiles to Kyiv.",
    "One KN-23 ballistic missile was found, and Storm Shadow and Taurus missiles were sent.",
  ])("a page with no ballistic majority keeps missiles-other: %s", (text) => expect(pageMissileFamily(text)).toBeNull());
});

describe("the families of item-families.json", () => {
  // A noun of each item that a guarded name needs ("Tor" alone is no system, "Tor systems" is).
  const nounOf: Partial<Record<Item, string>> = {
    "artillery-systems": "howitzers", "air-defence-systems": "systems", "missiles-other": "missiles", "ballistic-missiles": "missiles",
    drones: "drones", aircraft: "aircraft", "armoured-vehicles": "vehicles", naval: "frigates", "artillery-ammunition": "shells",
    ammunition: "bombs", "weapons-unspecified": "rifles",
  };
  const helicopters = new Set(["helicopters"]);
  const tanks = new Set(["tanks"]);
  for (const f of ITEM_FAMILIES) {
    it(`${f.family}: every name reads as ${f.item}`, () => {
      for (const name of f.names) expect(itemsOf(`Berlin delivered ${name} to Kyiv.`), name).toEqual([f.item]);
    });
    if (!f.guarded.length) continue;
    const noun = helicopters.has(f.family) ? "helicopters" : tanks.has(f.family) ? "tanks" : f.family === "sea drones" ? "sea drones" : nounOf[f.item]!;
    it(`${f.family}: a guarded name reads as ${f.item} only with its noun`, () => {
      for (const name of f.guarded) {
        expect(itemsOf(`Berlin delivered ${name} ${noun} to Kyiv.`), name).toEqual([f.item]);
        expect(findItems(`Berlin delivered ${name} to Kyiv.`).filter((i) => i.item === f.item && i.text.startsWith(name.split(" ")[0])), name).toEqual([]);
      }
    });
  }

  it("the loader refuses an unknown item, a name twice, and a name with expression characters", () => {
    const family = (item: string, names: string[], guarded: string[] = []) => ({ item, family: "f", nouns: "guns?", names, guarded });
    expect(() => checkFamilies({ families: [family("lasers", ["Zap"])] })).toThrow(/unknown item/);
    expect(() => checkFamilies({ families: [family("drones", ["Zap"]), family("aircraft", ["zap"])] })).toThrow(/twice/);
    expect(() => checkFamilies({ families: [family("drones", ["Zap"], ["Zap"])] })).toThrow(/twice/);
    expect(() => checkFamilies({ families: [family("drones", ["Za.p"])] })).toThrow(/plain name/);
    // (A guarded name in families of two items is told apart by their nouns.)
    expect(() => checkFamilies({ families: [family("drones", [], ["Zap"]), family("aircraft", [], ["Zap"])] })).not.toThrow();
  });

  it("a name takes a variant suffix, a plural, and either spelling of its hyphen", () => {
    expect(itemsOf("Seoul sold K9A1s to Cairo.")).toEqual(["artillery-systems"]);
    expect(itemsOf("Beijing showed DF-21D missiles.")).toEqual(["ballistic-missiles"]);
    expect(itemsOf("Warsaw bought FA50 jets.")).toEqual(["aircraft"]);
    expect(nameSource("PzH 2000")).toBe("PzH[- ]?2000(?:-?[A-Z]{1,3}[0-9]?)?(?:e?s)?");
  });
});

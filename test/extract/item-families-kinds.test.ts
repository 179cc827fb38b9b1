// Names of whole families of things the lexicon lacked, each shown by phrasings of our own:
// - ground radars named by model ("GM400 radars", "TRML-4D radars", "AN/MPQ-64 radars") are gear of war, counted
//   as such, not left for the next noun to take their count;
// - drones named by their task ("interceptor drones", "counter-drone UAVs") are drones, not an interceptor missile
//   and a drone.
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems } from "../../src/extract/claims/find-items.js";

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

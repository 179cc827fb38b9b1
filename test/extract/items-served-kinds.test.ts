// Kinds of wrong or doubled items where one word serves or belongs to another thing, each shown by phrasings of
// our own with near twins that keep both things:
// - a generic word of technology and the field it serves ("the technologies of space rockets", "technical help to
//   Iran's young military satellite programme") are one thing, the technology of that field, not two claims;
// - a weapon word that only qualifies know-how ("missile design expertise") names the technology, not the weapon;
// - parts and components of a weapon ("missile components", "engine parts for cruise and ballistic missiles") are the parts,
//   not the weapon or its technology (SCHEMA.md: parts and components for arms making are raw materials).
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems } from "../../src/extract/claims/find-items.js";

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

describe("a word of technology and the field it serves are one thing", () => {
  it.each([
    ["Russia could offer Iran the technologies of space rockets, an analyst said.", ["space-technology"]],
    ["Russia has given technical help to Iran's young military satellite programme.", ["space-technology"]],
    ["China lent technical assistance to the Kremlin's nascent reconnaissance satellite effort.", ["space-technology"]],
    ["China is offering Iran technical assistance for the country's missile programme.", ["missile-technology"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));

  it.each([
    ["Russia gave Iran technology and satellites.", ["military-technology", "space-technology"]],
    ["Russia gave technology to Iran and satellites to Syria.", ["military-technology", "space-technology"]],
  ] as [string, Item[]][])("things listed apart stay apart: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("a weapon word that qualifies know-how names the technology", () => {
  it.each([
    ["Moscow is sharing missile design expertise with Pyongyang.", ["missile-technology"]],
    ["Russia may pass missile propulsion know-how to Iran.", ["missile-technology"]],
    ["Beijing offered missile production expertise to Tehran.", ["missile-technology"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("parts of a weapon are the parts", () => {
  it.each([
    ["Iran shipped missile components to the Houthis.", ["raw-materials"]],
    ["Customs found steering and engine parts for cruise and ballistic missiles in the crates.", ["raw-materials"]],
    ["China sold Russia spare parts for attack and transport helicopters.", ["raw-materials"]],
    ["China sold Russia components for drones and helicopters.", ["raw-materials"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));

  it.each([
    ["Iran sent drone parts and 20 missiles to Russia.", ["raw-materials", "missiles-other"]],
    ["Iran sent parts for drones, and 20 missiles, to Russia.", ["raw-materials", "missiles-other"]],
  ] as [string, Item[]][])("a weapon counted beside the parts is still told: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

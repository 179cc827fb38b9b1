// Kinds of wrong items where help with missiles was read as the missiles themselves, each shown by phrasings of our own:
// - help that makes another state's missiles better ("improved the guidance of its missiles", "data on the combat
//   performance of their rockets") is missile technology, not missiles; a generic word of technology said to do it
//   ("technical help has improved ...") is that technology, one thing;
// - near twins keep the missiles where they move themselves or only their accuracy is told.
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems } from "../../src/extract/claims/find-items.js";

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

describe("help that makes missiles better is missile technology", () => {
  it.each([
    ["Analysts think Beijing quietly improved the guidance of Iranian cruise missiles last year.", ["missile-technology"]],
    ["Moscow is said to have passed data on the battlefield performance of the Hwasong missiles to Pyongyang.", ["missile-technology"]],
    ["Western officials say Russian scientific expertise has helped to improve the precision of Pyongyang's rockets.", ["missile-technology"]],
    ["Officials believe the accuracy of the KN-24 has been upgraded since Russian specialists arrived.", ["missile-technology"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));

  it.each([
    ["North Korea shipped more missiles to Russia, whose guidance is poor.", ["missiles-other"]],
    ["Kyiv questioned the accuracy of the ballistic missiles Russia fired.", ["ballistic-missiles"]],
    ["Russia gave Iran technology and ballistic missiles.", ["military-technology", "ballistic-missiles"]],
  ] as [string, Item[]][])("the missiles themselves stay missiles: %s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

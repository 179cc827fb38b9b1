// A generic item word that names what a trader deals in ("its biggest arms supplier", "a weapons exporter") gives
// way to the specific things the sentence names after it, each shown by phrasings of our own; alone, it is still
// the goods.
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems } from "../../src/extract/claims/find-items.js";

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

describe("a trader's generic word beside the things it sells", () => {
  it.each([
    ["France is now Greece's main arms supplier, having sold it Rafale jets and Exocet missiles.", ["aircraft", "missiles-other"]],
    ["Seoul became Warsaw's top weapons exporter by shipping K9 howitzers to Poland.", ["artillery-systems"]],
    ["As Cairo's biggest arms seller, Moscow delivered helicopters to Egypt.", ["aircraft"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));

  it("alone it stays the goods", () => {
    expect(itemsOf("India wants to rely less on Russia as an arms supplier.")).toEqual(["weapons-unspecified"]);
  });
});

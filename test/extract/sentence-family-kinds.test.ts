// A bare "missiles" in a sentence that names one family of missiles (ballistic ones, and no other) is of that family,
// each shown by phrasings of our own ("Hwasong-11: 60 missiles so far"); where the sentence names none or both,
// the page decides as before. A page that names ballistic missiles and no other family of missiles, even once, makes
// its bare "missiles" ballistic too ("200 Iranian missiles" on a page about Fath-360s).
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems, pageMissileFamily, withPageFamily } from "../../src/extract/claims/find-items.js";

const itemsOf = (text: string, page: Item | null = null) => withPageFamily(findItems(text), page).map((i) => i.item);

describe("a bare missiles beside one named family", () => {
  it.each([
    "Hwasong-11: 60 missiles handed over since spring, per Kyiv.",
    "Of the Fateh-110 type, some 40 missiles reached Russian depots by May.",
    "The ATACMS batch adds 18 missiles to what Kyiv already holds.",
  ])("%s", (text) => expect(itemsOf(text)).not.toContain("missiles-other"));

  it.each([
    ["Iran sent Scud and Kh-55 cruise missiles, 30 missiles in all.", "missiles-other"],
    ["Some 30 missiles were sent, officials said.", "missiles-other"],
  ] as [string, Item][])("others keep the page's reading: %s", (text, item) => expect(itemsOf(text)).toContain(item));
});

describe("a page that names one family of missiles, once", () => {
  it.each([
    "Kyiv says Moscow got 90 missiles from Tehran. The shipment was of Fath-360 short-range ballistic missiles, officials said.",
    "Russia has moved missiles into Belarus. Minsk confirmed that Iskander-M units arrived in June.",
    "The missiles came by rail. Officials named them as KN-24s.",
  ])("%s", (text) => expect(pageMissileFamily(text)).toBe("ballistic-missiles"));

  it("a page that also names another family stays undecided", () => {
    expect(pageMissileFamily("Moscow got missiles from Tehran: one Fath-360 ballistic missile and several Kh-101 cruise missiles.")).toBeNull();
  });
});

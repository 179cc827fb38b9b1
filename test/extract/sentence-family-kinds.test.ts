// A bare "missiles" in a sentence that names one family of missiles (ballistic ones, and no other) is of that family,
// each shown by phrasings of our own ("Hwasong-11: 60 missiles so far"); where the sentence names none or both,
// the page decides as before.
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems, withPageFamily } from "../../src/extract/claims/find-items.js";

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

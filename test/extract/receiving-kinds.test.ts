// Claims told from the receiving side, or whose giver the goods themselves imply, in phrasings of our own: goods with
// their origin's adjective before a model's name, a state that takes delivery of (or receives) a model only one state
// makes, and a missile named by its model alone.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";
import { findItems } from "../../src/extract/claims/find-items.js";

const parties = (page: string) => claimsOf(page).map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, value: c.quantity?.value ?? c.quantity?.min ?? null }));

describe("a state's adjective before a model's name opens no proper name: the model is goods", () => {
  it.each([
    ["Nine Danish F-16s have now been handed over to Kyiv.", "DNK", "UKR", "aircraft", 9],
    ["Four Swedish Gripens have been leased to Hungary since May.", "SWE", "HUN", "aircraft", 4],
    ["Twelve Norwegian NASAMS have been sent on to Ukraine by now.", "NOR", "UKR", "air-defence-systems", 12],
  ])("%s", (page, supplier, recipient, item, value) => {
    expect(parties(page)).toContainEqual({ supplier, recipient, item, value });
  });

  it("the adjective is not read into the thing's words", () => {
    expect(findItems("Three Danish F-16s have been flown to Odesa").map((i) => i.text)).toEqual(["F-16s"]);
  });
});

describe("a state that takes delivery of, or receives, a model one state makes gets it from that maker", () => {
  it.each([
    ["Nairobi has taken delivery of three Bayraktar TB2 drones.", "TUR", "KEN", "drones", 3],
    ["Bogota takes delivery of its first Gripen fighters this week.", "SWE", "COL", "aircraft", null],
    ["Minsk took delivery of four more Su-30SM2 jets over the summer.", "RUS", "BLR", "aircraft", 4],
  ])("%s", (page, supplier, recipient, item, value) => {
    expect(parties(page)).toContainEqual({ supplier, recipient, item, value });
  });

  it("never a state's own make, and not where the report's flow names another giver", () => {
    expect(parties("Turkey received 20 Akinci drones last year.")).toEqual([]);
    expect(parties("Germany sent new weapons to Ukraine on Friday. Ukraine received three HIMARS launchers on Monday.").filter((c) => c.supplier === "USA")).toEqual([]);
  });
});

describe("an Oreshnik is a ballistic missile, whatever noun follows its name", () => {
  it.each([["Two Oreshnik launchers were moved"], ["the Oreshnik systems now stand"], ["an Oreshnik missile was fired"]])("%s", (phrase) => {
    expect(findItems(phrase).map((i) => i.item)).toEqual(["ballistic-missiles"]);
  });
});

// Kinds of periods that start with an order, a contract or an approval (SCHEMA.md, "Periods": a contract or approval date
// starts it; a planned delivery may lie after the publication date), each shown by phrasings of our own: the month of an
// order is the last one even after a future verb; an order's date starts a delivery that lies ahead or has only a deadline;
// a clause with no date of its own right after the order's takes its date; a count "since" starts what was handed over.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "order-dates.txt", bytes: new TextEncoder().encode(page), meta: { id: "order-dates", outlet: "Test Wire", published: "2024-09-11" } });
  return doc.claims;
}

/** The period of the claim that counts `value`. */
function periodOf(page: string, value: number) {
  return claimsOf(page).find((c) => c.quantity?.value === value)?.period ?? null;
}

describe("the month of an order is the last one, even after a verb of the future", () => {
  it.each([
    ["Peru is to receive 12 helicopters from Brazil under a contract signed in November.", 12, "2023-11"],
    ["Kenya will get 30 armoured vehicles from Turkey under an agreement inked in October.", 30, "2023-10"],
    ["Chile is set to receive four frigates from Spain under a deal concluded in December.", 4, "2023-12"],
  ])("%s", (page, value, start) => {
    expect(periodOf(page, value)?.start).toBe(start);
  });
});

describe("an order's date starts a delivery that lies ahead, or one with a deadline only", () => {
  it.each([
    ["Peru signed a $2 billion deal with France in March for 24 fighters, with deliveries due to begin in 2027.", 24, "2024-03"],
    ["Four of the 10 jets Qatar ordered from France in 2021 have been delivered since 2023, and the remaining six will follow by 2026.", 6, "2021"],
    ["Two of the eight frigates Peru ordered from Spain in 2019 have been delivered since 2022, and the other six will follow by 2028.", 6, "2019"],
  ])("%s", (page, value, start) => {
    expect(periodOf(page, value)?.start).toBe(start);
  });
});

describe("a clause with no date of its own, right after the order's, takes the order's date", () => {
  it.each([
    ["Of the 12 howitzers Peru ordered from France in June 2022, eight have been delivered.", 8, "2022-06"],
    ["Of the 40 drones Kenya ordered from Turkey in 2020, 25 have arrived.", 25, "2020"],
    ["Of the 30 tanks Egypt ordered from Germany in March 2019, 20 have been handed over.", 20, "2019-03"],
  ])("%s", (page, value, start) => {
    expect(periodOf(page, value)?.start).toBe(start);
  });
});

describe("a count since a date starts what was handed over, not the order", () => {
  it.each([
    ["Three of the eight jets Peru ordered from Sweden in 2019 have been delivered since 2022.", 3, "2022"],
    ["Four of the 10 jets Qatar ordered from France in 2021 have been delivered since 2023, and the remaining six will follow by 2026.", 4, "2023"],
    ["Two of the eight frigates Peru ordered from Spain in 2019 have been delivered since 2022, and the other six will follow by 2028.", 2, "2022"],
  ])("%s", (page, value, start) => {
    expect(periodOf(page, value)?.start).toBe(start);
  });
});

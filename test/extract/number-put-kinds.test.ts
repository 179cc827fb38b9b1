// A count put on goods told just before ("Reports put the number at more than 300."): a sentence with no goods of
// its own that only counts them again is the transfer told before, counted by its figure. A figure told in between
// of something else ("were killed") keeps the count off the goods. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const claimsOf = (text: string) => claimsOfReport(text, "number-put", "2025-03-04");

const counts = (text: string, supplier: string, recipient: string, item: string) =>
  claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient && c.item === item).map((c) => [c.quantity?.value ?? c.quantity?.min ?? c.quantity?.max ?? null, c.quantity?.unit ?? null]);

describe("a number put on goods told before counts them", () => {
  it.each([
    ["Spain has delivered Meteor missiles to Chile, the Chilean navy said on Monday. Officials quoted by a Madrid daily put the number at more than 300.", "ESP", "CHL", "missiles-other", 300, "missiles"],
    ["Turkey has sold drones to Kenya, Nairobi confirmed. Press reports put the number at about 40.", "TUR", "KEN", "drones", 40, "drones"],
    ["Norway has sent troops to Latvia for the exercise, the ministry said. Riga now puts the number in the border area at about 2,000.", "NOR", "LVA", "troops", 2000, "troops"],
  ])("%s", (text, supplier, recipient, item, value, unit) => {
    expect(counts(text, supplier, recipient, item)).toContainEqual([value, unit]);
  });
});

describe("a number put after a figure of something else counts no goods", () => {
  it.each([
    ["Norway has sent troops to Latvia, the ministry said. It now reckons that some 50 of them have been injured in training. In May it had put the figure at about 20.", "NOR", "LVA", "troops"],
    ["Spain has delivered Meteor missiles to Chile, the navy said. Madrid's spending on the programme reached 900 million euros. Officials put the number at 12 billion.", "ESP", "CHL", "missiles-other"],
  ])("%s", (text, supplier, recipient, item) => {
    const found = counts(text, supplier, recipient, item);
    expect(found.some(([v]) => v === 20 || v === 12e9)).toBe(false);
  });
});

// "a second Patriot battery": a time word that is also an ordinal ranks the noun after it, so the article counts
// one of it, as "a third Patriot system" does. A "second" that names a time ("a second or two") measures nothing.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const claimsOf = (text: string) => claimsOfReport(text, "ordinal-count", "2025-03-04");

const figures = (text: string, supplier: string, recipient: string, item: string) =>
  claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient && c.item === item).map((c) => [c.quantity?.value ?? null, c.quantity?.unit ?? null]);

describe("a second system is one system", () => {
  it.each([
    ["Spain has handed Estonia a second Patriot battery from its own stocks.", "ESP", "EST", "air-defence-systems"],
    ["Norway delivered a second NASAMS air-defence system to Latvia last month, the ministry said.", "NOR", "LVA", "air-defence-systems"],
    ["France will ship a second Caesar howitzer to Romania before the summer.", "FRA", "ROU", "artillery-systems"],
  ])("%s", (text, supplier, recipient, item) => {
    expect(figures(text, supplier, recipient, item)).toContainEqual([1, "systems"]);
  });
});

describe("a second that is a time or a lot counts nothing by itself", () => {
  it.each([
    ["Spain will send a second batch of howitzers to Ukraine.", "ESP", "UKR", "artillery-systems"],
    ["For a second time, Norway sent air-defence systems to Latvia.", "NOR", "LVA", "air-defence-systems"],
  ])("%s", (text, supplier, recipient, item) => {
    expect(figures(text, supplier, recipient, item).every(([v]) => v === null)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import type { Quantity } from "../core/claim.js";
import { amountContext, measureOf, statementMeasure, type MeasuredClaim } from "./figure-measure.js";

/** A claim whose amount is the first occurrence of `amount` in `sentence` (our own phrasings). */
function claim(sentence: string, amount: string, p: Partial<MeasuredClaim> & { unit?: Quantity["unit"] } = {}): MeasuredClaim {
  const at = sentence.indexOf(amount);
  if (at < 0) throw new Error(`no "${amount}" in "${sentence}"`);
  const offset = 40; // the sentence sits somewhere in its document
  const digits = Number(amount.replace(/[^\d.]/g, "")) || 1;
  return {
    quantity: { value: digits, min: null, max: null, unit: p.unit ?? "troops", approx: false },
    cumulative: false,
    period: null,
    stated: "2024-05-10",
    certainty: "asserted",
    evidence: { start: offset, end: offset + sentence.length, text: sentence },
    parts: { amount: { start: offset + at, end: offset + at + amount.length } },
    ...p,
  };
}

describe("measureOf: what a figure measures", () => {
  it("reads a rate from the words right after the amount", () => {
    expect(measureOf(claim("Each recruit is promised $1,800 a month by the host army.", "$1,800", { unit: "usd" }))).toBe("rate");
    expect(measureOf(claim("The refinery can ship 40,000 barrels per day to the border.", "40,000", { unit: "barrels" }))).toBe("rate");
    expect(measureOf(claim("Officials put the allowance at 300 tonnes annually, the paper wrote.", "300", { unit: "tonnes" }))).toBe("rate");
    expect(measureOf(claim("A share of 40 percent went by rail.", "40", { unit: "percent" }))).toBe("rate");
  });

  it("a rate word after another figure does not make this one a rate", () => {
    // The money is a rate; the head count it multiplies is not.
    expect(measureOf(claim("Pay of $900 a month for each of 7,000 conscripts would cost the treasury dearly.", "7,000"))).not.toBe("rate");
  });

  it("reads a plan, target or ceiling from the words before the amount", () => {
    expect(measureOf(claim("The plant's target is 9,000 shells, far above its output.", "9,000", { unit: "rounds" }))).toBe("plan");
    expect(measureOf(claim("Minsk has decided to send about 4,000 engineers to the front.", "4,000"))).toBe("plan");
    expect(measureOf(claim("The resolution capped deliveries at 250,000 barrels for the period.", "250,000", { unit: "barrels" }))).toBe("plan");
    expect(measureOf(claim("Some 500 drones may follow next year.", "500", { unit: "drones", certainty: "possible" }))).toBe("plan");
  });

  it("reads an increment from 'a further', 'another', '... more'", () => {
    expect(measureOf(claim("A further 2,200 soldiers crossed the border last week.", "A further 2,200"))).toBe("increment");
    expect(measureOf(claim("Another 900 men landed at the port on Tuesday.", "900"))).toBe("increment");
    expect(measureOf(claim("It sent 3,100 troops before May and about 1,400 more after the summit.", "about 1,400"))).toBe("increment");
  });

  it("reads a running total from 'in total', 'so far', 'since', 'bringing the total'", () => {
    expect(measureOf(claim("Some 600 trucks have crossed so far, the ministry said.", "600", { unit: "vehicles" }))).toBe("stock");
    expect(measureOf(claim("Two more ships docked, bringing the total to roughly 8,300 containers.", "roughly 8,300", { unit: "containers" }))).toBe("stock");
    expect(measureOf(claim("The army has received 75 launchers since March, an adviser said.", "75", { unit: "systems", period: { start: "2024-03", end: "2024-05-10" } }))).toBe("stock");
  });

  it("without words that decide, reads the period: none, or one up to the day told, is a running total", () => {
    expect(measureOf(claim("The general said 5,500 soldiers are now deployed there.", "5,500"))).toBe("stock");
    expect(measureOf(claim("Tankers moved 61,000 barrels in March, the monitors found.", "61,000", { unit: "barrels", period: { start: "2024-03", end: "2024-03" } }))).toBe("increment");
    expect(measureOf(claim("It delivered 140 missiles in 2023, the spy chief said.", "140", { unit: "missiles", period: { start: "2023", end: "2023" } }))).toBe("increment");
  });

  it("keeps the amount's own words on the side before the number", () => {
    const ctx = amountContext(claim("A further 2,200 soldiers crossed in 2024 and 300 later.", "A further 2,200"));
    expect(ctx?.before).toEqual(["a", "further"]);
    expect(ctx?.after).toEqual(["soldiers", "crossed", "in", "and"]);
  });

  it("gives no measure without a figure, and types old records from their flag", () => {
    expect(measureOf({ ...claim("Troops went.", "Troops"), quantity: null })).toBeNull();
    expect(statementMeasure({ quantity: { value: 1, min: null, max: null, unit: "troops", approx: false }, cumulative: true, certainty: "asserted", period: null })).toBe("stock");
    expect(statementMeasure({ quantity: { value: 1, min: null, max: null, unit: "troops", approx: false }, cumulative: false, certainty: "possible", period: null })).toBe("plan");
  });
});

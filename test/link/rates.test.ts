// A rate and an amount are other figures, however alike their numbers: "12,000 shells a day" does not retell
// "12,000 shells", nor "40,000 barrels a month" a count of 40,000 barrels a week. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim, Quantity } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim } from "./helpers.js";

const docs = new Map([
  ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2024-07-02" })],
  ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2024-07-03" })],
]);
const analyst: Claim["source"] = { speaker: "Ilona Varga", org: "Estonian Defence Forces", country: "EST" };

let n = 0;
const said = (doc: string, item: Claim["item"], quantity: Quantity, evidence: string): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "PRK", recipient: "RUS", item, quantity, period: null, certainty: "asserted", source: analyst, evidence, stated: "2024-07-02" }, n++);
const q = (value: number, unit: Quantity["unit"], per?: Quantity["per"]): Quantity => ({ value, min: null, max: null, unit, approx: false, ...(per ? { per } : {}) });

const linked = (a: Claim, b: Claim) => {
  const links = linkClaims([a, b], docs);
  return links.get(a.id) === links.get(b.id);
};

describe("a rate does not retell an amount, nor a rate over another time", () => {
  it.each<[Claim["item"], Quantity, string, Quantity, string]>([
    ["artillery-ammunition", q(12000, "rounds", "day"), "Russian guns fire some 12,000 North Korean shells a day, Varga said.", q(12000, "rounds"), "Varga said 12,000 shells from North Korea had reached Russian depots."],
    ["oil-fuel", q(40000, "barrels", "month"), "About 40,000 barrels of fuel a month flow to the North, according to Varga.", q(40000, "barrels", "week"), "Varga put the fuel going north at 40,000 barrels a week."],
    ["drones", q(300, "drones", "week"), "Varga said 300 drones a week now cross the border.", q(300, "drones"), "In all, 300 drones have crossed the border, Varga said."],
  ])("%s", (item, first, told, second, retold) => {
    expect(linked(said("a", item, first, told), said("b", item, second, retold))).toBe(false);
  });

  it("still joins one rate told twice", () => {
    expect(linked(said("a", "drones", q(300, "drones", "week"), "Varga said 300 drones a week now cross the border."), said("b", "drones", q(300, "drones", "week"), "Some 300 drones cross each week, Varga said."))).toBe(true);
  });
});

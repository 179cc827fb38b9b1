// Kinds of certainty for deals whose delivery still lies ahead (SCHEMA.md, "Certainty": an offer, an intention or an
// expected delivery is `possible`), each shown by phrasings of our own: a state that "is to" buy, station or be
// furnished with goods; a contract or agreement signed, or a purchase agreed, on a date "to buy"; signing "for" a
// counted lot; a purchase or sale that "has been finalised" or concluded.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-deals.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-deals", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

function expectPossible(page: string, supplier: string, recipient: string) {
  expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
}

describe("being to buy, station or be furnished with goods is a plan", () => {
  it.each([
    ["Peru is to buy 24 Korean FA-50 jets, the defence minister said on Monday.", "KOR", "PER"],
    ["Chile is also to purchase 12 howitzers from France, the navy chief said.", "FRA", "CHL"],
    ["Moscow is to station Iskander missiles in Belarus by the end of the year, Lukashenko said.", "RUS", "BLR"],
    ["Some 20 tanks are to be furnished to Ukraine by Norway before June, the minister said.", "NOR", "UKR"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

describe("a contract or agreement signed, or a purchase agreed, on a date to buy leaves the delivery ahead", () => {
  it.each([
    ["Kenya signed a contract in May to buy 40 armoured vehicles from Turkey, the ministry said.", "TUR", "KEN"],
    ["Ghana signed an agreement last week to purchase six helicopters from Italy.", "ITA", "GHA"],
    ["Egypt inked a deal on Tuesday to acquire 30 Rafale jets from France.", "FRA", "EGY"],
    ["Peru agreed in March to buy 24 fighter jets from South Korea, the ministry said.", "KOR", "PER"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

describe("signing for a counted lot leaves the delivery ahead", () => {
  it.each([
    ["Kenya signs for 40 armoured vehicles from Turkey, with deliveries from 2026.", "TUR", "KEN"],
    ["Norway signs for a second batch of 20 tanks from Germany, deliveries 2026-2028.", "DEU", "NOR"],
    ["Spain signs for 24 howitzers from Israel, with first deliveries in 2027.", "ISR", "ESP"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

describe("a purchase or sale that has been finalised is a deal, not a delivery", () => {
  it.each([
    ["Kenya's purchase of 12 helicopters from Italy had been finalised, the deputy minister said.", "ITA", "KEN"],
    ["The sale of 30 armoured vehicles from Turkey to Ghana has been concluded, the ministry said.", "TUR", "GHA"],
    ["The acquisition of 24 Rafale jets from France by Egypt has been sealed, officials in Cairo said.", "FRA", "EGY"],
  ])("%s", (page, supplier, recipient) => expectPossible(page, supplier, recipient));
});

// Kinds of certainty and period that were weighed wrong on unseen wording, each shown by phrasings of our own
// (SCHEMA.md, "Certainty" and "Periods"): a decision or a commitment to send is an intention (`possible`), and a
// promise of goods is the transfer itself, so a date after what is promised dates the transfer, not the saying.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string, published = "2024-06-14") {
  const doc = processDocument({ path: "slots.txt", bytes: new TextEncoder().encode(page), meta: { id: "slots", outlet: "Test Wire", published } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty, start: c.period?.start ?? null }));
}

describe("a decision to send is an intention, so the transfer is possible", () => {
  it.each([
    ["Belarus has decided to send about 3,000 soldiers to Armenia, the ministry said.", "BLR", "ARM"],
    ["Spain decides to sell 12 tanks to Chile.", "ESP", "CHL"],
    ["The cabinet in Ankara had decided to ship 40 drones to Azerbaijan, officials said.", "TUR", "AZE"],
    ["Seoul decided to lend 500,000 shells to Poland, according to the minister.", "KOR", "POL"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
  });
});

describe("a commitment told in the first person is an intention", () => {
  it.each([
    ["Italy says this covers our commitment to supply 5,000 drones to Moldova in 2026.", "ITA", "MDA"],
    ["Norway says its aid includes our commitment to deliver 20 patrol boats to Latvia.", "NOR", "LVA"],
    ["Austria says the plan keeps our commitment to send 400 armoured trucks to Georgia.", "AUT", "GEO"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
  });
});

describe("a date after the goods promised dates the transfer", () => {
  it.each([
    ["Spain promised Chile 12 tanks in March 2023.", "ESP", "CHL", "2023-03"],
    ["Austria promised Georgia 300 trucks in January.", "AUT", "GEO", "2024-01"],
    ["Portugal pledged 40 howitzers to Peru in May 2023.", "PRT", "PER", "2023-05"],
  ])("%s", (page, supplier, recipient, start) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, start }));
  });

  it.each([
    ["Spain promised on Monday to sell 12 tanks to Chile.", "ESP", "CHL"],
    ["Portugal pledged on Tuesday to send 40 howitzers to Peru.", "PRT", "PER"],
  ])("a date right after the verb dates the saying: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, start: null }));
  });
});

describe("a date that owns a noun of saying dates the saying, not the count", () => {
  it.each([
    ["Last Thursday's report from the monitors counted more than 900 containers of arms shipped from Serbia to Sudan since September 2023.", "SRB", "SDN", "2023-09"],
    ["Monday's report from the panel counted 300 tanks sent from Spain to Chile since March 2023.", "ESP", "CHL", "2023-03"],
    ["Wednesday's assessment by the institute counted 40 jets delivered by France to Egypt since May 2022.", "FRA", "EGY", "2022-05"],
  ])("%s", (page, supplier, recipient, start) => {
    expect(claimsOf(page, "2025-06-03")).toContainEqual(expect.objectContaining({ supplier, recipient, start }));
  });
});

describe("what an amount is enough to equip hedges nothing; what a load is enough to hold is an estimate", () => {
  it.each([
    ["Some 40 howitzers, enough to arm two regiments, were sold to Sudan by Serbia, the Serbian ministry said.", "SRB", "SDN", "asserted"],
    ["Over 90 drones, enough to equip three squadrons, have been delivered to Azerbaijan by Turkey, the Turkish ministry said.", "TUR", "AZE", "asserted"],
    ["More than 120 tanks, enough to field a full brigade, were shipped to Chile by Spain, the Spanish ministry said.", "ESP", "CHL", "asserted"],
    ["The minister said the boxes were enough to hold some 2 million shells sent by Belarus to Armenia.", "BLR", "ARM", "believed"],
  ])("%s", (page, supplier, recipient, certainty) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty }));
  });
});

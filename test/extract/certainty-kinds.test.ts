// Kinds of certainty that were once weighed wrong, each shown by phrasings of our own (SCHEMA.md, "Certainty"):
// a negated subject denies the transfer ("no shells were sent"), a modal of ability or need leaves it possible
// ("can supply", "still need to be paid for"), "no doubt" is no doubt, a hedge that leads to the supplier ("reportedly
// from Iran") weighs the transfer, and an alternative ("instead of", "rather than") denies the thing it names, not the one chosen.
import { describe, expect, it } from "vitest";
import { findCues } from "../../src/extract/weigh-certainty.js";
import { processDocument } from "../../src/pipeline.js";

const cues = (text: string) => findCues(text).map((c) => c.certainty);

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty }));
}

describe("a negated subject before the transfer verb is a denial", () => {
  it.each([
    "No artillery shells were sent to Armenia by Belarus.",
    "Not a single tank has been delivered to Bolivia.",
    "None of the Turkish drones were shipped to Azerbaijan.",
    "No rockets have ever been sold to Sudan.",
  ])("%s", (text) => expect(cues(text)).toContain("denied"));

  it.each([
    "There is no doubt that Serbia sold rockets to Sudan.",
    "No one knows whether the rockets were shipped.",
    "No other country has sent more shells to Kyiv than Czechia.",
    "No country in Europe has supplied as many tanks as Poland.",
    "A country with huge stocks, Serbia has sold no rockets since May, but it sent trucks.",
  ])("no denial of the transfer: %s", (text) => expect(cues(text)).not.toContain("denied"));

  it.each([
    ["No artillery shells were sent to Armenia by Belarus, the minister said.", "BLR", "ARM"],
    ["No rockets have been sold to Sudan by Serbia, the Serbian ministry said.", "SRB", "SDN"],
    ["Not a single tank has been delivered to Bolivia by Argentina, the ministry said.", "ARG", "BOL"],
    ["None of the Turkish drones were shipped to Azerbaijan last year, the ministry in Ankara said.", "TUR", "AZE"],
  ])("claim: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });
});

describe("a doubt that is denied is no doubt", () => {
  it.each(["There is no doubt that Serbia sold rockets to Sudan.", "Officials have little doubt the shells came from Minsk.", "Beyond doubt, Iran sent drones to Caracas."])("%s", (text) =>
    expect(cues(text)).not.toContain("doubted"),
  );
  it.each(["Seoul doubts that Minsk sent shells.", "Analysts voiced doubts over the sale of jets to Lima."])("still a doubt: %s", (text) => expect(cues(text)).toContain("doubted"));
});

describe("a modal of ability or need leaves the transfer possible", () => {
  it.each([
    "Brazil can supply 40 armoured vehicles to Angola.",
    "The plant can produce 5,000 shells a month.",
    "The jets can be delivered to Lima by spring.",
    "Forty howitzers still need to be paid for.",
    "The last 12 drones need to be financed by Nairobi.",
    "The radar still needs funding before it goes to Quito.",
  ])("%s", (text) => expect(cues(text)).toContain("possible"));

  it.each(["You can say that millions of shells have been sent.", "Analysts can confirm that Minsk sent trucks."])("a verb of saying after 'can': %s", (text) =>
    expect(cues(text)).not.toContain("possible"),
  );

  it.each(["The crates can hold 40 shells each.", "Each truck can carry 300 rounds."])("a capacity is an estimate: %s", (text) => expect(cues(text)).toContain("believed"));

  it.each([
    ["Brazil can supply 40 armoured vehicles to Angola, the minister said.", "transfer", "BRA", "AGO"],
    ["The Pakistani plant can produce 5,000 artillery shells a month, the army said.", "production", "PAK", null],
    ["Sixty Polish tanks still need to be funded before they go to Kyiv, the minister said.", "transfer", "POL", "UKR"],
    ["Twenty Turkish drones for Kenya still need to be financed, the ministry said.", "transfer", "TUR", "KEN"],
  ])("claim: %s", (page, kind, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ kind, supplier, recipient, certainty: "possible" }));
  });
});

describe("a hedge that leads to the supplier weighs the transfer", () => {
  it.each([
    ["Russia received 300 drones last year, reportedly from Iran.", "IRN", "RUS", "reported"],
    ["Venezuela took delivery of 12 jets in May, probably from Belarus.", "BLR", "VEN", "believed"],
    ["Sudan's army has acquired 50 anti-tank missiles, allegedly supplied by Eritrea.", "ERI", "SDN", "reported"],
  ])("%s", (page, supplier, recipient, certainty) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty }));
  });

  it.each([
    ["Belarus sent 40 tanks to Russia, which later reportedly moved them to Crimea.", "BLR", "RUS"],
    ["Iran sent 40 drones to Russia, and Moscow reportedly paid in gold.", "IRN", "RUS"],
    ["Russia received 300 drones from Iran, the ministry said.", "IRN", "RUS"],
  ])("not where it leads elsewhere: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "asserted" }));
  });

  it.each(["Minsk supposedly sold shells to Yerevan.", "The ship supposedly carried Iranian rockets."])("'supposedly' passes a claim on: %s", (text) => expect(cues(text)).toContain("reported"));
});

describe("an alternative denies the thing it names, not the one chosen", () => {
  it.each([
    ["In March, Chile opted to buy six British frigates instead of frigates from Spain, the navy said.", "GBR", "ESP", "CHL"],
    ["Kenya decided to buy 20 Turkish drones for $90 million rather than drones from China, the ministry said.", "TUR", "CHN", "KEN"],
    ["Peru bought Swedish jets from Sweden instead of French jets from France, the ministry said.", "SWE", "FRA", "PER"],
  ])("%s", (page, chosen, passed, recipient) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier: passed, recipient, certainty: "denied" }));
    expect(claims).toContainEqual(expect.objectContaining({ supplier: chosen, recipient, certainty: "asserted" }));
  });
});

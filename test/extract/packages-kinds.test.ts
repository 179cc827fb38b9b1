// Package contents, package values and headlines of future deeds, written for the test: "on Kyiv's behalf" names
// whom the goods are for; one sum in two currencies is kept in dollars; a name of money may stand before the
// figure; "NASAMS fire units" and "tracked carriers" are things; a headline's "to" + verb is a plan; present
// tense "orders" tells a transfer.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "packages.txt", bytes: Buffer.from(text), meta: { id: "packages", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const body = (sentence: string) => `Aid news\n\nLondon, 3 March (Probe Wire) - ${sentence}\n`;
const headline = (title: string) => `${title}\n\nThe report came on Monday (Probe Wire).\n`;
const rows = (cs: Claim[]) => cs.map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null, c.quantity?.unit ?? null]);

describe("goods bought from a maker on a state's behalf go to that state, from the buyer", () => {
  it.each([
    ["Helsinki is purchasing 30,000 shells from a private plant on Ukraine's behalf.", "FIN", "UKR", "artillery-ammunition"],
    ["The Hague will buy four NASAMS launchers from a domestic firm on behalf of Ukraine.", "NLD", "UKR", "air-defence-systems"],
    ["Tallinn has bought 12 howitzers from an unnamed seller on Kyiv's behalf.", "EST", "UKR", "artillery-systems"],
  ])("%s", (sentence, supplier, recipient, item) => {
    const cs = claimsOf(body(sentence));
    expect(cs.map((c) => [c.supplier, c.recipient, c.item])).toContainEqual([supplier, recipient, item]);
    expect(cs.filter((c) => c.supplier === recipient)).toEqual([]);
  });
});

describe("a package's contents bought abroad by its giver keep the package's direction", () => {
  it.each([
    ["Norway unveiled a new aid package for Ukraine on Friday.", "The package includes three NASAMS launchers and 20,000 shells, which Oslo is buying from a local maker on Kyiv's behalf.", "NOR"],
    ["Denmark announced another donation package for Ukraine.", "It contains two NASAMS launchers and 10,000 shells, which Copenhagen is purchasing from an arms firm on Ukraine's behalf.", "DNK"],
    ["Finland approved its latest aid package for Ukraine.", "The package includes four NASAMS launchers and 5,000 shells, which Helsinki is acquiring from a producer on behalf of Kyiv.", "FIN"],
  ])("%s", (opening, sentence, supplier) => {
    const cs = claimsOf(`Aid news\n\n${opening}\n\n${sentence}\n`).filter((c) => c.item === "air-defence-systems");
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect([c.supplier, c.recipient]).toEqual([supplier, "UKR"]);
  });
});

describe("tracked carriers are armoured vehicles, counted as vehicles", () => {
  it.each([
    ["Sweden will send 30 tracked carriers to Ukraine.", 30],
    ["Estonia is sending Ukraine 16 tracked vehicles.", 16],
    ["Latvia has delivered eight tracked carriers to Ukraine.", 8],
  ])("%s", (sentence, value) => {
    expect(rows(claimsOf(body(sentence)))).toContainEqual([expect.any(String), "UKR", "armoured-vehicles", value, "vehicles"]);
  });
});

describe("a sum restated in dollars right after it is kept in dollars", () => {
  it.each([
    ["Norway approved a package for Ukraine worth 3 billion kroner (about $280 million).", 280000000],
    ["Denmark approved a package for Ukraine worth 2 billion Danish kroner ($290 million).", 290000000],
    ["Sweden unveiled a package for Ukraine worth 9 billion kronor, or roughly $850 million.", 850000000],
  ])("%s", (sentence, value) => {
    const values = claimsOf(body(sentence)).filter((c) => c.item === "weapons-unspecified").map((c) => [c.quantity?.value, c.quantity?.unit]);
    expect(values).toContainEqual([value, "usd"]);
    expect(values.filter((v) => v[1] !== "usd")).toEqual([]);
  });
});

describe("a shared name of money before the figure is the currency of the state named", () => {
  it.each([
    ["Norway unveils kroner 4bn aid package for Ukraine", "nok"],
    ["Denmark adds kroner 2bn aid package for Ukraine", "dkk"],
    ["Sweden approves kronor 6bn aid package for Ukraine", "sek"],
  ])("%s", (title, unit) => {
    expect(claimsOf(headline(title)).map((c) => c.quantity?.unit)).toContain(unit);
  });
});

describe("the value of a state's military support that reaches a sum is weapons, not money", () => {
  it.each([
    "The value of Finland's military support to Ukraine since 2022 has reached 3 billion euros.",
    "Belgium's defence support to Ukraine now stands at 2 billion euros.",
    "With this tranche, the value of Portugal's military support to Ukraine reaches some 400 million euros.",
  ])("%s", (sentence) => {
    const items = claimsOf(body(sentence)).map((c) => c.item);
    expect(items).toContain("weapons-unspecified");
    expect(items).not.toContain("money");
  });
});

describe("'fire units' of an air-defence system are systems, no fire and no troops", () => {
  it.each([
    ["Germany has handed six IRIS-T SLM fire units to Ukraine.", 6],
    ["Spain will send three NASAMS fire units to Ukraine.", 3],
    ["Canada bought two NASAMS fire units for Ukraine.", 2],
  ])("%s", (sentence, value) => {
    expect(rows(claimsOf(body(sentence)))).toContainEqual([expect.any(String), "UKR", "air-defence-systems", value, "systems"]);
  });
});

describe("a headline whose transfer verb follows 'to' tells a plan: possible", () => {
  it.each([
    ["Helsinki to hand Kyiv three more transport planes next year", "aircraft"],
    ["Canada to send two more NASAMS launchers to Ukraine", "air-defence-systems"],
    ["Poland to ship 40 more tanks to Ukraine", "armoured-vehicles"],
  ])("%s", (title, item) => {
    const cs = claimsOf(headline(title)).filter((c) => c.item === item);
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(c.certainty).toBe("possible");
  });
});

describe("present-tense 'orders ... from' tells a transfer", () => {
  it.each([
    ["Armenia orders more Pinaka launchers from India", "IND", "ARM", "artillery-systems"],
    ["Morocco orders 18 Caesar howitzers from France", "FRA", "MAR", "artillery-systems"],
    ["Greece orders four Rafale jets from France", "FRA", "GRC", "aircraft"],
  ])("%s", (title, supplier, recipient, item) => {
    expect(claimsOf(headline(title)).map((c) => [c.supplier, c.recipient, c.item])).toContainEqual([supplier, recipient, item]);
  });
});

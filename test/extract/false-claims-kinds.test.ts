// Sentences, written for the test, that look like transfers and are not, or that retell a claim already
// made: a firm's or a market's figures, what a source leaves open, another name of a thing just counted,
// a headline that reads the body's flow backwards, and one thing named in two wordings. Three phrasings
// of our own per rule; the claims that must still come out are checked beside them.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const cores = (claims: Claim[]) => claims.map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
const evidence = (claims: Claim[]) => claims.map((c) => c.evidence.text);

describe("a firm's or a market's figures are no transfer", () => {
  const lead = "Spain will sell four patrol boats to Morocco, the shipyard Navalis said.\n\n";
  it.each([
    "Since its founding in 1998, Navalis has drawn 60 percent of its revenues from exports.",
    "The yard, whose export rate reached 85 percent last year, reported €900 million in turnover.",
    "Navalis earned most of its profits from foreign sales of corvettes and frigates last year.",
  ])("revenue: %s", (figures) => {
    const claims = claimsOf(`${lead}${figures}\n`);
    expect(evidence(claims).filter((e) => e.startsWith(figures.slice(0, 20)))).toEqual([]);
    expect(cores(claims)).toContain("ESP MAR naval");
  });
  it.each([
    "With the Moroccan order, the number of countries that bought the Navalis patrol boat rose to 11.",
    "The patrol boat now has 14 export customers, among them Morocco and Senegal.",
    "Customers who have ordered the boat from Spain so far rose to 9 with the Moroccan deal.",
  ])("tally of buyers: %s", (tally) => {
    const claims = claimsOf(`${lead}${tally}\n`);
    expect(evidence(claims).filter((e) => e === tally)).toEqual([]);
    expect(cores(claims)).toContain("ESP MAR naval");
  });
});

describe("a count of givers is not a tally of buyers", () => {
  it("keeps 'a number of countries have sent'", () => {
    expect(cores(claimsOf("A number of countries have sent tanks to Ukraine, including Poland.\n"))).toContain("POL UKR armoured-vehicles");
  });
});

describe("what a source leaves open tells no new transfer", () => {
  const lead = "Spain will sell four patrol boats to Morocco, the shipyard Navalis said.\n\n";
  it.each([
    "The ministry did not say how many crews would be trained for the boats delivered to Morocco.",
    "Navalis declined to reveal when the first boat will be handed over to Rabat.",
    "Officials would not say which shipyard will build the boats sold to Morocco.",
  ])("%s", (open) => {
    const claims = claimsOf(`${lead}${open}\n`);
    expect(evidence(claims).filter((e) => e === open)).toEqual([]);
    expect(cores(claims)).toContain("ESP MAR naval");
  });
  it("keeps a transfer told before what is left open, in the same sentence", () => {
    const claims = claimsOf("Norway will send six boats to Estonia but did not say when they would arrive.\n");
    expect(cores(claims)).toContain("NOR EST naval");
  });
});

describe("another name of a thing just counted is that claim", () => {
  it.each([
    ["Russia has obtained 300 Geran-2 drones, also known as Shahed-136, from Iran, Kyiv said.\n", "IRN RUS drones"],
    ["Greece will get 10 SCALP missiles - otherwise known as Storm Shadow - from France, Athens said.\n", "FRA GRC missiles-other"],
    ["Bulgaria is to receive 12 Storm Shadow cruise missiles, known as SCALP in France, from Britain, the ministry said.\n", "GBR BGR missiles-other"],
  ])("%s", (text, core) => {
    const claims = claimsOf(text).filter((c) => `${c.supplier} ${c.recipient} ${c.item}` === core);
    expect(claims.length).toBe(1);
    expect(claims[0].quantity).not.toBeNull();
  });
});

describe("a headline that reads the body's flow backwards is no flow of its own", () => {
  it.each([
    ["Japan Approves $1 Billion in New Philippines Defense Aid Including Radars, Patrol Boats", "Japan is approving a new $1 billion defence aid package for the Philippines, including coastal radars and patrol boats, the ministry said on Friday.", "JPN", "PHL"],
    ["Canada Sends $500 Million More in Latvia Military Aid With Armoured Vehicles", "Canada will send armoured vehicles and ammunition worth $500 million to Latvia, its defence minister said on Monday.", "CAN", "LVA"],
    ["Norway Unveils $300 Million Estonia Security Package Including Air Defence Systems", "Norway will give Estonia air defence systems in a new $300 million package, the Norwegian government said.", "NOR", "EST"],
  ])("%s", (headline, body, giver, receiver) => {
    const claims = claimsOf(`${headline}\n\n${body}\n`);
    expect(claims.filter((c) => c.supplier === receiver && c.recipient === giver).map((c) => c.evidence.text)).toEqual([]);
    expect(claims.some((c) => c.supplier === giver && c.recipient === receiver)).toBe(true);
  });
});

describe("one thing named in two wordings is one claim", () => {
  it.each([
    ["Canada is sending Stryker armoured personnel carriers to Latvia, the ministry said.", "The package includes 25 Stryker vehicles, the ministry said."],
    ["Spain will send Leopard 2A4 main battle tanks to Estonia, the ministry said.", "The package includes 12 Leopard 2A4 tanks, the ministry said."],
    ["Sweden will deliver CV90 infantry fighting vehicles to Latvia, the ministry said.", "The package includes 40 CV90 vehicles, the ministry said."],
  ])("%s / %s", (first, second) => {
    const claims = claimsOf(`${first}\n\n${second}\n`).filter((c) => c.item === "armoured-vehicles");
    expect(claims.length, evidence(claims).join(" | ")).toBe(1);
    expect(claims[0].quantity?.value).toBeGreaterThan(0);
  });
});

// Kinds of credit once weighed wrong, each shown by phrasings of our own (SCHEMA.md, "Certainty"): a closing credit to
// the press named by its kind ("according to the Catalan daily X", "the trade weekly Y") passes the claim on, so
// `reported`, even where the paper's name is read as no outlet; a credit to a report the document named before
// ("according to the report"), whose author the attribution names, is that author's own word, so `asserted`.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "hedges-credits.txt", bytes: new TextEncoder().encode(page), meta: { id: "hedges-credits", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, quantity: c.quantity?.value ?? null, certainty: c.certainty }));
}

describe("a credit to the press named by its kind is reported", () => {
  it.each([
    ["Spain has quietly sent 20 tanks to Ukraine, according to the Catalan daily El Punt.", "ESP", "UKR", 20],
    ["Portugal shipped 16 howitzers to Ukraine in March, according to the trade weekly Harbour Notes.", "PRT", "UKR", 16],
    ["Poland delivered 18 howitzers to Ukraine in April, according to the defence magazine Ostwind.", "POL", "UKR", 18],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "reported" }));
  });
});

describe("a credit to a report named before is its author's word", () => {
  it.each([
    ["The Andean Arms Observatory issued its annual report on Tuesday. Bolivia bought 14 helicopters from Brazil in 2022, according to the report.", "BRA", "BOL", 14],
    ["The Horn Arms Observatory issued its first report on Friday. Somalia received 40 armoured vehicles from Turkey in 2023, according to the report.", "TUR", "SOM", 40],
    ["The Mekong Arms Observatory issued a new report on Thursday. Laos got 10 helicopters from Russia in 2021, according to the report.", "RUS", "LAO", 10],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "asserted" }));
  });

  it("with no author named, the report credited stays hearsay", () => {
    const page = "A Lisbon paper ran a long story on Monday. According to the report, Angola bought 12 jets from Russia.";
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier: "RUS", recipient: "AGO", quantity: 12, certainty: "reported" }));
  });
});

// Hearsay and doubt told in the passive or as a position: being reported to have done a thing is `reported`, like
// being said to; not being in a position to confirm it is `doubted`, like being unable to.
describe("reported to have, not in a position to confirm", () => {
  it.each([
    ["In exchange, Chile is reported to have sold 12 jets to Peru.", "CHL", "PER", 12, "reported"],
    ["Turkey is also reported to have delivered 24 drones to Kenya last year.", "TUR", "KEN", 24, "reported"],
    ["Bolivia has been widely reported to be receiving 8 helicopters from Brazil.", "BRA", "BOL", 8, "reported"],
    ["We are not in a position to confirm that Sudan received 20 drones from Iran, the minister said.", "IRN", "SDN", 20, "doubted"],
    ["The ministry is not yet in a position to verify that Peru shipped 30 rifles to Chile.", "PER", "CHL", 30, "doubted"],
    ["Officials said they were not in a position to confirm that Kenya got 10 trucks from Turkey.", "TUR", "KEN", 10, "doubted"],
  ])("%s", (page, supplier, recipient, quantity, certainty) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty }));
  });
});

// "The same report said ...", "..., the report said": a report whose issuing no sentence told is the work of the body
// that spoke last in the paragraph (an observatory that "found" or "said"), so its figures are that body's, `asserted`.
describe("the same report, or the report, after a body spoke is that body's word", () => {
  function sourced(page: string) {
    const doc = processDocument({ path: "hedges-report.txt", bytes: new TextEncoder().encode(page), meta: { id: "hedges-report", outlet: "Test Wire", published: "2024-06-14" } });
    return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, quantity: c.quantity?.value ?? null, certainty: c.certainty, org: c.source.org }));
  }
  it.each([
    ["The Andean Arms Observatory found that Chile had sold 12 jets to Peru in 2022. The same report said Chile had also sold 30 trucks to Bolivia in 2023.", "CHL", "BOL", 30, "Andean Arms Observatory"],
    ["The Horn Arms Observatory said on Monday that Turkey had shipped 40 drones to Somalia. It also said Egypt had sent 25 tanks to Somalia. Kenya flew 8 helicopters to Somalia in 2023, the report said.", "KEN", "SOM", 8, "Horn Arms Observatory"],
    ["The Mekong Arms Observatory found that Russia had sold 10 helicopters to Laos. The same report said Vietnam had given 6 boats to Cambodia in 2021.", "VNM", "KHM", 6, "Mekong Arms Observatory"],
  ])("%s", (page, supplier, recipient, quantity, org) => {
    expect(sourced(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, org, certainty: "asserted" }));
  });
});

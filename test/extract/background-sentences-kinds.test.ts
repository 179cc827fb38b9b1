// Kinds of false claims seen over every development set, from sentences that tell no transfer of their own and took
// the flow told before them: a noun of transfer that another verb governs ("urged the cabinet to speed up arms
// shipments", "asked for details on the food shipments"), in a sentence that names no party, no figure and no denial;
// and a bare participle that describes the object of another verb ("the navy still sails frigates bought in the
// 1970s"), naming no state of its own, read as the clause's transfer with the owner as its receiver. Each is shown by
// phrasings of our own, with near twins that must keep their claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "background-sentences.txt", bytes: new TextEncoder().encode(page), meta: { id: "background-sentences", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty, evidence: c.evidence.text }));
}

/** The claims whose evidence is the page's second sentence. */
const ofSecond = (page: string, second: string) => claimsOf(page).filter((c) => c.evidence === second);

describe("a noun of transfer that another verb governs takes no flow from before", () => {
  it.each([
    ["Canada sent 40 armoured trucks to Ukraine in May.", "Several senators later urged the cabinet to speed up arms shipments."],
    ["Japan shipped rice to the Philippines in March.", "Officials declined to discuss the cost of the shipments."],
    ["Germany delivered 25 Marder vehicles to Ukraine in April.", "Auditors have since reviewed the paperwork on weapons deliveries."],
    ["Italy shipped 5,000 tonnes of wheat to Egypt in June.", "Lawmakers asked for details on the food shipments."],
  ])("no claim of the second sentence: %s %s", (first, second) => {
    expect(ofSecond(`${first} ${second}`, second)).toEqual([]);
    expect(claimsOf(`${first} ${second}`).length).toBeGreaterThan(0);
  });

  it.each([
    ["Iran sold drones to Russia, officials said.", "The ministry dismissed the reports on drone deliveries as lies.", "IRN", "RUS", "drones"],
    ["Canada sent 40 armoured trucks to Ukraine in May.", "Officials declined to discuss the 300 rifles in the shipments.", "CAN", "UKR", "weapons-unspecified"],
    ["Poland sent 14 tanks to Ukraine in May.", "The shipment also included 300 rifles.", "POL", "UKR", "weapons-unspecified"],
  ])("a denial, a figure, or the noun as subject keeps the flow: %s %s", (first, second, supplier, recipient, item) => {
    expect(ofSecond(`${first} ${second}`, second)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });
});

describe("a participle that describes the object of another verb tells no transfer of the clause", () => {
  it.each([
    ["Russia delivered helicopters to Iran in January.", "Iran's navy still sails frigates bought in the 1970s."],
    ["China shipped drones to Serbia last year.", "Serbia's army still stores rifles acquired during the 1980s."],
    ["Israel sold rifles to Colombia in 2023.", "Colombia's army still carries carbines received in the 1990s."],
  ])("no claim of the second sentence: %s %s", (first, second) => {
    expect(ofSecond(`${first} ${second}`, second)).toEqual([]);
  });

  it.each([
    ["Iran's air force now flies Su-35 jets bought from Russia in 2023.", "RUS", "IRN", "aircraft"],
    ["Russian gunners fire shells supplied by North Korea.", "PRK", "RUS", "artillery-ammunition"],
  ])("a participle that names its own party still gives: %s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });
});

describe("how scarce a thing is ('in short supply') moves nothing", () => {
  it.each([
    ["Norway sent NASAMS batteries to Ukraine in March.", "Interceptor missiles remain the item in shortest supply."],
    ["Sweden gave 50 CV90 vehicles to Ukraine.", "Artillery shells are the thing in short supply."],
    ["Denmark handed 19 F-16 jets to Ukraine.", "Spare engines for the jets are the part in scarce supply, pilots say."],
  ])("no claim of the second sentence: %s %s", (first, second) => {
    expect(ofSecond(`${first} ${second}`, second)).toEqual([]);
  });

  it("a supply to a state still gives: Iran's supply of drones to Russia", () => {
    expect(claimsOf("Iran's supply of drones to Russia continued in May.")).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", item: "drones" }));
  });
});

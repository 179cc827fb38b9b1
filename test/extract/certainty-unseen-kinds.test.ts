// Kinds of certainty that must hold on wording the reader was never tuned on (SCHEMA.md, "Certainty"), each shown by
// phrasings of our own: a done transfer and a planned one in one sentence stay two claims; a further lot named only as
// "more" or "new deliveries" is a planned transfer of the goods told before; words of future and plan; sources left
// unnamed; a judgement inside the phrase that credits the sentence ("according to estimates by ..."); evidence that
// "indicates"; fears, worries, signs and likelihood; a doubt about the claim as a whole; deliveries stopped or refused; a lot listed again keeps the certainty of its telling;
// a party's reply that closes a sentence ("..., which Minsk denies") is that party's denial only.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-unseen.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-unseen", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? null, certainty: c.certainty, source: c.source.org }));
}

describe("a done transfer and a planned one told in one sentence are two claims", () => {
  it.each([
    ["Poland has sent 50 tanks to Ukraine and plans to ship more tanks next year.", "POL", "UKR", 50],
    ["Norway delivered 12 howitzers to Ukraine in March and intends to send further howitzers in the autumn.", "NOR", "UKR", 12],
    ["Chile sold 8 jets to Peru in 2022 and is negotiating the sale of more jets.", "CHL", "PER", 8],
    ["Kenya is set to receive more armoured vehicles from Turkey, the minister said, adding that Turkey delivered 30 armoured vehicles in May.", "TUR", "KEN", 30],
  ])("%s", (page, supplier, recipient, quantity) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "asserted" }));
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, quantity: null, certainty: "possible" }));
  });
});

describe("a further lot named only as more of the goods is a planned transfer of them", () => {
  it.each([
    ["Poland sent 40 tanks to Ukraine last year, and 20 more will be sent in 2025.", "POL", "UKR", "armoured-vehicles", 20],
    ["Iran handed over 40 drones to Russia in May, and 60 more are expected in the summer.", "IRN", "RUS", "drones", 60],
    ["Iran has supplied drones to Russia and is planning new deliveries, the official claimed.", "IRN", "RUS", "drones", null],
    ["Pakistan shipped 2,000 rifles to Nigeria in January; a further shipment is scheduled for March.", "PAK", "NGA", "weapons-unspecified", null],
    ["Japan sent 300 trucks to the Philippines last year and will deliver another batch in 2025.", "JPN", "PHL", "armoured-vehicles", null],
  ])("%s", (page, supplier, recipient, item, quantity) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, item, quantity, certainty: "possible" }));
    expect(claims.filter((c) => c.supplier === supplier && c.recipient === recipient && c.certainty !== "possible").length).toBeGreaterThan(0);
  });
});

describe("a further lot from a party of its own is no more of the flow before", () => {
  it("the same giver makes it more of the flow, another giver does not", () => {
    expect(claimsOf("Russia received 300 drones from Iran; new deliveries from Iran are expected next month.")).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", certainty: "possible" }));
    expect(claimsOf("Russia received 300 drones from Iran; new deliveries from Belarus are expected next month.")).not.toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", certainty: "possible" }));
  });
});

describe("words of future, plan and commitment leave a transfer possible", () => {
  it.each([
    ["Germany is poised to deliver 30 tanks to Ukraine.", "DEU", "UKR"],
    ["Ukraine is in line to receive 40 howitzers from Italy.", "ITA", "UKR"],
    ["Italy is about to ship 40 howitzers to Ukraine.", "ITA", "UKR"],
    ["Italy is on track to deliver 40 howitzers to Ukraine by June.", "ITA", "UKR"],
    ["Italy has committed to supplying 40 howitzers to Ukraine.", "ITA", "UKR"],
    ["Italy is weighing the transfer of 40 howitzers to Ukraine.", "ITA", "UKR"],
    ["The deal foresees the delivery of 40 howitzers from Italy to Ukraine.", "ITA", "UKR"],
    ["Iran sent 40 drones to Russia in May, and roughly 60 more are due by August.", "IRN", "RUS"],
    ["The contract calls for Brazil to deliver 12 jets to Colombia by 2027.", "BRA", "COL"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
  });
});

describe("a sentence credited to sources it does not name is passed on", () => {
  it.each([
    ["Italy has sent 40 howitzers to Ukraine, people familiar with the matter said.", "ITA", "UKR"],
    ["Egypt has bought 12 jets from France, a person familiar with the talks said.", "FRA", "EGY"],
    ["Serbia sold 300 rockets to Sudan, a diplomat who asked not to be named told the newspaper.", "SRB", "SDN"],
    ["Serbia sold 300 rockets to Sudan, the ministry's adviser said, speaking anonymously.", "SRB", "SDN"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "reported" }));
  });
});

describe("a judgement inside the phrase that credits the sentence weighs all it tells", () => {
  it.each([
    ["Egypt supplied rifles to the RSF, according to allegations that UN investigators deemed credible.", "EGY", "SDN-RSF"],
    ["Chad sent fuel to the RSF, according to claims that the panel found credible.", "TCD", "SDN-RSF"],
    ["Iran shipped drones to Russia, according to assessments by British intelligence.", "IRN", "RUS"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "believed" }));
  });

  it("a credit that only names who reported stays the attribution's business", () => {
    expect(claimsOf("Egypt sent rifles to the RSF, according to a report by investigators who judged the allegations credible.")).toContainEqual(expect.objectContaining({ supplier: "EGY", certainty: "believed" }));
    const claims = claimsOf("Laos has received 40 trucks from Vietnam, according to a report issued on Monday by the ASEAN monitoring group.");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.certainty !== "believed" && c.certainty !== "reported")).toBe(true);
  });
});

describe("what evidence indicates, and what a state fears, is believed", () => {
  it.each([
    ["Satellite images indicate that Iran shipped 40 missiles to Russia.", "IRN", "RUS"],
    ["Intelligence suggests Italy sent 40 howitzers to Ukraine.", "ITA", "UKR"],
    ["Kyiv fears that Belarus is supplying Russia with shells.", "BLR", "RUS"],
    ["Seoul worries that Pyongyang has sent rockets to Moscow.", "PRK", "RUS"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "believed" }));
  });
});

describe("signs, likelihood and calculation are judgements", () => {
  it.each([
    ["There are signs that Iran sent 300 drones to Russia.", "IRN", "RUS"],
    ["Belarus has in all likelihood sold 60 tanks to Russia.", "BLR", "RUS"],
    ["Serbia has sent roughly 90,000 shells to Ukraine, analysts calculate.", "SRB", "UKR"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "believed" }));
  });
});

describe("a doubt about the claim as a whole is a doubt", () => {
  it.each([
    ["It is not known whether Iran sent drones to Russia.", "IRN", "RUS"],
    ["Washington has yet to confirm that Egypt sold rockets to Sudan.", "EGY", "SDN"],
    ["Whether Belarus sent tanks to Russia could not be independently verified.", "BLR", "RUS"],
    ["The claim that Chad sent fuel to the RSF could not be verified.", "TCD", "SDN-RSF"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "doubted" }));
  });
});

describe("a delivery stopped, refused or declined is denied", () => {
  it.each([
    ["Italy stopped the delivery of 40 howitzers to Ukraine.", "ITA", "UKR"],
    ["Italy refused to sell 40 howitzers to Egypt.", "ITA", "EGY"],
    ["Spain declined to send tanks to Ukraine.", "ESP", "UKR"],
    ["Responding to the report that Egypt sent rockets to Russia, Cairo said it had never done so.", "EGY", "RUS"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });
});

describe("a lot listed again keeps the certainty of its telling", () => {
  it.each([
    ["Germany will send a new aid package to Ukraine next month. The package includes 40 tanks and 12 howitzers.", "DEU", "UKR", 40, "possible"],
    ["Spain plans to ship a consignment of arms to Ukraine in the spring. The consignment comprises 30 armoured vehicles.", "ESP", "UKR", 30, "possible"],
    ["In June, Canada halted a shipment of rifles to Colombia. The shipment consisted of 2,000 rifles, an official said.", "CAN", "COL", 2000, "denied"],
    ["Britain suspended a delivery of jets to Turkey in March. That delivery included 12 jets.", "GBR", "TUR", 12, "denied"],
  ])("%s", (page, supplier, recipient, quantity, certainty) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty }));
    // The same listing after a lot told as done stays a fact.
    const done = page.replace(/will send|plans to ship|halted|suspended/, "sent");
    expect(claimsOf(done)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: expect.stringMatching(/asserted|reported/) }));
  });
});

describe("a reply that closes the sentence weighs only the replying party", () => {
  it.each([
    ["Ukraine says Belarus has sent shells to Russia, which Minsk denies.", "Ukrainian government"],
    ["Kyiv says Belarus has sent shells to Russia — an accusation Minsk rejects.", "Ukrainian government"],
    ["Kyiv says Belarus has sent shells to Russia, a charge Minsk has repeatedly denied.", "Ukrainian government"],
    ["Poland said Belarus had sold tanks to Russia, allegations that Minsk dismissed.", "Polish government"],
  ])("%s", (page, teller) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier: "BLR", recipient: "RUS", source: teller, certainty: "asserted" }));
    // (Where the sentence names the replying party as a source too, its claim is its denial.)
    for (const c of claims.filter((x) => x.source === "Belarusian government")) expect(c.certainty).toBe("denied");
  });
});

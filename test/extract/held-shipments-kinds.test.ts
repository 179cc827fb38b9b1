// Kinds of halted shipments and of a head of state's own deeds, each shown by phrasings of our own (SCHEMA.md,
// "Halted and cancelled transfers ... are `denied`"): a head of state or government, or the office that speaks for
// them, who says "he had" sent or held back goods speaks of their state's deed; a giver that "held up" a shipment (not
// one that "was held up" somewhere) held it back; a "hold on" a shipment is a halt, until a verb lifts it ("released the hold on"); "I can also confirm" governs the
// saying, not the transfer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "held-shipments.txt", bytes: new TextEncoder().encode(page), meta: { id: "held-shipments", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

describe("a head of state who says he had sent or held back goods speaks of his state's deed", () => {
  it.each([
    ["President Joe Biden told reporters on Monday that he had suspended a delivery of rifles to Israel.", "USA", "ISR", "denied"],
    ["Emmanuel Macron said on Friday that he had frozen a shipment of howitzers to Ukraine.", "FRA", "UKR", "denied"],
    ["Vladimir Putin said in a televised address that he had sent a batch of fighter jets to Belarus.", "RUS", "BLR", "asserted"],
  ])("%s", (page, supplier, recipient, certainty) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty });
  });
});

describe("a giver that held up a shipment held it back", () => {
  it.each([
    ["Germany held up a consignment of 30 tanks bound for Ukraine, the ministry said.", "DEU", "UKR"],
    ["The Dutch government has held up the delivery of 12 howitzers to Israel.", "NLD", "ISR"],
    ["Norway is holding up a batch of 40 missiles meant for Ukraine, officials said.", "NOR", "UKR"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty: "denied" });
  });

  it("not a shipment that was held up somewhere on its way", () => {
    expect(claimsOf("A shipment of ten tanks from Germany to Ukraine was held up at the border.")).toContainEqual({ supplier: "DEU", recipient: "UKR", certainty: "possible" });
  });
});

describe("a hold on a shipment is a halt", () => {
  it.each([
    ["Berlin's hold on a consignment of 30 tanks for Ukraine has not been lifted.", "DEU", "UKR"],
    ["Canada's hold on a shipment of 900 rifles to Israel stays in place, the minister said.", "CAN", "ISR"],
    ["Norway kept its hold on a batch of 40 missiles bound for Ukraine.", "NOR", "UKR"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty: "denied" });
  });

  it.each([
    ["Berlin lifted its hold on a consignment of 30 tanks for Ukraine on Tuesday.", "DEU", "UKR"],
    ["Canada has released the hold on a shipment of 900 rifles to Israel, the minister said.", "CAN", "ISR"],
    ["Norway ended the hold on a batch of 40 missiles bound for Ukraine.", "NOR", "UKR"],
  ])("not once it is lifted: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).not.toContainEqual({ supplier, recipient, certainty: "denied" });
    expect(claimsOf(page).some((c) => c.supplier === supplier && c.recipient === recipient)).toBe(true);
  });
});

describe("a speaker who can also confirm a delivery states it", () => {
  it.each([
    ["The Norwegian minister told parliament: I can also confirm that six howitzers from Norway reached Ukraine in May.", "NOR", "UKR"],
    ["We can now confirm that 20 tanks from Spain arrived in Ukraine last week, the Spanish ministry said.", "ESP", "UKR"],
    ["Canada's minister said: I can today confirm that 40 armoured vehicles from Canada reached Ukraine.", "CAN", "UKR"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, certainty: "asserted" });
  });
});

// Kinds of certainty once weighed wrong, each shown by phrasings of our own (SCHEMA.md, "Certainty"):
// - a named person or body that "puts" a figure on a transfer ("put the count at", "puts the share at") states it
//   (`asserted`); only an intelligence service's figure is its estimate (`believed`);
// - a payment told in a relative clause after the goods ("weapons worth $400 million that Yerevan had paid for") is
//   done, whatever the clause around it says of the goods: the goods never delivered are `denied`, the payment not.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "stated-figures.txt", bytes: new TextEncoder().encode(page), meta: { id: "stated-figures", outlet: "Test Wire", published: "2025-08-01" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? null, certainty: c.certainty }));
}

describe("a figure a named source puts on a transfer is stated", () => {
  it.each([
    ["Finland's president put the count of shells his country has sent to Kyiv at about 300,000.", "FIN", "UKR", "artillery-ammunition"],
    ["Estonia's prime minister put the number of rounds her country has sent to Ukraine at roughly 80,000.", "EST", "UKR", "artillery-ammunition"],
    ["Danish minister Troels Lund Poulsen put the number of tanks his country has handed to Ukraine at about 100.", "DNK", "UKR", "armoured-vehicles"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "asserted" }));
  });

  it("an intelligence service's figure stays its estimate", () => {
    const page = "Lithuanian military intelligence put the number of shells Belarus sent to Russia at 500,000.";
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier: "BLR", recipient: "RUS", certainty: "believed" }));
  });
});

describe("a payment told after goods never delivered is not denied with them", () => {
  it.each([
    ["Baku has said Russia never shipped tanks worth $90 million that Azerbaijan had already paid for.", "RUS", "AZE"],
    ["India's defence ministry said Moscow did not deliver frigates worth $300 million that India had paid for.", "RUS", "IND"],
    ["Algeria says Russia has never handed over jets worth 2 billion dollars that Algiers paid for in 2019.", "RUS", "DZA"],
  ])("%s", (page, seller, buyer) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier: buyer, recipient: seller, item: "money", certainty: "asserted" }));
    expect(claims).toContainEqual(expect.objectContaining({ supplier: seller, recipient: buyer, certainty: "denied" }));
  });
});

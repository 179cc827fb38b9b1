// Kinds of halted transfers told with no verb of giving (SCHEMA.md, "Halted and cancelled transfers" are `denied`),
// each shown by phrasings of our own: a state's body that holds back shipments or deliveries for a receiver stands
// for its state as the giver; a state that bars or bans its own makers from selling or re-exporting goods to a
// receiver denies that transfer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "halted-transfers.txt", bytes: new TextEncoder().encode(page), meta: { id: "halted-transfers", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

function expectDenied(page: string, supplier: string, recipient: string) {
  expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
}

describe("a state's body that holds back shipments for a receiver is the giver, and the transfer is denied", () => {
  it.each([
    ["The Kremlin held back several shipments of tanks to Serbia.", "RUS", "SRB"],
    ["The Elysee held back all deliveries of howitzers to Peru.", "FRA", "PER"],
    ["The Pentagon is holding back some shipments of missiles to Kenya.", "USA", "KEN"],
  ])("%s", (page, supplier, recipient) => expectDenied(page, supplier, recipient));
});

describe("barring or banning one's makers from selling or re-exporting to a receiver denies the transfer", () => {
  it.each([
    ["Norway banned its arms makers from re-exporting rifles to Chile.", "NOR", "CHL"],
    ["Japan prohibited its companies from selling drones to Myanmar.", "JPN", "MMR"],
    ["Poland barred its firms from selling tanks to Serbia.", "POL", "SRB"],
  ])("%s", (page, supplier, recipient) => expectDenied(page, supplier, recipient));
});

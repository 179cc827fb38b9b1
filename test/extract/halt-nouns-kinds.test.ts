// Kinds of halts named by a noun or by a permit: "the suspension of rifle sales", "suspended gun export licences
// to Peru". A suspension weighs the transfer it governs as `denied` unless it is itself lifted (certainty-cues.json,
// `halted`, `liftedAfter`); a trade word that is the first half of a permit's name ("export licences to") keeps the
// state after the permit as the goods' receiver (transfer-cues.json, `permitModifiers`).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "halt-nouns.txt", bytes: new TextEncoder().encode(page), meta: { id: "halt-nouns", outlet: "Test Wire", published: "2024-10-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty }));
}

describe("a suspension named by its noun denies the transfer it governs", () => {
  it.each([
    ["Norway's suspension of rifle exports to Chile remains in place.", "NOR", "CHL"],
    ["The Swiss government announced a suspension of ammunition deliveries to Qatar on Friday.", "CHE", "QAT"],
    ["A two-week suspension of tank shipments from Poland to Slovakia ended without comment.", "POL", "SVK"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });

  it.each([
    ["Canada lifted its suspension of drone sales to Turkey in March.", "CAN", "TUR"],
    ["Oslo ended the suspension of rifle exports to Chile, the ministry said.", "NOR", "CHL"],
  ])("lifted, so not denied: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).not.toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });
});

describe("the receiver after a suspended export permit is the goods' receiver", () => {
  it.each([
    ["Belgium suspended eleven arms export licences to Colombia last month.", "BEL", "COL"],
    ["In June, Denmark froze its weapons export licences to Egypt.", "DNK", "EGY"],
    ["The Czech government has halted 14 rifle export licences to Kenya.", "CZE", "KEN"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });

  it.each([
    ["Spain gave Portugal a licence to re-export the howitzers.", "ESP", "PRT"],
  ])("leave to act is still no transfer: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).not.toContainEqual(expect.objectContaining({ supplier, recipient }));
  });
});

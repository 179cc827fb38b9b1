// A capital that opens its sentence as the one that received goods ("Lima received its first jets", "Quito took
// delivery of 12 tanks") stands for its government, which tells of its own receipt: that government is the source,
// and the buyer stays the recipient.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "receipts.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "receipts", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a capital's receipt of goods is its government's account", () => {
  it.each([
    ["Lima received its first 12 KF-21 jets from South Korea in May.", "PER"],
    ["Quito took delivery of 12 Leopard tanks from Germany on Monday, the first of 30 it bought.", "ECU"],
    ["Oslo has taken delivery of 4 K9 howitzers from South Korea.", "NOR"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source).toMatchObject({ speaker: null, country });
      expect(c.recipient).toBe(country);
    }
  });
});

// Kinds of replies that call the reports told before absurd or propaganda: the verdict is the complement of the
// calling, whose object is a told noun, and the reply denies the transfer it points back to (SCHEMA.md, `denied`).
// The words are data (claims/denials.json `toldCallings`, certainty-cues.json `denied`).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "told-verdicts.txt", bytes: new TextEncoder().encode(page), meta: { id: "told-verdicts", outlet: "Test Wire", published: "2025-06-01" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty }));
}

describe("reports called absurd or propaganda are denied", () => {
  it.each([
    ["Belarus has shipped 40 tanks to Russia, a monitoring group said. Minsk called the reports absurd.", "BLR", "RUS"],
    ["Officials in Paris said Syria had received drones from Iran. Damascus called the reports \"absurd\".", "IRN", "SYR"],
    ["Egypt sold rockets to Russia, the newspaper wrote. Cairo's foreign ministry calls such allegations plainly absurd.", "EGY", "RUS"],
    ["Washington says Pyongyang sent rifles to Moscow. The North's envoy called such claims propaganda on Friday.", "PRK", "RUS"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });
});

describe("the bare words outside a calling tell no reply", () => {
  it("a propaganda outlet's claims stay the outlet's", () => {
    const claims = claimsOf("Russian propaganda channels repeated claims on Monday that Poland had sent 30 tanks to Ukraine.");
    expect(claims.some((c) => c.certainty === "denied")).toBe(false);
  });
});

// Entries of a chronology open with their date and a dash or a colon ("12 Jun 2025 - Chile signs for ..."): the state
// or body after the date is still the subject that commits itself, so it is the entry's source.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "chronology.txt", bytes: Buffer.from(text), meta: { id: "chronology", outlet: "Probe Wire", published: "2025-09-01" } as never }).claims;
const page = (entry: string) => `Timeline of deals\n\nBy staff\n\n${entry}\n`;

describe("a chronology's dated entry keeps the subject that commits itself as its source", () => {
  for (const [name, entry, country] of [
    ["day, short month and year, then a dash", "4 Feb 2025 - Peru signs for 24 howitzers from France, the first to arrive next year.", "PER"],
    ["month, day and year, then a long dash", "March 12, 2025 — Romania pledged 30 more armoured vehicles to Ukraine.", "ROU"],
    ["a numeric date and a colon", "2025-06-30: The State Department approves a possible sale to Chile of 8 air-defence systems.", "USA"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(entry));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

// attribution/names and proper-nouns: a name found by its shape never runs across a line break. A page's header,
// a table-like export or a signature block puts a name at the end of one line and a label at the start of the
// next; the two are never one person. Each phrasing is our own (other states, items, names).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";
import { lineBreakIn } from "../../src/extract/attribution/proper-nouns.js";

function speakersOf(text: string): string[] {
  const doc = processDocument({ path: "kinds.txt", bytes: Buffer.from(`Arms\n\nBy staff\n\n${text}\n`), meta: { id: "kinds", url: "https://probe.example/kinds", outlet: "Probe Wire", published: "2025-01-15" } as never });
  return doc.claims.map((c) => c.source.speaker ?? "-");
}

describe("a name at a line's end stops there: the label on the next line is no part of it", () => {
  it.each([
    // a header block
    ["ANALYST DESK - ANDES\nEntry 3 of 9 | Desk: Lima bureau | Reviewer: J. Castillo Mendoza\nRelease: PUBLIC / no limits\n\nOfficials said Chile was sending 40 howitzers to Peru. He told reporters the guns would arrive by June.", "Release"],
    // a table-like export
    ["Rows exported: 12 | Owner: Ramon Quiroga\nUpdated: 4 March\n\nHe said Colombia delivered six patrol boats to Ecuador in March.", "Updated"],
    // a signature block
    ["Regards,\nwritten for the river depot at Concepcion by the logistics officer Diego Vera Luque\nPosted: 3 May, 09:40\n\nHe said Brazil had shipped 30 military trucks to Paraguay.", "Posted"],
  ])("%s", (text, label) => {
    const found = speakersOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) {
      expect(lineBreakIn(s), s).toBe(false);
      expect(s.split(/\s+/)).not.toContain(label);
    }
  });
});

describe("lineBreakIn", () => {
  it("sees a line break in the gap between two words, and none in a space", () => {
    expect(lineBreakIn(" \n")).toBe(true);
    expect(lineBreakIn("\r\n")).toBe(true);
    expect(lineBreakIn("  ")).toBe(false);
  });
});

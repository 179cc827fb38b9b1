import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/ingest/index.js";

const piece = fc.constantFrom(
  "Gen. Kim said.", "U.S.", "e.g.", "4.8", "152 mm", "\u201cQuoted. Text,\u201d he said.", "\"", "Read also: ", "Related:", "____",
  "by Jo Bloggs", "Leave a Comment", "date 2024-02-27 ", "Kim Jong-un.", "\n", "\n\n", "\r\n", " ", "\t", "?!", "\u2026", "Home NEWS ", "\u2028", "\u00a0", "\u3000", "\u200b", "Photo: AFP", "“", "”",
  // Datelines, captions, glued periods, mixed quotes, buttons glued to a line.
  "SEOUL, May 2 (Yonhap) -- ", "KYIV (Reuters) - ", "MINSK, May 3. /BelTA/. ", "Riga, 4 May (LETA)--", "(Photo: Jo Roe/AFP)", " Navy photo", " Photo courtesy of the navy",
  "the year.In March", "in 2023.Officials", 'it."No', '"Sent,\u201d he said.', "\u201cSent,\" he said.", " View Photo", " Share", "By Ann Lee, Reuters",
);
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 60 }).map((xs) => xs.join(""));

describe("every sentence span re-slices the text", () => {
  it("holds on random text", () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = readDocument({ path: "random.txt", bytes: new TextEncoder().encode(t), meta: { id: "random" } });
        if (doc.failed) return;
        let previous = -1;
        for (const s of doc.sentences) {
          expect(s.span.start).toBeGreaterThanOrEqual(0);
          expect(s.span.end).toBeLessThanOrEqual(doc.text.length);
          expect(s.span.end).toBeGreaterThan(s.span.start);
          expect(s.span.start).toBeGreaterThanOrEqual(previous); // in text order, never overlapping
          previous = s.span.end;
          const slice = doc.text.slice(s.span.start, s.span.end);
          expect(slice).toBe(slice.trim());
          for (const b of doc.boilerplate) expect(s.span.end <= b.start || s.span.start >= b.end).toBe(true);
          expect(doc.segments[s.segment]).toBeDefined();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("ingesting the same bytes twice gives the same document", () => {
    fc.assert(
      fc.property(text, (t) => {
        const bytes = new TextEncoder().encode(t);
        const a = readDocument({ path: "a.txt", bytes, meta: { id: "a" } });
        const b = readDocument({ path: "a.txt", bytes, meta: { id: "a" } });
        expect(b.sentences).toEqual(a.sentences);
        expect(b.hash).toBe(a.hash);
      }),
      { numRuns: 100 },
    );
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/ingest/index.js";
import { DEV, needs } from "../services.js";

// Runs the ingest stages over every document of the shared dev set (read in place, never copied).
const ids = needs("shared", existsSync(DEV), `missing ${DEV}`) ? readdirSync(DEV).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort() : [];
const BOILERPLATE = /^(home\s+[A-Z]|by\s+\S+\s+correspondents|author:|leave a comment|editors' picks|you may also like|latest posts|_{3,}|date\s+\d{4}-)/i;

describe.skipIf(ids.length === 0)("ingest over the dev set", () => {
  for (const id of ids) {
    it(`${id}: boilerplate lines are not sentences, boxes are their own segment`, () => {
      const meta = JSON.parse(readFileSync(join(DEV, `${id}.meta.json`), "utf8"));
      const doc = readDocument({ path: join(DEV, `${id}.txt`), bytes: readFileSync(join(DEV, `${id}.txt`)), meta });
      expect(doc.failed).toBe(false);
      expect(doc.sentences.length).toBeGreaterThan(3);
      for (const s of doc.sentences) {
        const text = doc.slice(s.span);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(BOILERPLATE);
        expect(doc.segments[s.segment]).toBeDefined();
      }
      expect(doc.meta.published).toBe(meta.published);
      // A "Read also" box is an embedded segment; none of its sentences is in segment 0.
      const boxAt = doc.text.search(/^read also:/im);
      if (boxAt >= 0) {
        const box = doc.segments.findIndex((g) => g.kind === "embedded" && g.span.start <= boxAt && boxAt < g.span.end);
        expect(box).toBeGreaterThan(0);
        expect(doc.segments[box].published).toBeNull();
        const inBox = doc.sentences.filter((s) => s.span.start >= doc.segments[box].span.start && s.span.end <= doc.segments[box].span.end);
        expect(inBox.length).toBeGreaterThan(1);
        for (const s of inBox) expect(s.segment).toBe(box);
        expect(doc.slice(doc.segments[box].headline!)).not.toMatch(/^read also/i);
      }
      // Attribution lines ("Source: ...") and "Details: ..." prefixes are sentences, not boilerplate.
      for (const m of doc.text.matchAll(/^(Source|Details): /gm)) {
        expect(doc.sentences.some((s) => s.span.start === m.index && !s.headline)).toBe(true);
      }
      // The "date YYYY-MM-DD" prefix is not part of the first sentence.
      if (/^\s*date\s+\d{4}-\d{2}-\d{2}/.test(doc.text)) expect(doc.slice(doc.sentences[0].span)).not.toMatch(/^date\b/);
    });
  }
});

describe.skipIf(ids.length === 0)("sentences match the dev set's evidence", () => {
  it("every gold evidence string is exactly one sentence (a ratchet: 100 of 100 when written)", () => {
    let hit = 0;
    let total = 0;
    for (const id of ids) {
      const goldPath = join(DEV, `${id}.gold.json`);
      if (!existsSync(goldPath)) continue;
      const meta = JSON.parse(readFileSync(join(DEV, `${id}.meta.json`), "utf8"));
      const doc = readDocument({ path: join(DEV, `${id}.txt`), bytes: readFileSync(join(DEV, `${id}.txt`)), meta });
      const sentences = new Set(doc.sentences.map((s) => doc.slice(s.span)));
      // A sentence after a wire dateline cut off as boilerplate ("CITY (Agency) -- ...") also matches
      // the evidence written with its dateline, as the text has it.
      const afterDateline = (evidence: string) => {
        const at = doc.text.indexOf(evidence);
        const s = at < 0 ? undefined : doc.sentences.find((x) => x.span.end === at + evidence.length && x.span.start > at);
        if (!s) return false;
        const lead = doc.text.slice(at, s.span.start).trimEnd();
        return doc.boilerplate.some((b) => b.start <= at && b.end >= at + lead.length);
      };
      for (const claim of JSON.parse(readFileSync(goldPath, "utf8")).claims as { evidence: string }[]) {
        total++;
        if (sentences.has(claim.evidence) || afterDateline(claim.evidence)) hit++;
      }
    }
    expect(total).toBeGreaterThan(0);
    expect(hit / total).toBeGreaterThanOrEqual(1);
  });
});

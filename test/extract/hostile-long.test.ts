// Pages made to be slow: one endless sentence, one endless line, thousands of items. Asserted on
// outcome and diagnostics only (no timing here; bench/hostile.bench.ts measures how time grows with size).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findItems } from "../../src/extract/claims/find-items.js";
import { readDocument } from "../../src/ingest/index.js";
import { MAX_SENTENCE } from "../../src/ingest/split-sentences.js";
import { withBudget } from "../../src/core/pipeline.js";
import { processDocument } from "../../src/pipeline.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const WORDS = "Russia North Korea shells containers rail port officials said about more than artillery and Iran drones".split(" ");

/** `bytes` characters of words with a comma now and then and no sentence end. */
function endlessSentence(bytes: number): string {
  const out: string[] = [];
  for (let i = 0, len = 0; len < bytes; i++) {
    const w = WORDS[(i * 7 + (i >> 3)) % WORDS.length] + (i % 13 === 0 ? "," : "");
    out.push(w);
    len += w.length + 1;
  }
  return out.join(" ");
}

describe("a sentence with no end", () => {
  it("10 MB of one sentence: read without a stack overflow, cut into pieces no longer than the limit, with a warning", () => {
    const text = endlessSentence(10 * 1024 * 1024);
    const doc = readDocument({ path: "endless.txt", bytes: utf8(text), meta: { id: "endless" } });
    expect(doc.failed).toBe(false);
    expect(doc.diagnostics.filter((d) => d.code === "long-sentence").map((d) => d.severity)).toEqual(["warning"]);
    expect(Math.max(...doc.sentences.map((s) => s.span.end - s.span.start))).toBeLessThanOrEqual(MAX_SENTENCE);
    // Nothing is lost: the pieces cover every word, in order, each slicing the text exactly.
    expect(doc.sentences.map((s) => doc.slice(s.span)).join(" ").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
  });

  it("a 150 KB sentence goes through the whole pipeline: no fatal, spans exact", () => {
    const text = `${endlessSentence(150_000)}.`;
    const doc = processDocument({ path: "long-sentence.txt", bytes: utf8(text), meta: { id: "long-sentence", published: "2024-06-01" } });
    expect(doc.diagnostics.filter((d) => d.severity === "fatal")).toEqual([]);
    expect(doc.diagnostics.some((d) => d.code === "long-sentence")).toBe(true);
    for (const c of doc.claims) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  }, 120_000);

  it("a cut never splits a surrogate pair, and a sentence under the limit is untouched", () => {
    const emoji = "\u{1F680}".repeat(MAX_SENTENCE); // no spaces, no commas: cut anywhere, but not inside a pair
    const doc = readDocument({ path: "emoji.txt", bytes: utf8(emoji), meta: { id: "emoji" } });
    for (const s of doc.sentences) {
      expect(doc.text.charCodeAt(s.span.start)).toBe(0xd83d);
      expect(doc.text.charCodeAt(s.span.end - 1)).toBe(0xde80);
    }
    const normal = readDocument({ path: "n.txt", bytes: utf8("Officials said 300 containers moved. The ministry did not comment."), meta: { id: "n" } });
    expect(normal.sentences).toHaveLength(2);
    expect(normal.diagnostics.some((d) => d.code === "long-sentence")).toBe(false);
  });
});

describe("item phrases on a long page", () => {
  it("thousands of overlapping and generic items: longest first, none overlapping, a generic word gives way to a list", () => {
    const unit = "supplies, including 152mm artillery shells and Shahed drones, and ammunition for tanks; ";
    const text = unit.repeat(3000);
    const items = findItems(text);
    // Per repetition: the same items as on one unit alone, shifted.
    const one = findItems(unit);
    expect(items.length).toBe(one.length * 3000);
    for (let i = 0; i < items.length; i++) {
      const o = one[i % one.length];
      const shift = Math.floor(i / one.length) * unit.length;
      expect([items[i].span.start - shift, items[i].span.end - shift, items[i].item]).toEqual([o.span.start, o.span.end, o.item]);
    }
    for (let i = 1; i < items.length; i++) expect(items[i].span.start).toBeGreaterThanOrEqual(items[i - 1].span.end);
  });
});

describe("one page, one line", () => {
  it("thousands of sentences on a single line keep their claims (no search back to the line start per mention)", () => {
    const text = Array.from({ length: 1000 }, (_, i) => `North Korea shipped ${1000 + i} containers of shells to Russia in March, the ministry said.`).join(" ");
    const doc = processDocument({ path: "one-line.txt", bytes: utf8(text), meta: { id: "one-line", published: "2024-06-01" } });
    expect(doc.failed).toBe(false);
    expect(new Set(doc.claims.map((c) => c.quantity?.value)).size).toBe(1000);
  }, 120_000);
});

describe("one endless word", () => {
  // A fuzzed page (test/fuzz): a 4,000-letter run glued to a sentence's full stop, near hyphenated words. A pattern
  // that tried that run from each of its letters took 5 s on it; ten copies must read well inside 30 s.
  it("ten copies of a page with a 4,000-letter run glued to a sentence read within a 30 s budget", () => {
    const page = readFileSync(new URL("../fixtures/hostile/glued-letter-run.html", import.meta.url));
    const bytes = Buffer.concat(Array.from({ length: 10 }, () => page));
    const doc = withBudget(30_000, () => processDocument({ path: "glued.html", bytes, meta: { id: "glued" } }));
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("time-budget");
    expect(doc.claims.length).toBeGreaterThan(0);
  }, 300_000);
});

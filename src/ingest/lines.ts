import type { Span } from "../core/span.js";
import boilerplateData from "../knowledge/boilerplate.json" with { type: "json" };

/** "Source: BBC", "Photo: Reuters": a credit line, not a headline (boilerplate.json, attributionLabels). */
const ATTRIBUTION_LABEL = new RegExp(boilerplateData.attributionLabels, "iu");

/**
 * The lines of a text as spans of their content, trimmed of surrounding white space (blank lines
 * give empty spans at their start). `textLines("a \n\n b")` → `[{0,1}, {3,3}, {5,6}]`
 */
export function textLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    lines.push({ start: a, end: b });
    start = end + 1;
  }
  return lines;
}

/** White space exactly as `String.prototype.trim` sees it, so trimmed spans and `.trim()` agree. */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Merges sorted or unsorted spans into sorted, non-overlapping, non-touching spans. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/** The parts of `[0, length)` that no span covers. */
export function complement(spans: readonly Span[], length: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/** Whether a sorted list of merged spans covers `s` entirely (binary search). */
export function covered(spans: readonly Span[], s: Span): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = spans[mid];
    if (x.end < s.end) lo = mid + 1;
    else if (x.start > s.start) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Ends with sentence punctuation (. ! ? … : ;), possibly followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return endsSentenceAt(line, 0, line.length);
}

/** `endsSentence` for `text[start, end)`, without slicing (it runs on every line). */
export function endsSentenceAt(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93) i--;
    else if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59) return true;
    else break;
  }
  // "... in 2019.[iv]", "... on Friday.¹", "...</sup>": a sentence that ends in a note's mark still ends.
  const c = end > start ? text.charCodeAt(end - 1) : 0;
  if (c !== 93 && c !== 41 && c !== 62 && !(c >= 48 && c <= 57) && !isSuperscriptDigit(c)) return false;
  return ENDS_IN_NOTE.test(text.slice(Math.max(start, end - NOTE_MARKS_MAX), end));
}

/** A superscript note left in markup after a sentence's period ("... in May.<sup>[4]</sup>"). */
export const SUPERSCRIPT_NOTE = /^<sup\b[^<>]{0,40}>(?:<a\b[^<>]{0,80}>)?[^<>]{1,40}(?:<\/a>)?<\/sup>/;
/** A note's mark in markup after a sentence's period: a superscript or a reference, closed or self-closing. */
const MARKUP_NOTE = new RegExp(`^(?:${SUPERSCRIPT_NOTE.source.slice(1)}|<ref\\b[^<>]{0,80}\\/>|<ref\\b[^<>]{0,80}>[^<>]{0,400}<\\/ref>)`);
export const SUPERSCRIPT_NOTE_MAX = 200;
const NOTE_MARKS_MAX = 600;
/** Sentence punctuation, closing quotes, then notes' marks to the end: "[3]", "[iv]", "(2)", "¹²", markup, or a bare number glued to a word's period ("Friday.1"). */
const ENDS_IN_NOTE = new RegExp(
  "(?:[.!?\u2026][\"'\u201d\u2019\u00bb)]*(?:\\[(?:\\d{1,3}|[ivx]{1,5})\\]|\\(\\d{1,3}\\)|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|" +
    MARKUP_NOTE.source.slice(1) +
    ")+|\\p{L}[.!?]\\d{1,2})$",
  "u",
);

export const isSuperscriptDigit = (c: number) => c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);

/** The part of a line left when boilerplate at its start or end (a "date ..." prefix, a date suffix) is cut off, trimmed. */
export function keptPart(text: string, line: Span, boilerplate: readonly Span[]): Span | null {
  let s = line.start;
  let e = line.end;
  for (const b of boilerplate) {
    if (b.start >= line.end) break;
    if (b.end <= line.start) continue;
    if (b.start <= s) s = Math.max(s, b.end);
    if (b.end >= e) e = Math.min(e, b.start);
  }
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

/** A short line without final punctuation: a headline or a section title. */
export function isHeadlineText(line: string, maxWords = 25): boolean {
  if (endsSentence(line)) return false;
  if (ATTRIBUTION_LABEL.test(line)) return false; // "Source: BBC, citing ...": a credit line; "Seoul: ..." stays a headline
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32) words++;
  return words <= maxWords;
}

import type { ArmsDocument, Sentence, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import boilerplateData from "../knowledge/boilerplate.json" with { type: "json" };
import { abbreviationLexicon } from "./lexicon.js";
import { complement, endsSentenceAt, isHeadlineText, isSpace as isSpaceShared } from "./lines.js";
import { splitBlock } from "./sentence-boundaries.js";
import { segmentAt } from "./split-segments.js";

export interface SplitSentencesOptions {
  /** A line without final punctuation and with at most this many words is a headline or section title. Default 25. */
  readonly headlineWords?: number;
}

// Local bindings: imported functions are read through a module getter on every call in hot loops.
const isSpace = isSpaceShared;
const endsAt = endsSentenceAt;

/** Below this share of the paragraph's longest line, a line without final punctuation ends where it ends (a title); above, it is hard-wrapped. */
const WRAP_SHARE = 0.7;
/** A line that opens with a list marker ("- ", "• ", "2. ") starts a sentence of its own (boilerplate.json, listItem). */
const LIST_ITEM = new RegExp(boilerplateData.listItem, "u");
/** A line that opens with a time mark or a dated row mark ("[14:05]", "3 Mar 2025 - ") starts a sentence of its own (boilerplate.json, rowMark). */
const ROW_MARK = new RegExp(boilerplateData.rowMark, "u");

/** The mark between a ticker's headlines on one line ("Item one +++ Item two +++"). */
const TICKER_MARK = /(?:^|\s)\+{3,}(?:\s|$)/;

/**
 * A line that opens in a small letter goes on from the line above it: no title or heading runs into one, so the
 * line above is wrapped whatever its width (a word broken at the margin, "contain-" then "ers of ...", included).
 */
const GOES_ON = /^\p{Ll}/u;

/** Hard wrapping is only assumed in paragraphs whose longest line is at least this long. */
const MIN_WRAP_WIDTH = 40;
/**
 * A narrow column (a teletext page, a printout, a subtitle) whose paragraph ends a sentence on its last line is
 * hard-wrapped from this width on: its lines are running text cut at the margin, not a stack of titles.
 */
const NARROW_WRAP_WIDTH = 24;

/** A line of running text ending on one of these words goes on into the next one (boilerplate.json, wrapEnds). */
const WRAP_END = new RegExp(`(?:^|\\s)(?:${boilerplateData.wrapEnds.join("|")})$`, "iu");
const WRAP_END_MIN_WORDS = boilerplateData.wrapEndMinWords;

/** The line ends on a word that cannot end a title or a sentence, and is long enough to be running text. */
function endsMidPhrase(line: string): boolean {
  return WRAP_END.test(line) && line.split(/\s+/).length >= WRAP_END_MIN_WORDS;
}

/**
 * `doc.sentences`: the sentences of the text outside `doc.boilerplate`, each `[start, end)` slicing
 * the original text exactly (trimmed), with its segment, and `headline: true` for headline and
 * section-title lines. A line break inside a paragraph is a sentence end only after a title-like line.
 */
export function splitSentences(options: SplitSentencesOptions = {}): Stage {
  const lexicon = abbreviationLexicon();
  const maxWords = options.headlineWords ?? 25;
  return (doc: ArmsDocument) => {
    const text = doc.text;
    const sentences: Sentence[] = [];
    const title = doc.meta.title?.trim() ?? null;
    // Segment headlines (a box's title after its label) always stand alone, whatever follows them.
    const headlines = new Set(doc.segments.flatMap((g) => (g.headline ? [g.headline.start] : [])));
    // A delimited data row (a CSV extract) is a line of its own, though the rows stand line under line unpunctuated;
    // and no title, however short: it tells what its columns say.
    const dataRows = new Set(doc.tables.flatMap((t) => (t.delimited ? t.rows.map((r) => r.span.start) : [])));
    const rows = new Set(doc.tables.flatMap((t) => (t.delimited ? [t.span.start, ...dataRows] : [])));
    let cut = 0;
    // (An overlong run is cut into pieces, so that no later stage sees a "sentence" longer than MAX_SENTENCE.)
    const add = (s: Span, headline: boolean) => {
      const pieces = s.end - s.start > MAX_SENTENCE ? cutLong(text, s) : [s];
      if (pieces.length > 1) cut++;
      for (const p of pieces) sentences.push({ span: p, segment: segmentAt(doc.segments, p.start), headline });
    };
    for (const range of complement(doc.boilerplate, text.length)) {
      for (const paragraph of paragraphs(text, range)) {
        for (const block of blocks(text, paragraph, headlines, rows, (at) => segmentAt(doc.segments, at) > 0)) {
          const blockText = text.slice(block.start, block.end);
          if (block.single && !dataRows.has(block.start) && (isHeadlineText(blockText, maxWords) || blockText === title || headlines.has(block.start))) {
            // (A ticker's line of headlines set apart by "+++" gives each headline on its own.)
            const items: Span[] = [];
            if (TICKER_MARK.test(blockText)) splitBlock(text, block.start, block.end, items, lexicon);
            for (const item of items.length > 1 ? items : [block]) add(item, true);
            continue;
          }
          const out: Span[] = [];
          splitBlock(text, block.start, block.end, out, lexicon);
          for (const s of out) add(s, false);
        }
      }
    }
    doc.sentences = sentences;
    if (cut) doc.report("split-sentences", "long-sentence", `${cut} run(s) of text longer than ${MAX_SENTENCE} characters without a sentence end were cut into pieces (docs/limits.md)`, "warning");
  };
}

/** No sentence is longer than this many characters (a reporter's longest, quotes included, is well under it; docs/limits.md). */
export const MAX_SENTENCE = 4000;

/** Cuts an overlong run at clause marks (, ; :), else at a space, else anywhere (never inside a UTF-16 pair); pieces trimmed. */
function cutLong(text: string, s: Span): Span[] {
  const out: Span[] = [];
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  let a = s.start;
  while (s.end - a > MAX_SENTENCE) {
    const limit = a + MAX_SENTENCE;
    let at = -1;
    for (let i = limit; i > a + MAX_SENTENCE / 2 && at < 0; i--) {
      const c = text.charCodeAt(i - 1);
      if (c === 44 || c === 59 || c === 58) at = i;
    }
    for (let i = limit; i > a + MAX_SENTENCE / 2 && at < 0; i--) if (isSpace(text.charCodeAt(i))) at = i;
    if (at < 0) at = limit;
    const c = text.charCodeAt(at - 1);
    if (c >= 0xd800 && c <= 0xdbff) at--;
    push(a, at);
    a = at;
  }
  push(a, s.end);
  return out;
}

interface Block extends Span {
  /** The block is one line of the page (not joined with a wrapped continuation). */
  readonly single: boolean;
}

/** The lines of a range, trimmed, grouped into paragraphs at blank lines. */
function paragraphs(text: string, range: Span): Span[][] {
  const out: Span[][] = [];
  let current: Span[] = [];
  let at = range.start;
  while (at < range.end) {
    let nl = text.indexOf("\n", at);
    if (nl < 0 || nl > range.end) nl = range.end;
    let a = at;
    let b = nl;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) current.push({ start: a, end: b });
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
    at = nl + 1;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Joins hard-wrapped lines of a paragraph into blocks of running text; a short unpunctuated line (a title) stands alone.
 * Inside a box of other stories ("Related: ..."), a line without final punctuation is one headline of the list, never wrapped.
 */
function blocks(text: string, lines: Span[], headlines: ReadonlySet<number>, rows: ReadonlySet<number>, inBox: (at: number) => boolean): Block[] {
  if (lines.length === 1) return [{ ...lines[0], single: true }];
  let width = 0;
  for (const l of lines) width = Math.max(width, l.end - l.start);
  const last = lines[lines.length - 1];
  const minWidth = endsAt(text, last.start, last.end) ? NARROW_WRAP_WIDTH : MIN_WRAP_WIDTH;
  const out: Block[] = [];
  let first = -1; // first line of the running block
  const flush = (upto: number) => {
    if (first >= 0) out.push({ start: lines[first].start, end: lines[upto].end, single: first === upto });
    first = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const punct = endsAt(text, l.start, l.end);
    const goesOn =
      i < lines.length - 1 && !inBox(l.start) && (GOES_ON.test(text.slice(lines[i + 1].start, lines[i + 1].start + 2)) || (!punct && endsMidPhrase(text.slice(l.start, l.end))));
    const wrapped = goesOn || (width >= minWidth && l.end - l.start >= width * WRAP_SHARE && i < lines.length - 1 && !inBox(l.start));
    // (A list item ends the block before it: "- 40 trucks;" then "- 12 guns;" are two items, not one run.)
    // (After a line that ends in a colon the first item stays with it, its frame: "It includes:" then "- 40 trucks;".)
    if (first >= 0 && text[lines[i - 1].end - 1] !== ":" && LIST_ITEM.test(text.slice(l.start, Math.min(l.end, l.start + 12)))) flush(i - 1);
    // (A chat line or a chronology row ends the block before it, even an unpunctuated one: each row is its own say.)
    else if (first >= 0 && ROW_MARK.test(text.slice(l.start, Math.min(l.end, l.start + 32)))) flush(i - 1);
    if (headlines.has(l.start) || rows.has(l.start)) {
      flush(i - 1);
      out.push({ ...l, single: true });
      continue;
    }
    if (punct || wrapped) {
      if (first < 0) first = i;
      continue;
    }
    if (first >= 0 && i > 0) {
      // The short last line of a wrapped paragraph ends it; otherwise the line is a title of its own.
      const prev = lines[i - 1];
      const prevWrapped = (prev.end - prev.start >= width * WRAP_SHARE || GOES_ON.test(text.slice(l.start, l.start + 2))) && !endsAt(text, prev.start, prev.end);
      if (prevWrapped) {
        flush(i);
        continue;
      }
      flush(i - 1);
    }
    out.push({ ...l, single: true });
  }
  flush(lines.length - 1);
  return out;
}

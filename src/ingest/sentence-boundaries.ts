import type { Span } from "../core/span.js";
import { abbreviationLexicon, type AbbreviationLexicon } from "./lexicon.js";
import { isSpace as isSpaceShared, isSuperscriptDigit, SUPERSCRIPT_NOTE, SUPERSCRIPT_NOTE_MAX } from "./lines.js";

// A local binding: an imported function is read through a module getter on every call in a hot loop.
const isSpace = isSpaceShared;

/** A quotation longer than this is taken as a stray quote mark, and sentences split inside it again. */
const MAX_QUOTE = 1200;

// Hand-written rather than a library: it must keep exact offsets, run at well over 10 MB/s, and read
// its abbreviations from data; sentence-splitter builds a syntax tree (slow) and wink-nlp runs at ~3.5 MB/s.

/**
 * Appends the sentences of `text[start, end)` (one block of running text) to `out`, trimmed.
 * No break inside a quotation ("... sent. It ...," he said. is one sentence), after an abbreviation
 * or an initial, inside a number (4.8), or before a lower-case word; a break at a period glued to a
 * capitalised word ("the year.In March"), where the word before is a plain word or a number.
 * `splitBlock("Gen. Kim came. He left.", 0, 23, out)` → `[0,14) [15,23)`
 */
export function splitBlock(text: string, start: number, end: number, out: Span[], lexicon: AbbreviationLexicon = abbreviationLexicon()): void {
  let s = start;
  // Open quotations. A quote mark is read by its place, not its shape, so that a straight quote
  // closed by a curly one ("... ,” he said) or the reverse still closes: “ « and a straight
  // quote at a word start open; ” » and a straight quote after a word close.
  let open = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x00ab) open++;
    else if (c === 0x201d || c === 0x00bb) open = open > 0 ? open - 1 : 0;
    else if (c === 34) open = opensQuote(text, i, start) ? open + 1 : open > 0 ? open - 1 : 0;
    if (c === 43 && tickerMarkAt(text, i, start, end)) {
      // "Item one +++ Item two +++": a ticker's mark between its items ends one item, and is no part of either.
      pushTrimmed(text, s, i, out);
      let k = i;
      while (k < end && text.charCodeAt(k) === 43) k++;
      s = k;
      open = 0;
      i = k - 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue; // . ! ? …
    let j = i + 1;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    while (j < end && isCloser(text.charCodeAt(j))) {
      const q = text.charCodeAt(j);
      // it."Nothing: a straight quote with no quotation open, glued to a word, opens the next sentence.
      if (q === 34 && open === 0 && j + 1 < end && isLetter(text.charCodeAt(j + 1))) break;
      if (q === 0x201d || q === 0x00bb || q === 34) open = open > 0 ? open - 1 : 0;
      j++;
    }
    // "... with Tehran.[1] Iranian officials ...": a note's number after the period belongs to the sentence it ends.
    j = afterNoteMarks(text, j, end);
    if (c === 46 && j === i + 1) j = afterBareNote(text, s, i, j, end, lexicon);
    let k = j;
    if (j < end && !isSpace(text.charCodeAt(j))) {
      // "the year.In March": a period glued to the next sentence (a lost space or line break).
      if (!(c === 46 && gluedEnd(text, s, i, j, end, lexicon))) {
        i = j - 1;
        continue; // 4.8, U.S.A., "e.g.," and the like
      }
    } else {
      while (k < end && isSpace(text.charCodeAt(k))) k++;
    }
    if (k >= end) break;
    if (open > 0 && i - s < MAX_QUOTE) {
      i = j - 1;
      continue;
    }
    if (!startsSentence(text.charCodeAt(k)) || (c === 46 && k !== j && isAbbreviation(text, s, i, k, end, lexicon))) {
      i = j - 1;
      continue;
    }
    pushTrimmed(text, s, j, out);
    s = k;
    open = 0;
    i = k - 1;
  }
  pushTrimmed(text, s, end, out);
}

/**
 * The end of the notes' numbers that start at `at`, else `at`: in brackets or parentheses ("[1]",
 * "[12][13]", "(2)"; up to three digits each) or in superscript digits ("³", "¹²").
 */
function afterNoteMarks(text: string, at: number, end: number): number {
  let j = at;
  for (let n = 0; n < 8 && j < end; n++) {
    const open = text.charCodeAt(j);
    if (isSuperscriptDigit(open)) {
      let d = j + 1;
      while (d < end && d - j < 3 && isSuperscriptDigit(text.charCodeAt(d))) d++;
      if (d < end && isSuperscriptDigit(text.charCodeAt(d))) break;
      j = d;
      continue;
    }
    if (open === 60) {
      // A note left in the page's markup: "<sup>[2]</sup>".
      const m = SUPERSCRIPT_NOTE.exec(text.slice(j, Math.min(end, j + SUPERSCRIPT_NOTE_MAX)));
      if (!m) break;
      j += m[0].length;
      continue;
    }
    const close = open === 91 ? 93 : open === 40 ? 41 : 0;
    if (close === 0) break;
    let d = j + 1;
    while (d < end && d - j <= 3 && isDigit(text.charCodeAt(d))) d++;
    if (d === j + 1 || d >= end || text.charCodeAt(d) !== close) break;
    j = d + 1;
  }
  return j;
}

/** A run of three or more plus signs standing between spaces (or at the block's edge): the mark between a ticker's items. */
function tickerMarkAt(text: string, at: number, start: number, end: number): boolean {
  if (at > start && !isSpace(text.charCodeAt(at - 1))) return false;
  let k = at;
  while (k < end && text.charCodeAt(k) === 43) k++;
  return k - at >= 3 && (k === end || isSpace(text.charCodeAt(k)));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * "... had arrived.12 Officials said ...": a note's number in plain digits (from scanned text) glued
 * to the period at `dot`, with a space and a capitalised word after it. Taken as a note only after a
 * plain word or a year (not another number, so never "3.5" or "2.0"; not an abbreviation or a word a number follows
 * as its label, such as "No.", "Art." or "section"); returns the note's end, else `at`.
 */
function afterBareNote(text: string, from: number, dot: number, at: number, end: number, lexicon: AbbreviationLexicon): number {
  let d = at;
  while (d < end && d - at < 4 && isDigit(text.charCodeAt(d))) d++;
  if (d === at || d - at > 3 || d >= end || !isSpace(text.charCodeAt(d))) return at;
  let k = d;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (!gluedEnd(text, from, dot, k, end, lexicon)) return at;
  const word = wordBefore(text, from, dot);
  // (A year is a number no decimal follows: "since 2022.1 Officials ..." is a year, then a note's number.)
  return lexicon.numbered.has(word.toLowerCase()) || (/^\d/.test(word) && !YEAR.test(word)) ? at : d;
}

/** A year of the last two centuries, as a sentence may end on it. */
const YEAR = /^(?:19|20)\d{2}$/;

/** The word that ends at `dot`, without a leading quote or bracket. */
function wordBefore(text: string, from: number, dot: number): string {
  let w = dot;
  while (w > from && !isSpace(text.charCodeAt(w - 1))) w--;
  while (w < dot && isOpener(text.charCodeAt(w))) w++;
  return text.slice(w, dot);
}

/** A straight quote opens a quotation at a word start (after a space, a bracket, a dash or the block start), else closes one. */
function opensQuote(text: string, at: number, start: number): boolean {
  if (at === start) return true;
  const p = text.charCodeAt(at - 1);
  return isSpace(p) || p === 40 || p === 91 || p === 0x2014 || p === 0x2013 || p === 58;
}

/**
 * Whether the period at `dot`, with `text[next]` not a space, still ends a sentence: the word before
 * it is a plain word or a number (not an abbreviation, an initial or part of a web address) and the
 * word after it is a capitalised word that does not go on into another period, slash or "@".
 */
function gluedEnd(text: string, from: number, dot: number, next: number, end: number, lexicon: AbbreviationLexicon): boolean {
  while (next < end && isOpener(text.charCodeAt(next))) next++;
  const first = text.charCodeAt(next);
  if (!(first >= 65 && first <= 90) && !(first > 0xbf && String.fromCharCode(first) !== String.fromCharCode(first).toLowerCase())) return false;
  let e = next + 1;
  while (e < end && isLetter(text.charCodeAt(e))) e++;
  const after = text.slice(next, e);
  if (e < end) {
    const t = text.charCodeAt(e);
    if (t === 46 || t === 47 || t === 64 || t === 95 || (t >= 48 && t <= 57)) return false; // Reuters.com, A.B, x@Y
  }
  if (after.length < 2 && after !== "A" && after !== "I") return false;
  let w = dot;
  while (w > from && !isSpace(text.charCodeAt(w - 1))) w--;
  while (w < dot && isOpener(text.charCodeAt(w))) w++;
  const before = text.slice(w, dot);
  if (!/^(?:\p{L}*\p{Ll}|\d+%?)$/u.test(before) || before.length < 2) return false;
  if (lexicon.words.has(before.toLowerCase()) || lexicon.titles.has(before.toLowerCase()) || lexicon.beforeNumber.has(before.toLowerCase())) return false;
  return !/^(?:www|https?|com|org|net|gov|co|ua|ru|kr|uk)$/i.test(before);
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

function pushTrimmed(text: string, a: number, b: number, out: Span[]): void {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}

const isTerminator = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0x00bb;

/** A sentence starts with a capital, a digit, a quote or a bracket; never with a lower-case letter. */
function startsSentence(c: number): boolean {
  if (c >= 97 && c <= 122) return false;
  if (c < 128) return true;
  const ch = String.fromCharCode(c);
  return ch === ch.toUpperCase() || ch.toLowerCase() === ch.toUpperCase();
}

/** Whether the word before the period at `dot` is an abbreviation or an initial (not a sentence end). */
function isAbbreviation(text: string, from: number, dot: number, next: number, end: number, lexicon: AbbreviationLexicon): boolean {
  let w = dot;
  while (w > from && !isSpace(text.charCodeAt(w - 1))) w--;
  while (w < dot && isOpener(text.charCodeAt(w))) w++; // a leading quote or bracket
  const token = text.slice(w, dot);
  if (token.length === 0) return false;
  const first = token.charCodeAt(0);
  const capital = first >= 65 && first <= 90;
  if (token.length === 1 && capital) return true; // an initial: "Kim J. Un"
  const lower = token.toLowerCase();
  const nc = text.charCodeAt(next);
  if (lexicon.beforeNumber.has(lower)) return nc >= 48 && nc <= 57;
  if (capital && lexicon.titles.has(lower)) return true;
  if (lexicon.words.has(lower)) return true;
  if (lexicon.acronyms.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(token)) {
    let e = next;
    while (e < end && isWordChar(text.charCodeAt(e))) e++;
    return !lexicon.starters.has(text.slice(next, e));
  }
  return false;
}

const isOpener = (c: number) => c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0x00ab;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c > 0xbf;
}

import { compiledNow } from "../../core/compiled-regex.js";
import type { Span } from "../../core/span.js";
import type { Mention } from "../../core/document.js";
import placesData from "../../knowledge/places.json" with { type: "json" };
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import { escapeRegExp } from "../../core/escape-regexp.js";

const byName = new Map<string, string>();
for (const [state, names] of Object.entries(placesData.places)) for (const n of names) byName.set(n.toLowerCase(), state);
const placeSource = `(?<![\\p{L}-])(?:${[...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}-])`;
// (Sticky: tried only at the positions `mayStartPlace` lets through, which match as the whole scan did.)
const placeRe = compiledNow(new RegExp(placeSource, "iuy"));

/**
 * The pairs of ASCII characters a place name can open with, as the case-blind expression reads them (by index
 * `a * 128 + b`). Most word starts of a sentence open no place name: a look-up here turns them away instead of
 * running the alternation of every name at each character, which cost more than the rest of the stage.
 */
const asciiPairs = new Uint8Array(128 * 128);
const asciiFolds = (c: string): number[] => {
  const re = new RegExp(`^${escapeRegExp(c)}$`, "iu");
  return Array.from({ length: 128 }, (_, k) => k).filter((k) => re.test(String.fromCharCode(k)));
};
for (const name of byName.keys()) {
  const [a, b] = [...name];
  for (const x of asciiFolds(a)) for (const y of b === undefined ? Array.from({ length: 128 }, (_, k) => k) : asciiFolds(b)) asciiPairs[x * 128 + y] = 1;
}

/** Whether a place name may begin at `i`: never after an ASCII letter or a hyphen, nor at two ASCII characters no name opens with. */
function mayStartPlace(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  if (before === 45 || (before < 128 && ((before | 32) >= 97 && (before | 32) <= 122))) return false;
  if (i + 1 >= text.length) return true;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  // (Beyond ASCII, and at the last character, the expression itself decides.)
  return a >= 128 || b >= 128 || asciiPairs[a * 128 + b] === 1;
}

/** Whether a text is the name of a place of places.json ("Kursk", "Brussels"): a place, not a state's name or seat. */
export const isPlaceName = (text: string) => byName.has(text.toLowerCase());

export interface Place {
  readonly span: Span;
  readonly state: string;
}

/**
 * Places inside a state (places.json) named in `text`, with capitals as written: "the Alabuga plant",
 * "stationed in Kursk". Offsets are shifted by `offset`.
 *
 *     placesIn("drones assembled in Tatarstan", 0) → [{ span: [20, 29], state: "RUS" }]
 */
export function placesIn(text: string, offset = 0): Place[] {
  const out: Place[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!mayStartPlace(text, i)) continue;
    placeRe.lastIndex = i;
    const m = placeRe.exec(text);
    if (!m) continue;
    i += m[0].length - 1;
    if (!/^\p{Lu}/u.test(m[0])) continue;
    out.push({ span: { start: offset + m.index, end: offset + m.index + m[0].length }, state: byName.get(m[0].toLowerCase())! });
  }
  return out;
}

const placeBefore = new RegExp(shapes.presence.placeBefore, "iu");
// ("had fought in Kursk": troops where they fought, shapes.json personnel.)
const foughtBefore = new RegExp(shapes.personnel.placeBefore, "iu");

/**
 * Places that stand for their state because something is there or goes there: "troops stationed in
 * Kursk", "shells shipped from Rason", "drones assembled in Tatarstan". Elsewhere ("Kim visited
 * Vladivostok") a place names nothing. Returned as state mentions of the place's state.
 */
export function placeMentions(text: string, span: Span): Mention[] {
  return placesIn(text.slice(span.start, span.end), span.start)
    .filter((p) => {
      const before = text.slice(Math.max(span.start, p.span.start - 90), p.span.start);
      return placeBefore.test(before) || foughtBefore.test(before);
    })
    .map((p) => ({ kind: "state", span: p.span, entity: p.state, name: p.state, state: p.state, form: "alias" }));
}

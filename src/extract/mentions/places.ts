import { compiledNow } from "../../core/compiled-regex.js";
import type { Span } from "../../core/span.js";
import type { Mention } from "../../core/document.js";
import placesData from "../../knowledge/places.json" with { type: "json" };
import shapes from "../../knowledge/shapes.json" with { type: "json" };

const byName = new Map<string, string>();
for (const [state, names] of Object.entries(placesData.places)) for (const n of names) byName.set(n.toLowerCase(), state);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const placeRe = compiledNow(new RegExp(`(?<![\\p{L}-])(?:${[...byName.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}-])`, "giu"));

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
  for (const m of text.matchAll(placeRe)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    out.push({ span: { start: offset + m.index!, end: offset + m.index! + m[0].length }, state: byName.get(m[0].toLowerCase())! });
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

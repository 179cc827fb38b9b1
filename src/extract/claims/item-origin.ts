import type { Span } from "../../core/span.js";
import type { Party, Role } from "./direction.js";
import type { Draft } from "./draft.js";

/** Words that may stand between an origin adjective and its thing: "Russian T-72 tanks", "French Rafale fighter jets". */
const withinPhrase = /^[\s\p{L}\d’'-]{0,30}$/u;

/**
 * "India cancelled the Russian tanks and bought French ones", "Delhi chose French jets over Russian
 * ones": where a clause of getting names the origin of each thing it gets, each thing comes from its
 * own origin, whatever the clause's giver. Only an adjective (or a possessive) right before the thing,
 * in its phrase, and not the receiver itself, names it.
 */
export function byOwnOrigin(text: string, drafts: Draft[], parties: readonly Party[], role: Role | null): Draft[] {
  if (role !== "get" && role !== "getNoun") return drafts;
  return drafts.map((d) => {
    const item = d.parts.item;
    if (d.kind !== "transfer" || !item || !d.recipient || d.item === "money") return d;
    const origin = originBefore(text, parties, item);
    return origin && origin !== d.recipient && origin !== d.supplier ? { ...d, supplier: origin } : d;
  });
}

function originBefore(text: string, parties: readonly Party[], item: Span): string | null {
  const before = parties.filter((p) => p.span.end <= item.start && item.start - p.span.end <= 30);
  const last = before[before.length - 1];
  if (!last) return null;
  const between = text.slice(last.span.end, item.start);
  const adjective = last.form === "adjective" || /^['’]s\b/.test(between);
  if (!adjective || !withinPhrase.test(between.replace(/^['’]s/, ""))) return null;
  // Another thing's phrase in between ("Russian tanks and French jets") ends the origin's reach.
  if (/\b(?:and|or|but|than|instead|over|with|for|to|from)\b/i.test(between)) return null;
  return last.state;
}

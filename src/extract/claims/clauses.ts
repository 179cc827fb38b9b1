import type { Span } from "../../core/span.js";
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";

// Clause boundaries: semicolons, contrastive joins, and ", and" before a new predicate. Hand-written:
// no library here splits clauses without a full parser, and the assembler only needs coarse ones.
// ", and" starts a clause only where four or more words follow before the next comma (not the end of a list).
// ", choosing instead to buy ...", ", buying French jets instead": a participle that tells the alternative
// taken is a clause of its own (its giver and its certainty are not those of what was turned down).
// ", with Chile being the top supplier": an absolute phrase tells a fact of its own.
const boundary = /;\s+|,\s+(?=\p{Ll}+ing\b[^,.;]{0,60}\binstead\b(?!\s+of\b))|,\s+(?:while|whereas|but|although|though|others)\s+|,\s+and\s+(?=(?:[^\s,.;]+\s+){3,}[^\s,.;]+)|\s+while\s+|,?\s+and\s+(?=that\s)|\s+but\s+(?=(?:has|have|had|is|are|was|were|did|does|will|would)\s)|,\s+(?=with\s+(?:[^\s,.;]+\s+){1,4}being\s)/giu;

/** Coarse clauses of a sentence: `[start, end)` spans in document offsets. */
export function splitClauses(text: string, offset: number): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of allMatches(boundary, text)) {
    if (m.index > from) spans.push({ start: offset + from, end: offset + m.index });
    from = m.index + (m[0].startsWith(";") ? m[0].length : 1);
  }
  if (from < text.length) spans.push({ start: offset + from, end: offset + text.length });
  return spans;
}

// (A receiver or giver by name may stand between: "sells shells to Russia for cash".)
const barterFor = new RegExp(`^(?:\\s+(?:to|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?\\s+(?:${(transferData.barterFor as string[]).map((w) => w.replace(/\s+/g, "\\s+")).join("|")})\\s+`, "u");
const barterVerb = new RegExp(`^(?:${(transferData.barterVerbs as string[]).join("|")})$`, "i");
const inKind = new Set<string>(transferData.barterGoods as string[]);

/**
 * The goods that move the other way in a swap told with no "in exchange": after a verb of giving or
 * getting, its goods, "for" and other goods ("offered food for weapons", "trading oil for shells").
 * The span holds only the goods after "for" (with their own words: "for Iranian artillery shells").
 * A price ("for $2 billion"), a receiver ("for Ukraine") or a use ("chips for weapons", "fuel for its
 * tanks": parts and supplies of a thing, not a swap) opens none.
 *
 *     "North Korea offered food for weapons" -> the span of "weapons"
 */
export function barterScope(text: string, clause: Span, triggers: readonly { start: number; end: number; text: string; role: string }[], items: readonly { span: Span; item: string }[]): Span | null {
  for (const t of triggers) {
    if (t.role !== "give" && t.role !== "get") continue;
    const first = items.find((i) => i.span.start >= t.end && i.span.end <= clause.end && /^[\s\p{L}-]{0,40}$/u.test(text.slice(t.end, i.span.start)));
    if (!first) continue;
    const m = barterFor.exec(text.slice(first.span.end, clause.end));
    if (!m) continue;
    const from = first.span.end + m[0].length;
    // Goods of their own, not "its tanks" or "the drones" (the thing the first goods serve).
    const second = items.find((i) => i.span.start >= from && i.span.end <= clause.end && /^[\s\p{L}-]{0,30}$/u.test(text.slice(from, i.span.start)) && !/\b(?:the|its|their|his|her|our|these|those|this|that)\s/i.test(text.slice(from, i.span.start) + " "));
    if (!second || second.item === first.item) continue;
    if (!barterVerb.test(t.text) && inKind.has(first.item) === inKind.has(second.item)) continue;
    // ("for food and fuel": the goods joined to the first go the same way.)
    const joinedAt = (at: number) => items.find((i) => i.span.start >= at && i.span.end <= clause.end && /^\s*(?:,\s*)?(?:and|or)?\s*$/.test(text.slice(at, i.span.start)));
    let end = second.span.end;
    for (let next = joinedAt(end); next; next = joinedAt(end)) end = next.span.end;
    return { start: from, end };
  }
  return null;
}

import type { Span } from "../../core/span.js";

// Clause boundaries: semicolons, contrastive joins, and ", and" before a new predicate. Hand-written:
// no library here splits clauses without a full parser, and the assembler only needs coarse ones.
// ", and" starts a clause only where four or more words follow before the next comma (not the end of a list).
// ", choosing instead to buy ...", ", buying French jets instead": a participle that tells the alternative
// taken is a clause of its own (its giver and its certainty are not those of what was turned down).
const boundary = /;\s+|,\s+(?=\p{Ll}+ing\b[^,.;]{0,60}\binstead\b(?!\s+of\b))|,\s+(?:while|whereas|but|although|though|others)\s+|,\s+and\s+(?=(?:[^\s,.;]+\s+){3,}[^\s,.;]+)|\s+while\s+|,?\s+and\s+(?=that\s)|\s+but\s+(?=(?:has|have|had|is|are|was|were|did|does|will|would)\s)/giu;

/** Coarse clauses of a sentence: `[start, end)` spans in document offsets. */
export function splitClauses(text: string, offset: number): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(boundary)) {
    if (m.index > from) spans.push({ start: offset + from, end: offset + m.index });
    from = m.index + (m[0].startsWith(";") ? m[0].length : 1);
  }
  if (from < text.length) spans.push({ start: offset + from, end: offset + text.length });
  return spans;
}

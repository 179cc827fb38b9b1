import type { ArmsDocument } from "../../core/document.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };

// "to", "for", "in" right before the state (shapes.json headlineReceiver).
const receiverBefore = new RegExp(shapes.headlineReceiver.before, "i");
const memo = new WeakMap<ArmsDocument, Map<number, string | null>>();

/**
 * The one state a segment's headline names, where it names it as where things go ("Europe's gifts to Ukraine",
 * "War in Ukraine: live updates"), or null. A headline that names two states, or names its one state otherwise
 * ("Ukraine signs a deal"), has none.
 *
 *     headline "New arms for Peru" -> "PER"
 */
export function headlineReceiver(doc: ArmsDocument, segment: number): string | null {
  let bySegment = memo.get(doc);
  if (!bySegment) memo.set(doc, (bySegment = new Map()));
  if (bySegment.has(segment)) return bySegment.get(segment)!;
  // The headline, and the lines over the report's first sentence of substance (titles, kickers, a live page's name).
  const lead = doc.sentences.filter((x) => x.segment === segment);
  const firstBody = lead.findIndex((x) => x.candidate !== false && !x.headline);
  const spans = lead.slice(0, firstBody < 0 ? 0 : Math.min(firstBody, 8)).map((x) => x.span);
  const headline = doc.segments[segment]?.headline ?? null;
  if (headline && !spans.some((x) => x.start === headline.start)) spans.push(headline);
  const states = spans.flatMap((span) => doc.within(doc.mentions, span).filter((m) => m.kind === "state").map((m) => ({ m, span })));
  const distinct = new Set(states.map(({ m }) => m.state ?? m.entity));
  let found: string | null = null;
  if (distinct.size === 1 && states.some(({ m, span }) => receiverBefore.test(doc.text.slice(Math.max(span.start, m.span.start - 20), m.span.start)))) found = [...distinct][0];
  bySegment.set(segment, found);
  return found;
}

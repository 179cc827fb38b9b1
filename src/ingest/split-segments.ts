import type { ArmsDocument, Segment, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import { boilerplateLexicon } from "./lexicon.js";
import { covered, isHeadlineText, keptPart, mergeSpans, textLines } from "./lines.js";

/**
 * Splits the page into its reports. Segment 0 is the main report (the whole text, dated by the page);
 * each "Read also:" / "Related:" box is an embedded segment of its own, with the headline after its
 * label and no date. A box set off by a separator or other boilerplate above it runs until the next
 * separator or boilerplate line, the next box, the end, or a paragraph of prose after its teaser (a box
 * in mid-page is followed by the rest of the article); a box inside running text is its paragraph.
 * A sentence belongs to the embedded segment that contains it, else to segment 0. Box labels are
 * added to `doc.boilerplate` so they are never part of a sentence.
 */
export function splitSegments(): Stage {
  const lexicon = boilerplateLexicon();
  return (doc: ArmsDocument) => {
    if (doc.sections.length) return void (doc.segments = feedSegments(doc));
    const text = doc.text;
    const lines = textLines(text);
    const isBoilerLine = (l: Span) => l.end > l.start && covered(doc.boilerplate, l);
    const labels: Span[] = [];
    const boxes: Segment[] = [];
    let mainHeadline: Span | null = null;
    let seenContent = false;

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.end === line.start || isBoilerLine(line)) continue;
      const content = text.slice(line.start, line.end);
      const label = lexicon.boxLabel.exec(content);
      if (!label) {
        if (!seenContent) {
          const kept = keptPart(text, line, doc.boilerplate);
          if (kept && isHeadlineText(text.slice(kept.start, kept.end))) mainHeadline = kept;
          seenContent = true;
        }
        continue;
      }
      seenContent = true;
      labels.push({ start: line.start, end: line.start + label[0].length });
      let headline: Span | null = line.start + label[0].length < line.end ? { start: line.start + label[0].length, end: line.end } : null;
      // A box set off by a separator (or other boilerplate) above it runs until the next one; a box
      // inside running text ("Read more: ..." between two paragraphs) is its own paragraph only.
      let p = i - 1;
      while (p >= 0 && lines[p].end === lines[p].start) p--;
      const setOff = p < 0 || isBoilerLine(lines[p]);
      // (Past its paragraph, such a box only takes a list of headlines: lines without final punctuation.)
      let j = i + 1;
      let last = line;
      let sameParagraph = true;
      // (A box holds one paragraph of prose at most, its teaser: a second one is the article going on.)
      let teaser = false;
      for (; j < lines.length; j++) {
        const next = lines[j];
        if (next.end === next.start) {
          sameParagraph = false;
          continue;
        }
        const nextText = text.slice(next.start, next.end);
        if (isBoilerLine(next) || lexicon.boxLabel.test(nextText)) break;
        const prose = !isHeadlineText(nextText);
        if (!sameParagraph && headline && prose && (!setOff || teaser)) break;
        if (prose && headline) teaser = true;
        headline ??= next; // a label alone on its line: the next line is the box's headline
        last = next;
      }
      boxes.push({ kind: "embedded", span: { start: line.start, end: last.end }, headline, published: null });
      i = j - 1;
    }

    doc.segments = [{ kind: "main", span: { start: 0, end: text.length }, headline: mainHeadline, published: doc.meta.published }, ...boxes];
    if (labels.length > 0) doc.boilerplate = mergeSpans([...doc.boilerplate, ...labels]);
  };
}

/**
 * A page read as sections (a saved feed's items): segment 0 is the page, dated by it, and each section is a report of its
 * own, its title its headline and its own date its date, as a page's headline and day are for its body.
 */
function feedSegments(doc: ArmsDocument): Segment[] {
  const page: Segment = { kind: "main", span: { start: 0, end: doc.text.length }, headline: null, published: doc.meta.published };
  return [page, ...doc.sections.map((s): Segment => ({ kind: "main", span: s.span, headline: s.headline, published: s.published ?? doc.meta.published }))];
}

/** The index of the segment a position belongs to: the embedded box containing it, else 0 (the main report). */
export function segmentAt(segments: readonly Segment[], offset: number): number {
  for (let k = 1; k < segments.length; k++) {
    const s = segments[k].span;
    if (offset >= s.start && offset < s.end) return k;
  }
  return 0;
}

import type { ArmsDocument, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import type { Span as SpanType } from "../core/span.js";
import { blockLineKind, boilerplateLexicon, captionCreditAt, classifyLine, isCaption, type BlockShape, type BoilerplateKind, type BoilerplateLexicon } from "./lexicon.js";
import { endsSentence, mergeSpans, textLines } from "./lines.js";
import { splitBlock } from "./sentence-boundaries.js";

interface Line extends Span {
  readonly text: string;
  kind: BoilerplateKind | "blank" | "box" | null;
}

/** Lines whose content is a list of other stories' headlines follow these. */
const LIST_RUN_MAX = 40;

/**
 * Marks the ranges of `doc.text` that are not the report (navigation, labels, share and comment
 * prompts, bylines, datelines, credits, separators) in `doc.boilerplate`. Nothing is deleted: the
 * report's sentences keep their offsets into the original text.
 */
export function stripBoilerplate(): Stage {
  const lexicon = boilerplateLexicon();
  return (doc: ArmsDocument) => {
    const text = doc.text;
    const spans: Span[] = [];
    const all = textLines(text);
    const alone = (i: number) => (i === 0 || all[i - 1].end === all[i - 1].start) && (i === all.length - 1 || all[i + 1].end === all[i + 1].start);
    const lines: Line[] = all.map((s, i) => {
      const t = text.slice(s.start, s.end);
      if (t.length === 0) return { ...s, text: t, kind: "blank" };
      if (lexicon.boxLabel.test(t)) return { ...s, text: t, kind: "box" };
      const kind = classifyLine(t, lexicon);
      if (kind !== null || !isCaption(t, lexicon)) return { ...s, text: t, kind };
      // (Only a caption that stands as a block of its own: one glued under a headline is the picture's label.)
      const story = alone(i) ? captionStory(text, s, lexicon) : null;
      if (!story) return { ...s, text: t, kind: "credit" };
      spans.push(...story);
      return { ...s, text: t, kind: null };
    });

    for (const line of lines) {
      if (line.kind !== null) continue;
      let start = line.start;
      // A wire dateline ("CITY, Month Day (Agency) --", "CITY, date. /Agency/.") dates and places the
      // report; its city is no party to what follows. Cut off, the sentence after it keeps its offsets.
      for (const p of lexicon.prefixes) {
        const m = p.regex.exec(text.slice(start, line.end)); // after the prefixes already cut ("date ... CITY --")
        if (m && m[0].length > 0) {
          spans.push({ start, end: start + m[0].length });
          start += m[0].length;
        }
      }
      // A date-time after a headline ("... heads for the front Tuesday, July 16, 2024 09:30:00 AM").
      if (!endsSentence(line.text)) {
        for (const p of lexicon.suffixes) {
          const rest = text.slice(start, line.end);
          const m = p.regex.exec(rest);
          if (m && m.index > 0 && !endsSentence(rest.slice(0, m.index)) && rest.slice(0, m.index).split(/\s+/).length >= 3) {
            spans.push({ start: start + m.index, end: line.end });
          }
        }
      }
    }

    // Buttons glued to the end of a line ("... View Photo", "... he said. Share").
    for (const line of lines) {
      if (line.kind !== null) continue;
      for (const p of lexicon.tails) {
        const m = p.regex.exec(line.text);
        if (m && m.index > 0) spans.push({ start: line.start + m.index, end: line.end });
      }
    }

    markBlocks(lines, lexicon);
    markListRuns(lines);
    markTagLines(lines, lexicon.tagLine);
    markBreadcrumbs(lines);

    for (const line of lines) if (line.kind !== null && line.kind !== "blank" && line.kind !== "box") spans.push({ start: line.start, end: line.end });
    doc.boilerplate = mergeSpans([...doc.boilerplate, ...spans]);
  };
}

/**
 * The parts of a caption line to cut when the caption tells a story of its own (a photo essay's slide:
 * "3/12 — A port at dusk. Officials say the missiles left from here. Photo: J. Roe", a paragraph of its own): its slide counter
 * and its credit. Null for a plain caption, which is cut whole.
 */
function captionStory(text: string, line: SpanType, lexicon: BoilerplateLexicon): SpanType[] | null {
  const t = text.slice(line.start, line.end);
  const credit = captionCreditAt(t, lexicon);
  if (credit === null) return null;
  const counter = lexicon.captionCounter.exec(t)?.[0].length ?? 0;
  const sentences: SpanType[] = [];
  splitBlock(text, line.start + counter, line.start + credit, sentences);
  if (sentences.length < lexicon.captionStoryMinSentences) return null;
  const cut: SpanType[] = [{ start: line.start + credit, end: line.end }];
  if (counter > 0) cut.unshift({ start: line.start, end: line.start + counter });
  return cut;
}

/**
 * Lines of page blocks that tell no report: a line that is a block by itself (a written question put to a
 * minister, an item of a list of questions, a bracketed reference, a record of fields), and a heading ("Notes", "Key terms") with the entries
 * that follow it while they keep the block's shape. A line of report text between them ends the block.
 */
function markBlocks(lines: Line[], lexicon: BoilerplateLexicon): void {
  for (const l of lines) if (l.kind === null) l.kind = blockLineKind(l.text, lexicon);
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    if (head.kind !== null && head.kind !== "label") continue;
    const shape = lexicon.blocks.find((b): b is BlockShape & { header: RegExp; entry: RegExp } => b.header !== null && b.entry !== null && b.header.test(head.text));
    if (!shape) continue;
    let entries = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.kind === "blank") continue;
      if ((l.kind !== null && l.kind !== shape.kind) || l.text.length > lexicon.blockMaxLength || !shape.entry.test(l.text)) break;
      l.kind = shape.kind;
      entries++;
    }
    if (entries > 0) head.kind = shape.kind;
  }
}

const isBoiler = (l: Line | undefined) => l !== undefined && l.kind !== null && l.kind !== "blank" && l.kind !== "box";

/**
 * After "You may also like", "Latest Posts" and the like: the headline lines that follow are the list.
 * (A headline may ask a question: "Were the tanks resold? What we found" ends in none, "Who pays?" in "?".)
 */
function markListRuns(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== "list-header") continue;
    for (let j = i + 1, n = 0; j < lines.length && n < LIST_RUN_MAX; j++, n++) {
      const l = lines[j];
      if (l.kind === "blank") continue;
      if (l.kind !== null || (endsSentence(l.text) && !/\?["”’]?$/.test(l.text)) || l.text.split(/\s+/).length > 25) break;
      l.kind = "list-header";
    }
  }
}

/** Lone section labels and tag lines ("South Korea") that sit against other boilerplate. */
function markTagLines(lines: Line[], limits: { maxWords: number; maxLength: number }): void {
  const isTag = (l: Line) =>
    l.kind === null && l.text.length <= limits.maxLength && !endsSentence(l.text) &&
    l.text.split(/\s+/).length <= limits.maxWords && /^[\p{Lu}\p{N}#]/u.test(l.text);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!isTag(l)) continue;
      const adjacent = isBoiler(lines[i - 1]) || isBoiler(lines[i + 1]);
      let p = i - 1;
      while (p >= 0 && lines[p].kind === "blank") p--;
      let q = i + 1;
      while (q < lines.length && lines[q].kind === "blank") q++;
      const between = (p < 0 || isBoiler(lines[p])) && (q >= lines.length || isBoiler(lines[q]));
      if (adjacent || between) l.kind = "label";
    }
  }
}

/** A line that is a short trail of labels followed by the text of another line (the headline) is a breadcrumb. */
function markBreadcrumbs(lines: Line[]): void {
  const head = lines.slice(0, 40).filter((l) => l.kind === null && l.text.split(/\s+/).length >= 4);
  for (const crumb of head) {
    for (const lone of head) {
      if (lone === crumb || crumb.text.length <= lone.text.length || !crumb.text.endsWith(lone.text)) continue;
      const trail = crumb.text.slice(0, crumb.text.length - lone.text.length).trim();
      if (trail.split(/\s+/).length <= 8 && !/[.!?]/.test(trail)) crumb.kind = "nav";
    }
  }
}

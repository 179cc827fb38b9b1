import type { ArmsDocument, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import { boilerplateLexicon, classifyLine, isCaption, type BoilerplateKind } from "./lexicon.js";
import { endsSentence, mergeSpans, textLines } from "./lines.js";

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
    const lines: Line[] = textLines(text).map((s) => {
      const t = text.slice(s.start, s.end);
      return { ...s, text: t, kind: t.length === 0 ? "blank" : lexicon.boxLabel.test(t) ? "box" : (classifyLine(t, lexicon) ?? (isCaption(t, lexicon) ? "credit" : null)) };
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

    markListRuns(lines);
    markTagLines(lines, lexicon.tagLine);
    markBreadcrumbs(lines);

    for (const line of lines) if (line.kind !== null && line.kind !== "blank" && line.kind !== "box") spans.push({ start: line.start, end: line.end });
    doc.boilerplate = mergeSpans([...doc.boilerplate, ...spans]);
  };
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

import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import times from "../../knowledge/times.json" with { type: "json" };
import { formatPoint } from "./calendar.js";

const months: Readonly<Record<string, number>> = times.months;
const monthWord = Object.keys(months).sort((a, b) => b.length - a.length).join("|");
// A day written in words, either way round: "25 Oct 2024", "October 25, 2024".
const wordDay = `(?<dd>\\d{1,2})\\s+(?<m1>${monthWord})\\.?\\s+(?<y1>\\d{4})|(?<m2>${monthWord})\\.?\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4})`;
// The date that opens a row of a chronology, closed by a bar, a dash or a colon: "2024-04-26 | ", "2024-04 | ",
// "25 Oct 2024 - ", "October 25, 2024 — ", "2024-05-02: ".
const rowDatePattern = new RegExp(`^[ \\t]*(?:(?<iso>\\d{4}-\\d{2}(?:-\\d{2})?)|${wordDay})[ \\t]*[|\\-–—:][ \\t]`, "iu");

/** The day (or, for "2024-04", the month) a matched date names, checked; else null. */
function dayOf(g: Readonly<Record<string, string | undefined>>): string | null {
  if (g.iso) {
    const [, mo, d] = g.iso.split("-").map(Number);
    return mo >= 1 && mo <= 12 && (d === undefined || (d >= 1 && d <= 31)) ? g.iso : null;
  }
  const y = Number(g.y1 ?? g.y2 ?? g.yy0), d = Number(g.dd ?? g.d2 ?? g.dd0);
  const mo = g.yy0 ? Number(g.mm0) : months[(g.m1 ?? g.m2 ?? "").toLowerCase()];
  return mo !== undefined && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? formatPoint({ y, m: mo, d }) : null;
}

/**
 * The date a chronology row opens with, where the sentence starts on that row: the day (or month) of the entry, which a
 * chronology lists by the day it was announced, so the day of the saying its claims retell; else null.
 *
 *     rowDate(doc of "2024-04-26 | Beijing. Antony Blinken tells ...", span of "Antony Blinken tells ...") → "2024-04-26"
 */
export function rowDate(doc: ArmsDocument, sentence: Span): string | null {
  const lineStart = doc.text.lastIndexOf("\n", sentence.start - 1) + 1;
  const m = rowDatePattern.exec(doc.text.slice(lineStart, Math.max(sentence.end, lineStart + 40)));
  return m?.groups ? dayOf(m.groups) : null;
}

// The day that heads a line of a log, a chronology or a table, before what the line tells: a chat stamp
// ("[23.01.2025 14:02] Channel:", "[2025-06-19 21:08] <nick>"), a chronology's day with a bullet ("• 2 May 2024 — "),
// or a table cell that holds the day alone ("| 6 | 2025-05-29 | ... |").
const dayPattern = `(?:(?<iso>\\d{4}-\\d{2}-\\d{2})|(?<dd0>\\d{1,2})\\.(?<mm0>\\d{1,2})\\.(?<yy0>\\d{4})|${wordDay})`;
const headPatterns = [
  new RegExp(`^[ \\t]*\\[${dayPattern}(?:[ T,]+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\]`, "iu"),
  new RegExp(`^[ \\t]*(?:[•*·▪][ \\t]*)?${dayPattern}[ \\t]*[|\\-–—:][ \\t]`, "iu"),
  new RegExp(`^[ \\t]*\\|(?:[^|\\n]*\\|)*?[ \\t]*${dayPattern}[ \\t]*\\|`, "iu"),
];

/**
 * The day that heads the line a sentence starts on, and where that head ends: the day the line was written or
 * entered, not of what it tells; else null.
 *
 *     rowHead(doc of "[23.01.2025 14:05] Channel:\nGuns handed over in the last three months.", its span) → { day: "2025-01-23", end: 18 }
 */
export function rowHead(doc: ArmsDocument, sentence: Span): { day: string; end: number } | null {
  // (A sentence cut from a table may open on the bar that closed the row before.)
  const lead = /^[\s|]*/.exec(doc.text.slice(sentence.start, sentence.end))![0].length;
  const lineStart = doc.text.lastIndexOf("\n", sentence.start + lead - 1) + 1;
  const lineEnd = doc.text.indexOf("\n", sentence.start + lead);
  const line = doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd);
  for (const pattern of headPatterns) {
    const m = pattern.exec(line);
    const day = m?.groups ? dayOf(m.groups) : null;
    if (day) return { day, end: lineStart + m!.index + m![0].length };
  }
  return null;
}

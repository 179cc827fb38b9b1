import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import times from "../../knowledge/times.json" with { type: "json" };
import { formatPoint } from "./calendar.js";

const months: Readonly<Record<string, number>> = times.months;
const monthWord = Object.keys(months).sort((a, b) => b.length - a.length).join("|");
// The date that opens a row of a chronology, closed by a bar, a dash or a colon: "2024-04-26 | ", "2024-04 | ",
// "25 Oct 2024 - ", "October 25, 2024 — ", "2024-05-02: ".
const rowDatePattern = new RegExp(
  `^[ \\t]*(?:(?<iso>\\d{4}-\\d{2}(?:-\\d{2})?)|(?<dd>\\d{1,2})\\s+(?<m1>${monthWord})\\.?\\s+(?<y1>\\d{4})|(?<m2>${monthWord})\\.?\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4}))[ \\t]*[|\\-–—:][ \\t]`,
  "iu",
);

/**
 * The date a chronology row opens with, where the sentence starts on that row: the day (or month) of the entry, which a
 * chronology lists by the day it was announced, so the day of the saying its claims retell; else null.
 *
 *     rowDate(doc of "2024-04-26 | Beijing. Antony Blinken tells ...", span of "Antony Blinken tells ...") → "2024-04-26"
 */
export function rowDate(doc: ArmsDocument, sentence: Span): string | null {
  const lineStart = doc.text.lastIndexOf("\n", sentence.start - 1) + 1;
  const m = rowDatePattern.exec(doc.text.slice(lineStart, Math.max(sentence.end, lineStart + 40)));
  if (!m?.groups) return null;
  const g = m.groups;
  if (g.iso) {
    const [, mo, d] = g.iso.split("-").map(Number);
    return mo >= 1 && mo <= 12 && (d === undefined || (d >= 1 && d <= 31)) ? g.iso : null;
  }
  const y = Number(g.y1 ?? g.y2), mo = months[(g.m1 ?? g.m2).toLowerCase()], d = Number(g.dd ?? g.d2);
  return mo && d >= 1 && d <= 31 ? formatPoint({ y, m: mo, d }) : null;
}

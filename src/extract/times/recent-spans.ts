import times from "../../knowledge/times.json" with { type: "json" };
import type { Atom } from "./atoms.js";
import { addDays, addMonths } from "./calendar.js";
import { allMatches } from "../../core/all-matches.js";

const pattern = new RegExp(times.recentSpans.pattern, "gi");
const lengths = times.recentSpans.lengths as Record<string, Record<string, number>>;

/**
 * "deliveries seen in recent months", "shipments over the past few weeks": a stretch back from the report
 * of no stated length (times.json, `recentSpans`). It starts the period at month precision; "the past few
 * weeks" ends it at the report, "recent months" leaves the end open;
 * without a publication date it dates nothing but is still read, so no other reading takes its words.
 */
export function recentSpanAtoms(text: string, ref: { y: number; m: number; d: number } | null): Atom[] {
  const out: Atom[] = [];
  for (const m of allMatches(pattern, text)) {
    const kind = m[1].toLowerCase().replace(/^(?:last|past)\s+/, "").replace(/\s+/g, " ");
    const unit = m[2].toLowerCase().replace(/s$/, "");
    const n = lengths[kind]?.[unit];
    if (!n) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (!ref) {
      out.push({ start, end, from: null, to: null, relative: true });
      continue;
    }
    const back = unit === "month" ? addMonths(ref.y, ref.m, -n) : addDays(ref, -7 * n);
    // ("the past few weeks" runs up to the report, as "the past three weeks" does; "recent months" need not.)
    const to = kind === "recent" ? null : unit === "month" ? { y: ref.y, m: ref.m } : ref;
    out.push({ start, end, from: { y: back.y, m: back.m }, to, relative: true });
  }
  return out;
}

const bareYearParts = new RegExp(times.bareYearParts, "gi");
const yearParts = times.yearParts as Record<string, number[]>;

/**
 * "drone output in the first quarter", "deliveries during the second half": a part of a year named with no
 * year, the last such part over by the report (times.json, `bareYearParts`): one still running in the
 * report's month is last year's.
 */
export function bareYearPartAtoms(text: string, ref: { y: number; m: number; d: number } | null): Atom[] {
  const out: Atom[] = [];
  for (const m of allMatches(bareYearParts, text)) {
    const range = yearParts[`${m[1].toLowerCase().replace(/\s+/g, " ")} of`];
    if (!range) continue;
    const start = m.index! + m[0].length - m[1].length;
    const end = m.index! + m[0].length;
    if (!ref) {
      out.push({ start, end, from: null, to: null, relative: true });
      continue;
    }
    const y = range[1] < ref.m ? ref.y : ref.y - 1;
    out.push({ start, end, from: { y, m: range[0] }, to: { y, m: range[1] }, relative: true });
  }
  return out;
}

// The statements list as the dashboard pages it: found by words, bounded by a date range, sorted by a
// column, then cut into a page. The store filters by column values (statements.ts passes those on);
// what it cannot (words in the evidence, an end date, the order of a column) is done here, over the
// list the store gave, so the page and the API agree on one total and one order.
import { CERTAINTY_PRECEDENCE } from "../core/claim.js";
import type { Statement } from "../core/ledger.js";
import { stateByIso3 } from "../knowledge/gazetteer.js";

export const STATEMENT_SORTS = ["stated", "flow", "figure", "source", "certainty", "reports"] as const;
export type StatementSort = (typeof STATEMENT_SORTS)[number];

export interface StatementQuery {
  /** Words that must all appear: in the states (codes, names, other names), item, source, outlets or evidence. */
  readonly q?: string;
  /** Stated on or before this day (YYYY-MM-DD); undated statements are left out, as `since` leaves them. */
  readonly until?: string;
  readonly sort?: StatementSort;
  readonly dir?: "asc" | "desc";
}

/** Whether the query needs more than the store's own filters and order. */
export function needsQuery(q: StatementQuery): boolean {
  return Boolean(q.q?.trim() || q.until || q.sort || q.dir);
}

/** The day a statement is placed at: the day it was stated, else the end or start of its period. */
export function dayOf(s: Statement): string | null {
  return s.stated ?? s.period?.end ?? s.period?.start ?? null;
}

function stateWords(code: string | null): string[] {
  if (!code) return [];
  const state = stateByIso3(code.slice(0, 3));
  return [code, ...(state ? [state.name, ...state.aliases] : [])];
}

/** Everything a statement can be found by, lower-cased, once per statement. */
function haystack(s: Statement): string {
  return [
    ...stateWords(s.supplier), ...stateWords(s.recipient), s.item, s.item.replace(/-/g, " "), s.kind,
    s.source.speaker ?? "", s.source.org ?? "", ...stateWords(s.source.country),
    s.quantity?.unit ?? "",
    ...s.reports.flatMap((r) => [r.evidence, r.outlet ?? "", r.url ?? "", r.doc]),
  ].join(" \u0000 ").toLowerCase();
}

export function matchesWords(s: Statement, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = haystack(s);
  return words.every((w) => hay.includes(w));
}

const flowKey = (s: Statement) => `${stateByIso3((s.supplier ?? "").slice(0, 3))?.name ?? s.supplier ?? ""}\u0000${stateByIso3((s.recipient ?? "").slice(0, 3))?.name ?? s.recipient ?? ""}\u0000${s.item}`;
const sourceKey = (s: Statement) => [s.source.speaker, s.source.org].filter(Boolean).join(", ").toLowerCase() || "\uffff";
const central = (s: Statement) => {
  const q = s.quantity;
  if (!q) return -1;
  if (q.value !== null) return q.value;
  if (q.min !== null && q.max !== null) return (q.min + q.max) / 2;
  return q.min ?? q.max ?? -1;
};
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const ORDER: Record<StatementSort, (a: Statement, b: Statement) => number> = {
  // Undated last, whichever the direction: see `sortStatements`.
  stated: (a, b) => text(dayOf(a) ?? "", dayOf(b) ?? ""),
  flow: (a, b) => text(flowKey(a), flowKey(b)),
  // Figures compare within a unit: the unit first, then the central value; no figure first.
  figure: (a, b) => text(a.quantity?.unit ?? "", b.quantity?.unit ?? "") || central(a) - central(b),
  source: (a, b) => text(sourceKey(a), sourceKey(b)),
  certainty: (a, b) => CERTAINTY_PRECEDENCE.indexOf(a.certainty) - CERTAINTY_PRECEDENCE.indexOf(b.certainty),
  reports: (a, b) => a.reports.length - b.reports.length,
};

/**
 * The statements that match the words and end date, in the asked order (ties by id, so a page boundary
 * never moves between two requests). Sorting by day puts undated statements last either way.
 */
export function queryStatements(list: readonly Statement[], q: StatementQuery): Statement[] {
  const words = q.q?.trim() ?? "";
  const sort = q.sort ?? "stated";
  const dir = q.dir === "desc" ? -1 : 1;
  const kept = list.filter((s) => (!q.until || (s.stated !== null && s.stated.slice(0, 10) <= q.until)) && matchesWords(s, words));
  return kept.sort((a, b) => {
    if (sort === "stated") {
      const [da, db] = [dayOf(a), dayOf(b)];
      if (!da !== !db) return da ? -1 : 1;
    }
    return dir * ORDER[sort](a, b) || text(a.id, b.id);
  });
}

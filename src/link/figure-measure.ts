/**
 * What a figure measures: a running total to a date (`stock`), an amount moved over a window
 * (`increment`), a rate or share (`rate`: "$2,000 a month", "500,000 barrels a year", a percent), or a
 * plan, target or ceiling (`plan`). Flows add increments after a running total, never running totals
 * (estimate-flow-curve.ts), and never rates or plans. The words that decide are data (measures.json).
 *
 * `measureOf(claim)` for "A further 1,500 troops have been sent, bringing the total so far to 3,000"
 * → "increment" for the 1,500 and "stock" for the 3,000.
 */
import { dayOrPublished, type Claim } from "../core/claim.js";
import type { Measure } from "../core/ledger.js";
import data from "./measures.json" with { type: "json" };

export type { Measure };
export const MEASURES: readonly Measure[] = ["stock", "increment", "rate", "plan"];

/** What typing a figure reads of a claim. */
export type MeasuredClaim = Pick<Claim, "quantity" | "cumulative" | "period" | "stated" | "certainty" | "evidence" | "parts">;

const list = (words: readonly string[]) => words.map((w) => w.toLowerCase());
const CUES = {
  rateAfter: list(data.rateAfter),
  rateBefore: list(data.rateBefore),
  planBefore: list(data.planBefore),
  incrementBefore: list(data.incrementBefore),
  incrementAfter: list(data.incrementAfter),
  incrementAnywhere: list(data.incrementAnywhere),
  stockBefore: list(data.stockBefore),
  stockAfter: list(data.stockAfter),
};

/** A standalone figure: digits not glued to letters ("M1989", "152mm" are names), and not a year. */
const FIGURE = /(?<![\w-])\d[\d,.]*(?![\w-])/g;
const isYear = (t: string) => /^(19|20)\d\d$/.test(t);

/** Lower-case words of a piece of text, punctuation dropped: `words("the total, so far")` → ["the", "total", "so", "far"]. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z$%]+(?:['’][a-z]+)?/g) ?? [];
}

/** Whether the word sequence holds the cue as whole words. */
function holds(ws: readonly string[], cue: string): boolean {
  const c = cue.split(/\s+/);
  outer: for (let i = 0; i + c.length <= ws.length; i++) {
    for (let j = 0; j < c.length; j++) if (ws[i + j] !== c[j]) continue outer;
    return true;
  }
  return false;
}
const anyCue = (ws: readonly string[], cues: readonly string[]) => cues.some((c) => holds(ws, c));

/**
 * The words around a claim's amount in its sentence: `before`, from the previous figure (or the
 * sentence start) up to the number itself, the amount's own words included ("a further 1,500");
 * `after`, from the amount to the next figure or the sentence end. Null where the amount has no span.
 */
export function amountContext(c: Pick<Claim, "evidence" | "parts">): { before: string[]; after: string[] } | null {
  const a = c.parts?.amount;
  const text = c.evidence.text;
  if (!a) return null;
  const start = a.start - c.evidence.start;
  const end = a.end - c.evidence.start;
  if (start < 0 || end > text.length || start >= end) return null;
  const figures = [...text.matchAll(FIGURE)].filter((m) => !isYear(m[0]));
  // The number inside the amount span: its own words ("a further", "about") stay on the `before` side.
  const own = figures.find((m) => m.index! >= start && m.index! < end);
  const numberAt = own ? own.index! : end;
  const prev = figures.filter((m) => m.index! + m[0].length <= start).at(-1);
  const next = figures.find((m) => m.index! >= end);
  return {
    before: words(text.slice(prev ? prev.index! + prev[0].length : 0, numberAt)),
    after: words(text.slice(end, next ? next.index! : text.length)),
  };
}

/** `addDays("2024-02-26", -5)` → "2024-02-21". */
function dayOf(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  // A month or a year counts to its last day: a window "in 2024" closes at the year's end.
  const y = Number(m[1]), mo = m[2] ? Number(m[2]) : 12;
  const d = m[3] ? Number(m[3]) : new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return Date.UTC(y, mo - 1, d) / 86_400_000;
}

/**
 * Types a claim's figure; null where it gives none. Order: a rate or share, a plan, then the words of
 * an increment or a total, then the period's shape: no window, or one that runs up to the day it was
 * told, is a running total to that day; a window closed days before it was told, an increment.
 */
export function measureOf(c: MeasuredClaim, published: string | null = null): Measure | null {
  const q = c.quantity;
  if (!q) return null;
  if (q.unit === "percent") return "rate";
  const ctx = amountContext(c);
  if (ctx) {
    const soon = ctx.after.slice(0, data._windows.rateAfter);
    if (anyCue(soon, CUES.rateAfter) || anyCue(ctx.before.slice(-4), CUES.rateBefore)) return "rate";
  }
  if (c.certainty === "possible") return "plan";
  if (ctx) {
    if (anyCue(ctx.before, CUES.planBefore)) return "plan";
    const inc = anyCue(ctx.before, CUES.incrementBefore) || anyCue(ctx.after.slice(0, data._windows.incrementAfter), CUES.incrementAfter);
    if (inc) return "increment";
    if (anyCue(ctx.before, CUES.stockBefore) || anyCue(ctx.after, CUES.stockAfter)) return "stock";
    if (anyCue([...ctx.before, ...ctx.after], CUES.incrementAnywhere)) return "increment";
  }
  if (c.cumulative) return "stock";
  const p = c.period;
  if (!p || (!p.start && !p.end)) return "stock";
  const told = dayOrPublished(c.stated, published);
  const end = p.end ? dayOf(p.end) : null;
  const day = told ? dayOf(told) : null;
  // A window closed days before it was told ("in June", "between 8 and 13 October", "in 2024") counts what moved in it.
  if (end !== null && day !== null && day - end >= data.closedWindowDays) return "increment";
  // One that runs up to the day it was told ("since September") is a running total, unless nothing dates the telling.
  return p.start && (end === null || day === null) ? "increment" : "stock";
}

/** A statement's measure: the one stored, else read from its shape (a ledger written before measures were kept). */
export function statementMeasure(s: { readonly measure?: Measure | null; readonly quantity: Claim["quantity"]; readonly cumulative: boolean; readonly certainty: string; readonly period: { readonly start?: string | null; readonly end: string | null } | null }): Measure | null {
  if (s.measure) return s.measure;
  if (!s.quantity) return null;
  if (s.quantity.unit === "percent") return "rate";
  if (s.certainty === "possible") return "plan";
  // Records typed before measures were kept said only "cumulative" or not: the flag stands.
  return s.cumulative ? "stock" : "increment";
}

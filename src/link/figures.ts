import type { Quantity } from "../core/claim.js";
import { knowledge } from "./knowledge.js";

/**
 * How close two figures are, as one statement's figure retold: 1 for the same figure, down to 0 at the
 * edge of the tolerance, null where they cannot be the same figure (other unit or rate, too far apart).
 * `figureCloseness({value: 6700, ...}, {value: 6700, approx: true, ...})` → 1;
 * `figureCloseness({value: 6700}, {min: 6000})` → about 0.6 ("over 6,000" holds 6,700, a little loosely).
 */
export function figureCloseness(a: Quantity, b: Quantity, tol = knowledge.figureTolerance): number | null {
  // "12,000 shells a day" and "12,000 shells" count other things: a rate and an amount, or rates over other times.
  if (a.unit !== b.unit || (a.per ?? null) !== (b.per ?? null)) return null;
  if (a.value !== null && b.value !== null) return pointCloseness(a.value, b.value, tol);
  if (a.value !== null) return pointInBounds(a.value, b, tol);
  if (b.value !== null) return pointInBounds(b.value, a, tol);
  return boundsCloseness(a, b, tol);
}

/** Relative difference of two numbers: `relativeDifference(100, 110)` → 0.0909… */
export function relativeDifference(x: number, y: number): number {
  const m = Math.max(Math.abs(x), Math.abs(y));
  return m === 0 ? 0 : Math.abs(x - y) / m;
}

function pointCloseness(x: number, y: number, tol: number): number | null {
  const d = relativeDifference(x, y);
  return d <= tol ? 1 - d / (tol * 2) : null;
}

function pointInBounds(v: number, q: Quantity, tol: number): number | null {
  const { min, max } = q;
  if (min === null && max === null) return null;
  if (min !== null && max !== null) {
    if (v < min * (1 - tol) || v > max * (1 + tol)) return null;
    return 0.7;
  }
  // One-sided bound: "over 6,000" holds 6,700 but not 60,000, which would be another figure.
  const reach = knowledge.oneSidedBoundReach;
  if (min !== null) return v >= min * (1 - tol) && v <= min * reach ? 0.9 - relativeDifference(v, min) : null;
  return v <= max! * (1 + tol) && v >= max! / reach ? 0.9 - relativeDifference(v, max!) : null;
}

function boundsCloseness(a: Quantity, b: Quantity, tol: number): number | null {
  // Both are bounds: the finite ends they share must agree ("over 2 million" is not "over 3 million").
  let score = 1;
  let compared = 0;
  for (const end of ["min", "max"] as const) {
    const x = a[end], y = b[end];
    if (x === null && y === null) continue;
    if (x === null || y === null) {
      score -= 0.3;
      continue;
    }
    const c = pointCloseness(x, y, tol);
    if (c === null) return null;
    score = Math.min(score, c);
    compared++;
  }
  if (compared === 0) {
    // "at least X" against "at most Y": one figure only if the range they leave is narrow.
    const lo = a.min ?? b.min, hi = a.max ?? b.max;
    return lo !== null && hi !== null && lo <= hi * (1 + tol) && hi <= lo * knowledge.oneSidedBoundReach ? 0.5 : null;
  }
  return score;
}

/** The one number a figure names: its value, else its single bound ("nearly 66", "more than 10,000"); null for a range or none. */
function namedNumber(q: Quantity): { n: number; side: "value" | "min" | "max" } | null {
  if (q.value !== null) return { n: q.value, side: "value" };
  if (q.min !== null && q.max === null) return { n: q.min, side: "min" };
  if (q.max !== null && q.min === null) return { n: q.max, side: "max" };
  return null;
}

/**
 * Whether two figures are one figure told at other roundings: the number each names lies within
 * knowledge.roundingTolerance of the other's, a bound against a point or another bound on its side
 * ("nearly $66bn" and "$65.9bn", "more than 10,000" and "10,000", "about 4.8 million" and "4.79 million").
 * A lower and an upper bound of one number ("over 500", "under 500") say other things.
 */
export function sameFigureRounded(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || (a.per ?? null) !== (b.per ?? null)) return false;
  const x = namedNumber(a), y = namedNumber(b);
  if (!x || !y) return false;
  if (x.side !== "value" && y.side !== "value" && x.side !== y.side) return false;
  return relativeDifference(x.n, y.n) <= knowledge.roundingTolerance;
}

/** Whether two figures are the very figure retold: closeness 1, or the same number rounded otherwise (sameFigureRounded). */
export function isSameFigure(a: Quantity, b: Quantity): boolean {
  const c = figureCloseness(a, b);
  return c !== null && (c >= 0.999 || sameFigureRounded(a, b));
}

/** Whether two figures are equal up to rounding (for the background rule, stricter than closeness). */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  const c = figureCloseness(a, b, 0.02);
  return c !== null && c >= 0.9;
}

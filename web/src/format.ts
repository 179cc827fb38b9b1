// How figures, states and sources read on the page.
import { iso31661 } from "iso-3166";
import type { Quantity, Source, Statement } from "./api.js";

const NAMES = new Map(iso31661.map((c) => [c.alpha3, c.name]));
// The ISO names of a few states read oddly in a sentence; these are the names news reports use.
const SHORT: Record<string, string> = { PRK: "North Korea", KOR: "South Korea", RUS: "Russia", IRN: "Iran", USA: "United States", GBR: "United Kingdom", SYR: "Syria", VEN: "Venezuela", TWN: "Taiwan", BOL: "Bolivia", LAO: "Laos", MDA: "Moldova", TZA: "Tanzania", VNM: "Vietnam", COD: "DR Congo" };

/** Whether `code` is a state's ISO code ("PRK"), as against a code nothing names. */
export function isState(code: string): boolean {
  return NAMES.has(code) || code in SHORT;
}

/** `stateName("PRK")` → "North Korea"; an unknown code stays as it is. */
export function stateName(code: string | null): string {
  if (!code) return "—";
  // A body of a state ("RUS-WAGNER"): the state's name, then the body's.
  const sub = /^([A-Z]{3})-([A-Z0-9-]+)$/.exec(code);
  if (sub) return `${stateName(sub[1])} (${sub[2].charAt(0)}${sub[2].slice(1).toLowerCase()})`;
  return SHORT[code] ?? NAMES.get(code) ?? code;
}

// Numbers are written by hand, not with Intl.NumberFormat: the first Intl object a page makes loads the
// browser's locale data, 40–400 ms of main-thread time before the overview could show its first figure
// (bench/dashboard.bench.ts). English grouping and the compact form are all the dashboard needs.

/**
 * `abs` (not negative) rounded to `digits` decimals, as [integer digits, decimal digits]. Like Intl, it
 * rounds the number as JavaScript writes it (the shortest decimal that reads back as the same number:
 * 0.95, not 0.9499999…), half away from zero: 0.95 → 1, 2.5 → 3.
 */
function roundDecimal(abs: number, digits: number): [string, string] {
  const [mantissa, exponent = "0"] = String(abs).split("e");
  const [whole, part = ""] = mantissa.split(".");
  let all = whole + part;
  let point = whole.length + Number(exponent);
  // Leading zeros out of the way ("0.0123" → "123", point -1), so `point` counts integer digits.
  const lead = all.length - all.replace(/^0+/, "").length;
  all = all.slice(lead) || "0";
  point -= lead;
  const keep = point + digits;
  let kept: string;
  if (keep < 0) kept = "";
  else if (keep >= all.length) kept = all + "0".repeat(keep - all.length);
  else {
    kept = all.slice(0, keep);
    if (all[keep] >= "5") {
      // Carry the rounding up through the nines: "0999" + 1 → "1000".
      let i = kept.length - 1;
      while (i >= 0 && kept[i] === "9") i--;
      kept = i < 0 ? `1${"0".repeat(kept.length)}` : kept.slice(0, i) + String(Number(kept[i]) + 1) + "0".repeat(kept.length - i - 1);
      if (i < 0) point += 1;
    }
  }
  // Back to integer and decimal digits around the point.
  const padded = point <= 0 ? "0".repeat(1 - point) + kept : kept;
  const at = Math.max(point, 1);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, "") || "0";
  return [int, padded.slice(at, at + digits).padEnd(digits, "0")];
}

/** `abs` rounded to `digits` decimals, as a number (the compact form picks its scale on it). */
function roundTo(x: number, digits: number): number {
  const [int, frac] = roundDecimal(Math.abs(x), digits);
  return Math.sign(x) * Number(`${int}.${frac || "0"}`);
}

/** `fixed(1234.5, 1)` → "1,234.5": at most `digits` decimals, trailing zeros dropped, thousands grouped. */
export function fixed(x: number, digits: number, group = true): string {
  if (!Number.isFinite(x)) return String(x);
  const [int, frac] = roundDecimal(Math.abs(x), digits);
  const decimals = frac.replace(/0+$/, "");
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  return `${sign}${group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int}${decimals ? `.${decimals}` : ""}`;
}

const COMPACT: [number, string][] = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]];

/** The compact form axes use, one decimal at most: 1234 → "1.2K", 999_999 → "1M", 5.5e9 → "5.5B". */
function compactNum(x: number): string {
  const abs = Math.abs(x);
  for (let i = 0; i < COMPACT.length; i++) {
    const [n, suffix] = COMPACT[i];
    if (abs < n) continue;
    const r = roundTo(abs / n, 1);
    // 999,950 reads "1M", not "1000K": a rounding that reaches the next scale moves up to it.
    if (r >= 1000 && i > 0) return `${x < 0 ? "-" : ""}${fixed(roundTo(abs / COMPACT[i - 1][0], 1), 1, false)}${COMPACT[i - 1][1]}`;
    return `${x < 0 ? "-" : ""}${fixed(r, 1, false)}${suffix}`;
  }
  const r = roundTo(abs, 1);
  if (r >= 1000) return `${x < 0 ? "-" : ""}1K`;
  return fixed(x < 0 || Object.is(x, -0) ? -r : r, 1, false);
}

/** Units that count whole things: a fraction of one ("1.1 systems") is false precision. */
const COUNTED = new Set(["containers", "rounds", "missiles", "drones", "systems", "vehicles", "aircraft", "troops", "workers", "items"]);
/** Money: the sign goes before the figure ("US$5.5 billion"). */
const MONEY: Record<string, string> = { usd: "US$", eur: "€", gbp: "£", jpy: "¥", cny: "CN¥", krw: "₩", inr: "₹", uah: "₴", rub: "RUB ", kpw: "KPW ", irr: "IRR ", chf: "CHF ", cad: "C$", aud: "A$", sek: "SEK ", nok: "NOK ", dkk: "DKK ", pln: "PLN ", czk: "CZK ", try: "TRY ", sar: "SAR ", aed: "AED ", ils: "₪", pkr: "PKR " };
const SINGULAR: Record<string, string> = { containers: "container", rounds: "round", missiles: "missile", drones: "drone", systems: "system", vehicles: "vehicle", troops: "troop", workers: "worker", items: "item", barrels: "barrel", tonnes: "tonne" };
const SCALES: [number, string][] = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]];

/** Three significant figures at most, trailing zeros dropped: 2.2825528 → "2.28", 12 → "12". */
function sig3(x: number): string {
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return fixed(Number(x.toPrecision(3)), digits);
}

/** The scale a figure reads in: 2,282,552.8 → [1e6, "million"]; below a million, none. */
function scaleOf(x: number): [number, string] | null {
  return SCALES.find(([n]) => Math.abs(x) >= n) ?? null;
}

/**
 * A number as a reader wants it: millions and above in words with three significant figures
 * ("2.28 million"), whole things as whole numbers, small fractions with at most three significant figures.
 * `short` gives the compact form axes use ("1.2M").
 */
export function num(x: number, short = false, unit?: string): string {
  if (!Number.isFinite(x)) return "—";
  if (short) return compactNum(x);
  const scale = scaleOf(x);
  if (scale) return `${sig3(x / scale[0])} ${scale[1]}`;
  if ((unit && COUNTED.has(unit)) || Math.abs(x) >= 100) return fixed(Math.round(x), 0);
  return sig3(x);
}

/** The unit's word for this many: "1 system", "2 systems", "12%". */
function unitWord(unit: string, one: boolean): string {
  if (unit === "percent") return "%";
  return one && SINGULAR[unit] ? SINGULAR[unit] : unit;
}

/** `amount(2282552.8, "barrels")` → "2.28 million barrels"; `amount(5.5e9, "usd")` → "US$5.5 billion". */
export function amount(x: number, unit: string): string {
  const n = num(x, false, unit);
  if (MONEY[unit]) return `${MONEY[unit]}${n}`;
  if (unit === "percent") return `${n}%`;
  return `${n} ${unitWord(unit, n === "1")}`;
}

/** A range read once in its scale: "1.2–1.5 million rounds", "US$2–3 billion", "200–999 rounds". */
/** 9,999, 999,999…: the top of "hundreds of thousands" as a reading writes it, a bound no source stated as such. */
const justUnder = (x: number) => x >= 9999 && Number.isInteger(x) && /^9+$/.test(String(x));

function range(min: number, max: number, unit: string): string {
  // "200,000 to under 1 million rounds", never "200,000–999,999 rounds" (a precision no one gave).
  if (justUnder(max) && min < max) {
    const low = MONEY[unit] ? `${MONEY[unit]}${num(min, false, unit)}` : unit === "percent" ? `${num(min, false, unit)}%` : num(min, false, unit);
    return `${low} to under ${amount(max + 1, unit)}`;
  }
  const [a, b] = [scaleOf(min), scaleOf(max)];
  let text: string;
  if (a && b && a[0] === b[0]) text = `${sig3(min / a[0])}–${sig3(max / a[0])} ${a[1]}`;
  else text = `${num(min, false, unit)}–${num(max, false, unit)}`;
  if (MONEY[unit]) return `${MONEY[unit]}${text}`;
  if (unit === "percent") return `${text}%`;
  return `${text} ${unitWord(unit, false)}`;
}

/** How a unit is named in a heading: "US dollars", "rounds". */
export function unitName(unit: string): string {
  if (unit === "usd") return "US dollars";
  if (unit === "percent") return "per cent";
  if (MONEY[unit]) return unit.toUpperCase();
  return unit;
}

/** `figure({value: 6700, unit: "containers", approx: true})` → "about 6,700 containers". */
export function figure(q: Quantity | null, short = false): string {
  if (!q) return "no figure";
  const about = q.approx ? "about " : "";
  if (short) {
    const x = q.value ?? q.min ?? q.max;
    return x === null ? unitName(q.unit) : `${about}${num(x, true)} ${q.unit === "usd" ? "US$" : q.unit}`;
  }
  if (q.value !== null) return `${about}${amount(q.value, q.unit)}`;
  if (q.min !== null && q.max !== null) return q.min === q.max ? `${about}${amount(q.min, q.unit)}` : `${about}${range(q.min, q.max, q.unit)}`;
  if (q.min !== null) return `at least ${amount(q.min, q.unit)}`;
  if (q.max !== null) return `up to ${amount(q.max, q.unit)}`;
  return unitName(q.unit);
}

/** The one number a chart puts a figure at: the value, else the middle of the bounds, else the bound. */
export function central(q: Quantity | null): number | null {
  if (!q) return null;
  if (q.value !== null) return q.value;
  if (q.min !== null && q.max !== null) return (q.min + q.max) / 2;
  return q.min ?? q.max;
}

export function sourceLabel(s: Source): string {
  const who = [s.speaker, s.org].filter(Boolean).join(", ") || "unnamed source";
  return s.country ? `${who} (${stateName(s.country)})` : who;
}

export function sourceKey(s: Source): string {
  return `${s.speaker ?? ""}|${s.org ?? ""}|${s.country ?? ""}`;
}

/** The day a statement is placed at on a timeline. */
export function when(s: Pick<Statement, "stated" | "period">): string | null {
  return s.stated ?? s.period?.end ?? s.period?.start ?? null;
}

/** "2024-02" or "2024" → a Date at the start of that period. */
export function toDate(day: string): Date {
  const [y, m = "01", d = "01"] = day.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/**
 * Colours that stay apart (Okabe–Ito first, for colour-blind readers, then 16 more distinct hues):
 * 24 sources get 24 colours; a 25th and later share OTHER, and the legend says so.
 */
export const PALETTE = [
  "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#b8a000",
  "#8c564b", "#7f7f7f", "#6a3d9a", "#17becf", "#e7298a", "#66a61e", "#a6761d", "#1a3a6b",
  "#ff7f0e", "#9e0142", "#5e4fa2", "#3288bd", "#f46d43", "#7b7b00", "#00545c", "#c51b7d",
];
export const OTHER = "#c4c4c4";

export interface Colourer {
  (key: string): string;
  /** Keys past the palette, which share OTHER. */
  readonly overflow: () => number;
}

export function colourer(): Colourer {
  const seen = new Map<string, string>();
  let over = 0;
  const pick = (key: string) => {
    if (!seen.has(key)) {
      if (seen.size - over < PALETTE.length) seen.set(key, PALETTE[seen.size - over]);
      else {
        seen.set(key, OTHER);
        over += 1;
      }
    }
    return seen.get(key)!;
  };
  return Object.assign(pick, { overflow: () => over });
}

export function itemLabel(item: string): string {
  return item.replace(/-/g, " ");
}

/** The flow's page; null for a statement that is no flow (production, status: no recipient). */
export function flowPath(f: { supplier: string | null; recipient: string | null; item: string }): string | null {
  if (!f.supplier || !f.recipient) return null;
  return `/flows/${f.supplier}/${f.recipient}/${f.item}`;
}

export function statePath(code: string): string {
  return `/states/${code}`;
}

/**
 * The day a claim is dated at, as a reader says it: a day the report tells, "week of" a week it tells ("said last
 * week"), else the report's own day (the claim tells none).
 */
export function claimDay(stated: string | null, published: string | null | undefined): string {
  if (stated && stated.includes("/")) return `week of ${stated.slice(0, 10)}`;
  return stated ?? published ?? "the report's day";
}

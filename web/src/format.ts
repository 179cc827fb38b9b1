// How figures, states and sources read on the page.
import { iso31661 } from "iso-3166";
import type { Quantity, Source, Statement } from "./api.js";

const NAMES = new Map(iso31661.map((c) => [c.alpha3, c.name]));
// The ISO names of a few states read oddly in a sentence; these are the names news reports use.
const SHORT: Record<string, string> = { PRK: "North Korea", KOR: "South Korea", RUS: "Russia", IRN: "Iran", USA: "United States", GBR: "United Kingdom", SYR: "Syria", VEN: "Venezuela", TWN: "Taiwan", BOL: "Bolivia", LAO: "Laos", MDA: "Moldova", TZA: "Tanzania", VNM: "Vietnam", COD: "DR Congo" };

/** `stateName("PRK")` → "North Korea"; an unknown code stays as it is. */
export function stateName(code: string | null): string {
  if (!code) return "—";
  return SHORT[code] ?? NAMES.get(code) ?? code;
}

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

export function num(x: number, short = false): string {
  return short ? compact.format(x) : number.format(x);
}

/** `figure({value: 6700, unit: "containers", approx: true})` → "about 6,700 containers". */
export function figure(q: Quantity | null, short = false): string {
  if (!q) return "no figure";
  const unit = q.unit === "usd" ? "USD" : q.unit;
  const about = q.approx ? "about " : "";
  if (q.value !== null) return `${about}${num(q.value, short)} ${unit}`;
  if (q.min !== null && q.max !== null) return `${about}${num(q.min, short)}–${num(q.max, short)} ${unit}`;
  if (q.min !== null) return `at least ${num(q.min, short)} ${unit}`;
  if (q.max !== null) return `up to ${num(q.max, short)} ${unit}`;
  return unit;
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

/** Colours that stay apart for colour-blind readers (Okabe–Ito), then a few more. */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7f7f7f", "#8c564b", "#000000", "#b8a000"];

export function colourer(): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, PALETTE[seen.size % PALETTE.length]);
    return seen.get(key)!;
  };
}

export function itemLabel(item: string): string {
  return item.replace(/-/g, " ");
}

export function flowPath(f: { supplier: string | null; recipient: string | null; item: string }): string {
  return `/flows/${f.supplier}/${f.recipient}/${f.item}`;
}

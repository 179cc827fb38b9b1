import type { Span, TextSpan } from "./span.js";

/** The claim kinds of ../shared/eval/SCHEMA.md. */
export type ClaimKind = "transfer" | "production" | "status";

/** Certainty, weakest-to-strongest precedence: denied > doubted > possible > believed > reported > asserted. */
export type Certainty = "asserted" | "reported" | "believed" | "possible" | "doubted" | "denied";
export const CERTAINTY_PRECEDENCE: readonly Certainty[] = ["asserted", "reported", "believed", "possible", "doubted", "denied"];

/** Keeps the strongest of several certainty cues: `strongestCertainty(["reported", "possible"])` → `"possible"`. */
export function strongestCertainty(cues: Iterable<Certainty>): Certainty {
  let best = 0;
  for (const c of cues) best = Math.max(best, CERTAINTY_PRECEDENCE.indexOf(c));
  return CERTAINTY_PRECEDENCE[best];
}

export const ITEMS = [
  "artillery-ammunition", "ammunition", "ballistic-missiles", "missiles-other", "drones", "artillery-systems",
  "armoured-vehicles", "aircraft", "air-defence-systems", "naval", "weapons-unspecified",
  "troops", "workers",
  "space-technology", "missile-technology", "nuclear-technology", "military-technology",
  "food", "oil-fuel", "raw-materials", "dual-use-goods", "money", "goods-unspecified",
] as const;
export type Item = (typeof ITEMS)[number];

export const UNITS = [
  "containers", "rounds", "missiles", "drones", "systems", "vehicles", "aircraft", "troops", "workers",
  "barrels", "tonnes", "usd", "percent", "items",
  // Money in its own currency (ISO 4217, lower case): SCHEMA.md "Units".
  "eur", "gbp", "rub", "cny", "jpy", "krw", "kpw", "inr", "uah", "irr", "chf", "cad", "aud", "sek", "nok", "dkk", "pln", "czk", "try", "sar", "aed", "ils", "pkr", "twd", "hkd", "nzd",
] as const;
export type Unit = (typeof UNITS)[number];

/** The time a rate counts over ("per day", "a month", "annually"). */
export type Rate = "day" | "week" | "month" | "year";

/** A quantity in the SCHEMA.md form: `value` for a point figure, `min`/`max` for bounds. */
export interface Quantity {
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: Unit;
  readonly approx: boolean;
  /** A rate: the figure counts per day, week, month or year (absent for a plain amount). */
  readonly per?: Rate;
}

/** A period as SCHEMA.md writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, either end may be open. */
export interface Period {
  readonly start: string | null;
  readonly end: string | null;
}

/** Who makes the claim: the person, the body, and the state of that person or body (ISO alpha-3). */
export interface Source {
  readonly speaker: string | null;
  readonly org: string | null;
  readonly country: string | null;
}

/** Where each part of a claim stands in the original text. */
export interface ClaimParts {
  readonly amount?: Span;
  readonly time?: Span;
  readonly source?: Span;
  readonly supplier?: Span;
  readonly recipient?: Span;
  readonly item?: Span;
}

/** One proposition in one document: the unit of extraction (DESIGN.md, "Claim"). */
export interface Claim {
  readonly id: string;
  readonly doc: string;
  readonly kind: ClaimKind;
  readonly supplier: string | null;
  readonly recipient: string | null;
  readonly item: Item;
  readonly quantity: Quantity | null;
  /** The calibre the text gives the item ("152mm"): an attribute, never an amount. */
  readonly calibre: string | null;
  readonly period: Period | null;
  /** True where the figure is a running total ("since September", "in total", "so far"). */
  readonly cumulative: boolean;
  readonly certainty: Certainty;
  readonly source: Source;
  /** Who passes the claim on, nearest first ("Yonhap reported, citing ..." → ["Yonhap"]); the outlet is last. */
  readonly relays: readonly string[];
  /**
   * The day the source made the claim, where the report tells it: a day (YYYY-MM-DD), a month or year, or a span of
   * days ("said last week": "2024-03-04/2024-03-10"); else null (the publication day is a guess, link/occasion.ts).
   */
  readonly stated: string | null;
  readonly evidence: TextSpan;
  readonly parts: ClaimParts;
  /** Index of the segment (main report or embedded "Read also" box) the claim comes from. */
  readonly segment: number;
  /** The thing as the text names it ("machine tools"), lower case: listed things of one item stay apart. */
  readonly thing?: string;
  /** Set by linking: the statement this claim carries. */
  readonly statement?: string;
}

/** A `stated` value as one day, month or year to date a statement by: a span of days ("said last week") gives none. */
export function statedDay(stated: string | null): string | null {
  return stated === null || stated.includes("/") ? null : stated;
}

/**
 * The day to date a saying by: its own `stated` day, month or year, else the report's publication day.
 *
 *     dayOrPublished("2024-03-04/2024-03-10", "2024-03-12") -> "2024-03-12"
 */
export function dayOrPublished(stated: string | null, published: string | null): string | null {
  return statedDay(stated) ?? published;
}

/** The flat SCHEMA.md form of a claim (one JSONL line), with the spans added. */
export function toSchemaClaim(c: Claim): Record<string, unknown> {
  return {
    doc: c.doc,
    kind: c.kind,
    supplier: c.supplier,
    recipient: c.recipient,
    item: c.item,
    quantity: c.quantity,
    period: c.period,
    certainty: c.certainty,
    source: c.source,
    evidence: c.evidence.text,
    ...(c.statement ? { statement: c.statement } : {}),
    spans: { evidence: { start: c.evidence.start, end: c.evidence.end }, ...c.parts },
    calibre: c.calibre,
    cumulative: c.cumulative,
    relays: c.relays,
    stated: c.stated,
  };
}

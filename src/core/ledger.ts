import type { Certainty, ClaimKind, Item, Period, Quantity, Source } from "./claim.js";

/** What a figure measures: a running total to a date, an amount over a window, a rate or share, a plan or target. */
export type Measure = "stock" | "increment" | "rate" | "plan";

/** A document that carries a statement, with the evidence that does. */
export interface Report {
  readonly doc: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly claim: string;
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  /** Who this report relays the statement through ("Yonhap", citing ...), nearest first. */
  readonly relays: readonly string[];
}

/** One original act of claiming, carried by one or more claims in one or more documents (DESIGN.md, "Statement"). */
export interface Statement {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly supplier: string | null;
  readonly recipient: string | null;
  readonly item: Item;
  readonly quantity: Quantity | null;
  readonly period: Period | null;
  readonly cumulative: boolean;
  /** What the figure measures: a running total to its day, an amount over a window, a rate or share, a plan (link/figure-measure.ts). */
  readonly measure?: Measure | null;
  /** The day the original source made it, best known (YYYY-MM-DD). */
  readonly stated: string | null;
  readonly certainty: Certainty;
  readonly source: Source;
  /** Number of independent original sources: never more than the distinct sources, relays never count. */
  readonly independent_sources: number;
  readonly reports: readonly Report[];
}

/** A supplier, recipient and item: the timeline of its statements (DESIGN.md, "Flow"). */
export interface Flow {
  readonly supplier: string;
  readonly recipient: string;
  readonly item: Item;
  readonly statements: number;
  readonly reports: number;
  readonly independent_sources: number;
  /** The latest best figure: the most recent running total (by its day), else the latest increment; never a rate or a plan. */
  readonly latest: { readonly statement: string; readonly quantity: Quantity; readonly stated: string | null; readonly source: Source; readonly measure?: Measure } | null;
  readonly first_stated: string | null;
  readonly last_stated: string | null;
  /** Figures of one stated window that cannot be one figure, with their sources (set by the store). */
  readonly conflicts?: readonly Conflict[];
}

/** Figures stated within a few days of each other, in one unit, that cannot be the same figure. */
export interface Conflict {
  readonly stated: string | null;
  readonly unit: string;
  readonly figures: readonly { readonly statement: string; readonly quantity: Quantity; readonly stated: string | null; readonly source: Source }[];
}

/** A source of statements (a minister, an agency, an outlet in its own voice). */
export interface SourceRecord {
  readonly id: string;
  readonly speaker: string | null;
  readonly org: string | null;
  readonly country: string | null;
  readonly kind: "official" | "government" | "intelligence" | "media" | "expert" | "other";
  readonly statements: number;
  readonly reports: number;
}

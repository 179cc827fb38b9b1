// Hand-built ledger statements for the estimate tests: figures follow the public record in
// ../shared/facts (dates, sources, amounts); the records are ours.
import type { Certainty, ClaimKind, Item, Unit } from "../../src/core/claim.js";
import type { Measure, Statement } from "../../src/core/ledger.js";

export interface Spec {
  readonly kind?: ClaimKind;
  readonly supplier?: string | null;
  readonly recipient?: string | null;
  readonly item?: Item;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly unit?: Unit;
  readonly approx?: boolean;
  readonly stated?: string | null;
  readonly period?: { start: string | null; end: string | null } | null;
  readonly cumulative?: boolean;
  /** What the figure measures, as linking types it (link/figure-measure.ts); unset: read from `cumulative`. */
  readonly measure?: Measure;
  readonly certainty?: Certainty;
  readonly speaker?: string | null;
  readonly org?: string | null;
  readonly country?: string | null;
  readonly independent?: number;
}

let next = 0;

export function statement(spec: Spec): Statement {
  const hasFigure = spec.value !== undefined || spec.min !== undefined || spec.max !== undefined;
  return {
    id: `st-${++next}`,
    kind: spec.kind ?? "transfer",
    supplier: spec.supplier === undefined ? "PRK" : spec.supplier,
    recipient: spec.recipient === undefined ? "RUS" : spec.recipient,
    item: spec.item ?? "artillery-ammunition",
    quantity: hasFigure
      ? { value: spec.value ?? null, min: spec.min ?? null, max: spec.max ?? null, unit: spec.unit ?? "containers", approx: spec.approx ?? false }
      : null,
    period: spec.period ?? null,
    cumulative: spec.cumulative ?? (spec.measure ? spec.measure === "stock" : true),
    ...(spec.measure ? { measure: spec.measure } : {}),
    stated: spec.stated === undefined ? "2024-01-01" : spec.stated,
    certainty: spec.certainty ?? "asserted",
    source: { speaker: spec.speaker ?? null, org: spec.org ?? "Test Ministry", country: spec.country === undefined ? "KOR" : spec.country },
    independent_sources: spec.independent ?? 1,
    reports: [],
  };
}

/**
 * Confidence in words: the ICD 203 likelihood scale, and how statements on a flow add up to a
 * probability that the flow happened. The scale and weights are data (likelihood-scale.json).
 */
import type { Certainty } from "../core/claim.js";
import type { Statement } from "../core/ledger.js";
import scale from "../knowledge/likelihood-scale.json" with { type: "json" };

export interface Likelihood {
  readonly phrase: string;
  /** The phrase's probability band on the ICD 203 scale. */
  readonly band: readonly [number, number];
  readonly probability: number;
  readonly reasons: readonly string[];
}

interface ScaleRow { readonly phrase: string; readonly min: number; readonly max: number }
const SCALE: readonly ScaleRow[] = scale.scale;
const WEIGHT = scale.certainty_weight as Readonly<Record<Certainty, number>>;

/** The ICD 203 phrase for a probability: `likelihoodPhrase(0.9)` → { phrase: "very likely", band: [0.8, 0.95] }. */
export function likelihoodPhrase(probability: number): { phrase: string; band: readonly [number, number] } {
  const p = Math.min(Math.max(probability, SCALE[0].min), SCALE[SCALE.length - 1].max);
  // Bands share their edges; an edge belongs to the upper band, as "55 %" reads "likely".
  const row = [...SCALE].reverse().find((r) => p >= r.min) ?? SCALE[0];
  return { phrase: row.phrase, band: [row.min, row.max] };
}

/** Wraps a probability and its reasons into a Likelihood. */
export function likelihood(probability: number, reasons: readonly string[]): Likelihood {
  const { phrase, band } = likelihoodPhrase(probability);
  return { phrase, band, probability: round3(probability), reasons };
}

/** Formats a likelihood as a reader sees it: "very likely (80-95 %)". */
export function describeLikelihood(l: Pick<Likelihood, "phrase" | "band">): string {
  return `${l.phrase} (${Math.round(l.band[0] * 100)}-${Math.round(l.band[1] * 100)} %)`;
}

/**
 * The likelihood that a flow happened, from its statements: each independent source lends the weight of
 * its strongest certainty (asserted > reported, believed > possible), combined as independent evidence
 * (1 - Π(1 - w)); doubts and denials pull the other way, a denial by a party to the flow only a little
 * (parties deny by habit). Sources are counted once, relays never.
 */
export function flowLikelihood(statements: readonly Statement[]): Likelihood {
  const reasons: string[] = [];
  if (statements.length === 0) return likelihood(scale.prior, ["no statements: the prior of the scale file"]);
  const bySource = new Map<string, { weight: number; party: boolean; certainty: Certainty }>();
  for (const s of statements) {
    const key = sourceKey(s);
    const party = s.source.country !== null && (s.source.country === s.supplier || s.source.country === s.recipient);
    let weight = WEIGHT[s.certainty] ?? 0;
    if (weight < 0 && party) weight *= scale.party_denial_discount;
    const prev = bySource.get(key);
    // One source counts once: its most telling statement (largest weight by magnitude) speaks for it.
    if (!prev || Math.abs(weight) > Math.abs(prev.weight)) bySource.set(key, { weight, party, certainty: s.certainty });
  }
  let notFor = 1;
  let notAgainst = 1;
  const counts: Record<string, number> = {};
  for (const { weight, certainty } of bySource.values()) {
    counts[certainty] = (counts[certainty] ?? 0) + 1;
    if (weight >= 0) notFor *= 1 - weight;
    else notAgainst *= 1 + weight;
  }
  const support = 1 - notFor;
  const against = 1 - notAgainst;
  const p = Math.min(0.99, Math.max(0.01, scale.prior + (1 - scale.prior) * support * (1 - against) - scale.prior * against));
  const maxIndependent = Math.max(...statements.map((s) => s.independent_sources));
  reasons.push(`${bySource.size} distinct source(s), up to ${maxIndependent} independent on one statement`);
  reasons.push(`certainty mix: ${Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(", ")}`);
  reasons.push(`support ${pct(support)} from sources for, ${pct(against)} against (party denials weigh ${scale.party_denial_discount} of others)`);
  return likelihood(p, reasons);
}

/** A stable key for a source: speaker, org and state. */
export function sourceKey(s: Pick<Statement, "source">): string {
  return [s.source.speaker ?? "", s.source.org ?? "", s.source.country ?? ""].join("|").toLowerCase();
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Containers to rounds: rounds = containers × container equivalent × share full of ammunition ×
 * Σ (calibre share × rounds per container of that calibre), each factor drawn from its distribution.
 * The packing rule is one unknown for the whole count (not drawn per box), so the band scales with it.
 */
import { describeLikelihood, likelihood, type Likelihood } from "./likelihood.js";
import { defaultParameters, requireParameter, withOverrides, type Overrides, type Parameter, type Parameters } from "./parameters.js";
import { summarize } from "./quantiles.js";
import { describeDistribution, foldSamples, mulberry32 } from "./random.js";

export interface RoundsInput {
  readonly containers: number;
  /** One calibre ("152mm"); ignored when `mix` is given. Default "152mm". */
  readonly calibre?: string;
  /** Shares per calibre, normalised to sum 1: `{ "152mm": 0.7, "122mm": 0.3 }`. */
  readonly mix?: Readonly<Record<string, number>>;
  /** "20ft" (default) or any `container_equivalent.*` parameter. */
  readonly containerType?: string;
  readonly samples?: number;
  readonly seed?: number;
  readonly overrides?: Overrides;
  /** Parameters to start from (default: parameters.json). */
  readonly parameters?: Parameters;
}

export interface ParameterUse {
  readonly id: string;
  readonly value: number;
  readonly unit: string;
  readonly distribution: string;
  readonly overridden: boolean;
  readonly source: Parameter["source"];
}

export interface RoundsEstimate {
  readonly kind: "rounds";
  readonly containers: number;
  readonly containerType: string;
  readonly mix: Readonly<Record<string, number>>;
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
  readonly mean: number;
  readonly samples: number;
  readonly seed: number;
  readonly parameters: readonly ParameterUse[];
  readonly likelihood: Likelihood;
  /** One sentence a reader can quote. */
  readonly summary: string;
}

export const DEFAULT_SAMPLES = 100_000;
export const DEFAULT_SEED = 20240226;

/** `estimateRounds({ containers: 6700, calibre: "152mm" })` → median ≈ 3.0 million, 90 % band ≈ 2.2-3.7 million. */
export function estimateRounds(input: RoundsInput): RoundsEstimate {
  const { containers } = input;
  if (!(Number.isFinite(containers) && containers >= 0)) throw new RangeError(`containers must be a number >= 0, got ${containers}`);
  const samples = Math.max(1, Math.floor(input.samples ?? DEFAULT_SAMPLES));
  const seed = input.seed ?? DEFAULT_SEED;
  const params = withOverrides(input.overrides, input.parameters ?? defaultParameters());
  const mix = normaliseMix(input.mix ?? { [input.calibre ?? "152mm"]: 1 });
  const containerType = input.containerType ?? "20ft";

  const rng = mulberry32(seed);
  const equivalent = requireParameter(params, `container_equivalent.${containerType}`);
  const share = requireParameter(params, "ammunition_share");
  const calibres = Object.keys(mix);
  const perCalibre = calibres.map((c) => requireParameter(params, `rounds_per_container.${c}`));

  // Factor by factor over the whole sample: rounds per box (weighted over the mix), then × containers,
  // × container equivalent, × share full. Each factor is one unknown per sample, never per box.
  const values = new Float64Array(samples);
  perCalibre.forEach((p, k) => foldSamples(p.distribution, rng, values, "add", mix[calibres[k]]));
  foldSamples({ type: "fixed", value: containers }, rng, values, "multiply");
  foldSamples(equivalent.distribution, rng, values, "multiply");
  foldSamples(share.distribution, rng, values, "multiply");
  const s = summarize(values);
  const used = [...perCalibre, equivalent, share].map(useOf);
  const reasons = [
    `90 % Monte Carlo band (${samples.toLocaleString("en-US")} samples, seed ${seed})`,
    ...perCalibre.map((p) => `${p.id}: ${describeDistribution(p.distribution)}, ${p.overridden ? "user override" : `from ${p.source.facts.length} sourced figure(s)`}`),
    share.distribution.type === "fixed" && share.value === 1 ? "assumes every container full of ammunition, as the official conversions do: an upper reading" : `share of containers full: ${describeDistribution(share.distribution)}`,
  ];
  const l = likelihood(0.9, reasons);
  const mixText = calibres.map((c) => (calibres.length > 1 ? `${Math.round(mix[c] * 100)} % ${c}` : c)).join(" + ");
  const summary = `It is ${describeLikelihood(l)} that ${fmt(containers)} ${containerType} containers hold between ${fmt(s.p5)} and ${fmt(s.p95)} ${mixText} rounds (median ${fmt(s.median)}).`;
  return {
    kind: "rounds",
    containers,
    containerType,
    mix,
    median: Math.round(s.median),
    p5: Math.round(s.p5),
    p95: Math.round(s.p95),
    mean: Math.round(s.mean),
    samples,
    seed,
    parameters: used,
    likelihood: l,
    summary,
  };
}

/** Scales shares to sum 1; `normaliseMix({a: 7, b: 3})` → `{a: 0.7, b: 0.3}`. */
export function normaliseMix(mix: Readonly<Record<string, number>>): Record<string, number> {
  const entries = Object.entries(mix).filter(([, w]) => w > 0);
  const total = entries.reduce((t, [, w]) => t + w, 0);
  if (entries.length === 0 || !Number.isFinite(total)) throw new RangeError("mix needs at least one calibre with a positive share");
  return Object.fromEntries(entries.map(([c, w]) => [c, w / total]));
}

/** Parses `152mm=0.7,122mm=0.3` into shares. */
export function parseMix(text: string): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const part of text.split(",")) {
    const [calibre, share] = part.split("=").map((x) => x.trim());
    const w = Number(share);
    if (!calibre || !Number.isFinite(w)) throw new Error(`--mix wants CALIBRE=SHARE,..., got "${part}"`);
    mix[calibre] = w;
  }
  return mix;
}

export function useOf(p: Parameter): ParameterUse {
  return { id: p.id, value: p.value, unit: p.unit, distribution: describeDistribution(p.distribution), overridden: p.overridden === true, source: p.source };
}

/** Three significant figures, as a band is no more precise: 2963412 → "2,960,000"; 412 → "412". */
export const fmt = (x: number): string => (Math.abs(x) < 1_000 ? Math.round(x) : Number(x.toPrecision(3))).toLocaleString("en-US");

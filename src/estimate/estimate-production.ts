/**
 * Production: capacity and utilisation statements turned into an output range where parameters give
 * the capacity (production.<STATE>.<item>.lines × capacity_per_line_per_year × utilisation), and listed
 * as statements where they do not.
 */
import type { Statement } from "../core/ledger.js";
import scope from "../knowledge/item-scope.json" with { type: "json" };
import { describeLikelihood, likelihood, type Likelihood } from "./likelihood.js";
import { defaultParameters, withOverrides, type Overrides, type Parameters } from "./parameters.js";
import { summarize } from "./quantiles.js";
import { foldSamples, mulberry32, type Distribution } from "./random.js";
import { readQuantity, type Band } from "./read-figures.js";
import { DEFAULT_SEED, fmt, useOf, type ParameterUse } from "./estimate-rounds.js";

export interface ProductionLine {
  readonly state: string;
  readonly item: string;
  /** Utilisation as a share of capacity, from a percent statement on the item or a broader one. */
  readonly utilisation: (Band & { readonly statement: string | null }) | null;
  /** Output per year with a 90 % band, where capacity parameters exist. */
  readonly output: { readonly median: number; readonly p5: number; readonly p95: number; readonly unit: "rounds per year"; readonly parameters: readonly ParameterUse[]; readonly likelihood: Likelihood; readonly summary: string } | null;
  /** Every production statement on this state and item, figure or not, as the ledger has them. */
  readonly statements: readonly { readonly id: string; readonly stated: string | null; readonly certainty: string; readonly figure: string | null; readonly source: string }[];
  readonly note: string;
}

export interface Production {
  readonly kind: "production";
  readonly state: string | null;
  readonly lines: readonly ProductionLine[];
}

export interface ProductionOptions {
  readonly samples?: number;
  readonly seed?: number;
  readonly overrides?: Overrides;
  readonly parameters?: Parameters;
}

const BROADER = scope.broader as Readonly<Record<string, readonly string[]>>;

/** `estimateProduction(statements)` → one line per (state, item) with production statements. */
export function estimateProduction(statements: readonly Statement[], options: ProductionOptions = {}): Production {
  const params = withOverrides(options.overrides, options.parameters ?? defaultParameters());
  const own = statements.filter((s) => s.kind === "production");
  const producer = (s: Statement): string => s.supplier ?? s.source.country ?? "?";
  const keys = new Set(own.map((s) => `${producer(s)}\u0000${s.item}`));
  // Items with capacity parameters get a line even when only a broader item's utilisation is stated.
  for (const id of params.keys()) {
    const m = /^production\.([A-Z]{3})\.([a-z-]+)\.lines$/.exec(id);
    if (m && own.some((s) => producer(s) === m[1] && (s.item === m[2] || (BROADER[m[2]] ?? []).includes(s.item)))) keys.add(`${m[1]}\u0000${m[2]}`);
  }
  const lines: ProductionLine[] = [];
  for (const key of [...keys].sort()) {
    const [state, item] = key.split("\u0000");
    const mine = own.filter((s) => producer(s) === state && s.item === item);
    const wider = own.filter((s) => producer(s) === state && (BROADER[item] ?? []).includes(s.item));
    const percent = [...mine, ...wider].find((s) => s.quantity?.unit === "percent" && s.certainty !== "denied");
    const read = percent?.quantity ? readQuantity(percent.quantity, params) : null;
    const utilisation = read && percent ? { low: read.band.low / 100, median: read.band.median / 100, high: Math.min(1, read.band.high / 100), statement: percent.id } : null;
    const linesParam = params.get(`production.${state}.${item}.lines`);
    const capParam = params.get(`production.${state}.${item}.capacity_per_line_per_year`);
    let output: ProductionLine["output"] = null;
    let note: string;
    if (linesParam && capParam && utilisation) {
      const u: Distribution = { type: "triangular", min: utilisation.low, mode: Math.min(utilisation.median, utilisation.high), max: utilisation.high };
      const rng = mulberry32(options.seed ?? DEFAULT_SEED);
      const values = new Float64Array(Math.max(1, options.samples ?? 100_000)).fill(1);
      for (const d of [linesParam.distribution, capParam.distribution, u]) foldSamples(d, rng, values, "multiply");
      const s = summarize(values);
      const l = likelihood(0.9, [
        "90 % Monte Carlo band over plants, capacity per plant and utilisation",
        `utilisation ${Math.round(utilisation.low * 100)}-${Math.round(utilisation.high * 100)} % from statement ${utilisation.statement}${mine.includes(percent!) ? "" : ` (said of ${percent!.item})`}`,
      ]);
      output = {
        median: Math.round(s.median), p5: Math.round(s.p5), p95: Math.round(s.p95), unit: "rounds per year",
        parameters: [useOf(linesParam), useOf(capParam)], likelihood: l,
        summary: `It is ${describeLikelihood(l)} that ${state} makes between ${fmt(s.p5)} and ${fmt(s.p95)} ${item} a year at the stated utilisation (median ${fmt(s.median)}).`,
      };
      note = "output range from capacity parameters and the stated utilisation";
    } else {
      note = !utilisation ? "no utilisation figure: statements listed" : "no capacity parameters for this state and item: statements listed";
    }
    lines.push({
      state, item, utilisation, output, note,
      statements: [...mine, ...(mine.length ? [] : wider)].map((s) => ({
        id: s.id, stated: s.stated, certainty: s.certainty, figure: figureText(s),
        source: [s.source.speaker, s.source.org].filter(Boolean).join(", ") || "unnamed source",
      })),
    });
  }
  return { kind: "production", state: lines[0]?.state ?? null, lines };
}

function figureText(s: Statement): string | null {
  const q = s.quantity;
  if (!q) return null;
  const n = q.value ?? null;
  const body = n !== null ? `${q.approx ? "~" : ""}${fmt(n)}` : q.min !== null && q.max !== null ? `${fmt(q.min)}-${fmt(q.max)}` : q.min !== null ? `>=${fmt(q.min)}` : q.max !== null ? `<=${fmt(q.max)}` : "?";
  const period = s.period ? ` (${s.period.start ?? "…"} to ${s.period.end ?? "…"})` : "";
  return `${body} ${q.unit}${period}`;
}

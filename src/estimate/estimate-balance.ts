/**
 * Balance: both directions of an exchange side by side, by item and unit (containers first), with the
 * ratios statements give ("about 30 % larger") and the ratio the container figures imply.
 */
import type { Statement } from "../core/ledger.js";
import { estimateFlowCurve, type FlowCurve } from "./estimate-flow-curve.js";
import { defaultParameters, withOverrides, type Overrides, type Parameters } from "./parameters.js";
import { readQuantity, figureDate, type Band } from "./read-figures.js";

export interface DirectionLine {
  readonly item: string;
  readonly unit: string;
  /** The curve's last point: the best total known. */
  readonly latest: Band & { readonly date: string };
  readonly statements: number;
  readonly curve: FlowCurve;
}

export interface Direction {
  readonly supplier: string | null;
  readonly recipient: string | null;
  readonly lines: readonly DirectionLine[];
}

export interface StatedRatio {
  readonly statement: string;
  readonly date: string | null;
  /** reverse ÷ forward, as the statement puts it. */
  readonly ratio: Band;
  readonly says: string;
  readonly source: string;
  /** The reverse total the ratio implies from the forward containers known on that day, if any. */
  readonly implied?: Band & { readonly unit: string };
}

export interface Balance {
  readonly kind: "balance";
  readonly forward: Direction;
  readonly reverse: Direction;
  readonly ratios: readonly StatedRatio[];
  /** reverse ÷ forward containers from the latest container figures each way. */
  readonly containerRatio: (Band & { readonly forwardDate: string; readonly reverseDate: string }) | null;
}

export interface BalanceOptions {
  readonly overrides?: Overrides;
  readonly parameters?: Parameters;
}

/**
 * `forward` is supplier→recipient, `reverse` recipient→supplier. A percent statement is read as "the
 * direction it belongs to is that much larger than the other" (the ledger keeps no sign for "smaller").
 */
export function estimateBalance(forward: readonly Statement[], reverse: readonly Statement[], options: BalanceOptions = {}): Balance {
  const params = withOverrides(options.overrides, options.parameters ?? defaultParameters());
  const a = forward[0]?.supplier ?? reverse[0]?.recipient ?? null;
  const b = forward[0]?.recipient ?? reverse[0]?.supplier ?? null;
  const fwd = direction(forward, params, a, b);
  const rev = direction(reverse, params, b, a);
  const fwdContainers = fwd.lines.filter((l) => l.unit === "containers");
  const ratios: StatedRatio[] = [];
  for (const [list, flip] of [[reverse, false], [forward, true]] as const) {
    for (const s of list) {
      if (s.quantity?.unit !== "percent" || s.kind !== "transfer") continue;
      const read = readQuantity(s.quantity, params);
      if (!read) continue;
      const r = { low: 1 + read.band.low / 100, median: 1 + read.band.median / 100, high: 1 + read.band.high / 100 };
      const ratio = flip ? { low: 1 / r.high, median: 1 / r.median, high: 1 / r.low } : r;
      const date = figureDate(s);
      const base = latestAtOrBefore(fwdContainers, date);
      const who = [s.source.speaker, s.source.org].filter(Boolean).join(", ") || "unnamed source";
      ratios.push({
        statement: s.id,
        date,
        ratio,
        says: `${s.supplier ?? "?"}→${s.recipient ?? "?"} ${s.item}: ${s.quantity.approx ? "about " : ""}${s.quantity.value ?? s.quantity.min ?? s.quantity.max} % larger than the other way`,
        source: who,
        ...(base && !flip ? { implied: { unit: "containers", low: base.low * ratio.low, median: base.median * ratio.median, high: base.high * ratio.high } } : {}),
      });
    }
  }
  const f = latestOf(fwdContainers);
  const r = latestOf(rev.lines.filter((l) => l.unit === "containers"));
  const containerRatio = f && r && f.low > 0 ? { low: r.low / f.high, median: r.median / f.median, high: r.high / f.low, forwardDate: f.date, reverseDate: r.date } : null;
  return { kind: "balance", forward: fwd, reverse: rev, ratios, containerRatio };
}

function direction(statements: readonly Statement[], params: Parameters, supplier: string | null, recipient: string | null): Direction {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    if (!s.quantity || s.quantity.unit === "percent" || s.kind !== "transfer") continue;
    const key = `${s.item}\u0000${s.quantity.unit}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  const lines: DirectionLine[] = [];
  for (const [key, list] of groups) {
    const [item, unit] = key.split("\u0000");
    const curve = estimateFlowCurve(list, { unit: unit as FlowCurve["unit"] & string, parameters: params });
    const last = curve.points[curve.points.length - 1];
    if (last) lines.push({ item, unit, latest: { low: last.low, median: last.median, high: last.high, date: last.date }, statements: list.length, curve });
  }
  // Containers first (the one unit both ways share), then by item.
  lines.sort((a, b) => Number(b.unit === "containers") - Number(a.unit === "containers") || a.item.localeCompare(b.item) || a.unit.localeCompare(b.unit));
  return { supplier, recipient, lines };
}

/** The latest container total: counts filed under different items usually count the same boxes, so the largest, never the sum. */
function latestOf(lines: readonly DirectionLine[]): (Band & { date: string }) | null {
  if (lines.length === 0) return null;
  return lines.reduce((best, l) => (l.latest.median > best.median ? l.latest : best), lines[0].latest);
}

function latestAtOrBefore(lines: readonly DirectionLine[], date: string | null): Band | null {
  let best: Band | null = null;
  for (const l of lines) {
    const points = l.curve.points.filter((p) => date === null || p.date <= date);
    const p = points[points.length - 1];
    if (p && (!best || p.median > best.median)) best = p;
  }
  return best;
}

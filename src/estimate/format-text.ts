/** Human-readable text for the estimates: small tables and aligned lines, shared by the CLI and any text export. */
import Table from "cli-table3";
import type { Balance } from "./estimate-balance.js";
import type { FlowCurve } from "./estimate-flow-curve.js";
import type { Production } from "./estimate-production.js";
import { fmt, type RoundsEstimate } from "./estimate-rounds.js";
import type { SourceGrade } from "./grade-sources.js";
import { describeLikelihood, type Likelihood } from "./likelihood.js";

const n = (x: number): string => Math.round(x).toLocaleString("en-US");
const sig = fmt; // modelled figures: three significant figures
const ratio = (x: number): string => x.toFixed(2);
const table = (head: string[], aligns: ("left" | "right")[]): Table.Table =>
  new Table({ head, colAligns: aligns, style: { head: [], border: [], compact: true } });

function likelihoodLines(l: Likelihood, what: string): string[] {
  return [wrap(`${what}: ${describeLikelihood(l)}, p = ${l.probability}`, WIDTH), ...l.reasons.map((r) => indent(`- ${r}`))];
}

/** The widest line of the text output (the CLI's tables fit the same 100 columns). */
const WIDTH = 100;

/** `text` wrapped to WIDTH and indented by two spaces, its continuation lines by four. */
function indent(text: string): string {
  return wrap(text, WIDTH - 4).split("\n").map((line, i) => (i === 0 ? `  ${line}` : `    ${line}`)).join("\n");
}

export function formatRounds(e: RoundsEstimate): string {
  const t = table(["", "rounds"], ["left", "right"]);
  t.push(["5th percentile", sig(e.p5)], ["median", sig(e.median)], ["95th percentile", sig(e.p95)], ["mean", sig(e.mean)]);
  const params = table(["parameter", "distribution", "source"], ["left", "left", "left"]);
  for (const p of e.parameters) {
    const facts = p.source.facts.map((f) => `${f.date} ${f.by}: ${f.figure}`).join("\n");
    params.push([wrap(p.id, 24) + (p.overridden ? "\n(override)" : ""), `${wrap(p.distribution, 28)}\n${wrap(p.unit, 28)}`, wrap([facts, p.source.derivation].filter(Boolean).join("\n"), 34)]);
  }
  return [wrap(e.summary, WIDTH), t.toString(), `samples ${n(e.samples)}, seed ${e.seed}`, "", "Parameters", params.toString(), ...likelihoodLines(e.likelihood, "Likelihood")].join("\n");
}

export function formatCurve(c: FlowCurve): string {
  const head = `${c.supplier ?? "?"} → ${c.recipient ?? "?"} ${c.item ?? ""}, cumulative ${c.unit ?? "(no figures)"}`;
  // The statement ids are long: the table counts them, and they are listed under it, one a line.
  const t = table(["date", "low", "median", "high", "statements", "note"], ["left", "right", "right", "right", "right", "left"]);
  for (const p of c.points) t.push([p.date, sig(p.low), sig(p.median), sig(p.high), String(p.statements.length), wrap(p.conflict ?? "", 30)]);
  const r = table(["from", "to", "months", "low/month", "median/month", "high/month"], ["left", "left", "right", "right", "right", "right"]);
  for (const x of c.rates) r.push([x.from, x.to, x.months.toFixed(1), sig(x.low), sig(x.median), sig(x.high)]);
  const out = [head, c.points.length ? t.toString() : "  no dated figures"];
  if (c.points.some((p) => p.statements.length)) out.push("Statements by date", ...c.points.flatMap((p) => p.statements.map((id) => `  ${p.date} ${id}`)));
  if (c.rates.length) out.push("Rate per month", r.toString());
  if (c.excluded.length) out.push("Left out", ...c.excluded.map((e) => indent(`${e.statement}: ${e.reason}`)));
  out.push(...likelihoodLines(c.likelihood, "That this flow happened"));
  return out.join("\n");
}

export function formatBalance(b: Balance): string {
  const out: string[] = [];
  for (const d of [b.forward, b.reverse]) {
    const t = table(["item", "unit", "low", "median", "high", "as of", "stmts"], ["left", "left", "right", "right", "right", "left", "right"]);
    for (const l of d.lines) t.push([l.item, l.unit, sig(l.latest.low), sig(l.latest.median), sig(l.latest.high), l.latest.date, String(l.statements)]);
    out.push(`${d.supplier ?? "?"} → ${d.recipient ?? "?"}`, d.lines.length ? t.toString() : "  no figures");
  }
  if (b.containerRatio) {
    const c = b.containerRatio;
    out.push(`Containers, reverse ÷ forward: ${ratio(c.median)} (${ratio(c.low)}-${ratio(c.high)}), latest counts ${c.forwardDate} and ${c.reverseDate}`);
  }
  for (const r of b.ratios) {
    out.push(wrap(`Stated ratio (${r.date ?? "undated"}, ${r.source}): ${r.says}: ratio ${ratio(r.ratio.median)} (${ratio(r.ratio.low)}-${ratio(r.ratio.high)})`, WIDTH));
    if (r.implied) out.push(`  implies about ${sig(r.implied.median)} ${r.implied.unit} the other way (${sig(r.implied.low)}-${sig(r.implied.high)})`);
  }
  return out.join("\n");
}

export function formatProduction(p: Production): string {
  if (p.lines.length === 0) return "No production statements.";
  const out: string[] = [];
  for (const l of p.lines) {
    out.push(wrap(`${l.state} ${l.item}: ${l.note}`, WIDTH));
    if (l.utilisation) out.push(`  utilisation ${Math.round(l.utilisation.median * 100)} % (${Math.round(l.utilisation.low * 100)}-${Math.round(l.utilisation.high * 100)} %)`);
    if (l.output) {
      out.push(indent(l.output.summary));
      for (const x of l.output.parameters) out.push(indent(`${x.id}: ${x.distribution} ${x.unit}`));
    }
    for (const s of l.statements) out.push(indent(`- ${s.stated ?? "undated"} ${s.source} [${s.certainty}] ${s.figure ?? "(no figure)"} (${s.id})`));
  }
  return out.join("\n");
}

export function formatGrades(grades: readonly SourceGrade[]): string {
  const t = table(["grade", "source", "why"], ["left", "left", "left"]);
  for (const g of grades) {
    const name = [g.speaker, g.org, g.country].filter(Boolean).join(", ");
    t.push([g.grade, wrap(name, 30), wrap([...g.reliabilityReasons, ...g.credibilityReasons].join("\n"), 55)]);
  }
  return ["Sources (Admiralty grading)", t.toString()].join("\n");
}

function wrap(text: string, width: number): string {
  return text.split("\n").map((line) => {
    // A word longer than the width (a long --param example) is cut into pieces that fit.
    const words = line.split(" ").flatMap((w) => (w.length > width ? (w.match(new RegExp(`.{1,${width}}`, "gu")) ?? [w]) : [w]));
    const lines: string[] = [];
    let cur = "";
    for (const w of words) {
      if (cur && cur.length + w.length + 1 > width) { lines.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
    }
    if (cur) lines.push(cur);
    return lines.join("\n");
  }).join("\n");
}

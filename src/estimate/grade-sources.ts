/**
 * Admiralty grading of sources (STANAG 2511): reliability A-F from the source's kind and record,
 * credibility 1-6 from independent corroboration of its statements, with the reasons as strings.
 * The kind table and the name cues live in source-grading.json.
 */
import type { Statement, SourceRecord } from "../core/ledger.js";
import table from "../knowledge/source-grading.json" with { type: "json" };
import { sourceKey } from "./likelihood.js";
import { isGenericSource } from "../link/sources.js";
import { escapeRegExp } from "../core/escape-regexp.js";

export type Reliability = "A" | "B" | "C" | "D" | "E" | "F";
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface SourceGrade {
  readonly source: string;
  readonly speaker: string | null;
  readonly org: string | null;
  readonly country: string | null;
  readonly reliability: Reliability;
  readonly credibility: Credibility;
  /** "B2" */
  readonly grade: string;
  readonly reliabilityReasons: readonly string[];
  readonly credibilityReasons: readonly string[];
}

type KindKey = keyof typeof table.kind_grade;

/**
 * What grading reads of a statement. `count` stands for that many statements alike in all of this
 * (a store's tally, StatementTally): grading a tally gives the grades of the statements it counts.
 */
export type GradedStatement = Pick<Statement, "kind" | "supplier" | "recipient" | "item" | "certainty" | "source" | "independent_sources"> & { readonly count?: number };
const countOf = (s: GradedStatement): number => s.count ?? 1;
const total = (list: readonly GradedStatement[]): number => list.reduce((n, s) => n + countOf(s), 0);
const LETTERS: readonly Reliability[] = ["A", "B", "C", "D", "E", "F"];

/**
 * Grades every source of `statements`. `records` (the store's source list) gives each source's kind
 * where it is known; otherwise the kind is read from name cues.
 */
export function gradeSources(statements: readonly GradedStatement[], records: readonly SourceRecord[] = []): SourceGrade[] {
  const bySource = new Map<string, GradedStatement[]>();
  for (const s of statements) {
    const key = sourceKey(s);
    const list = bySource.get(key);
    if (list) list.push(s);
    else bySource.set(key, [s]);
  }
  const recordOf = new Map(records.map((r) => [`${r.speaker}\u0000${r.org}\u0000${r.country}`, r]));
  const flows = flowWeights(statements);
  const grades: SourceGrade[] = [];
  for (const [key, own] of bySource) {
    const src = own[0].source;
    // "report", "media", "officials": a stand-in for a source the text does not name, not a source to grade.
    if (isGenericSource(src)) continue;
    const record = recordOf.get(`${src.speaker}\u0000${src.org}\u0000${src.country}`);
    const { grades: statementGrades, corroborated, contradicted, lines } = corroboration(key, own, flows);
    const { reliability, reasons } = gradeReliability(own, record, corroborated, contradicted);
    const credibility = gradeCredibility(statementGrades);
    grades.push({
      source: key,
      speaker: src.speaker,
      org: src.org,
      country: src.country,
      reliability,
      credibility: credibility.grade,
      grade: `${reliability}${credibility.grade}`,
      reliabilityReasons: reasons,
      credibilityReasons: [...credibility.reasons, ...lines],
    });
  }
  return grades.sort((a, b) => a.grade.localeCompare(b.grade) || a.source.localeCompare(b.source));
}

/** One flow's voices: each source's weight (its heaviest statement) on the affirming and the negative side. */
interface FlowWeights {
  readonly bySource: Map<string, [number, number]>; // [affirming, negative]
  readonly total: [number, number];
}

const flowKey = (s: GradedStatement): string => `${s.kind}|${s.supplier}|${s.recipient}|${s.item}`;

/** Every flow's weights, in one pass: grading then reads a statement's backers and opponents in O(1), not O(all). */
function flowWeights(statements: readonly GradedStatement[]): Map<string, FlowWeights> {
  const out = new Map<string, FlowWeights>();
  for (const o of statements) {
    const k = flowKey(o);
    let f = out.get(k);
    if (!f) out.set(k, (f = { bySource: new Map(), total: [0, 0] }));
    const key = sourceKey(o);
    const w = f.bySource.get(key) ?? [0, 0];
    const side = negative(o) ? 1 : 0;
    w[side] = Math.max(w[side], isParty(o) ? table.party_weight : 1);
    f.bySource.set(key, w);
  }
  for (const f of out.values()) {
    // Summed per flow once; sums of 1 and party_weight, rounded so that subtraction leaves no float dust.
    for (const w of f.bySource.values()) [f.total[0], f.total[1]] = [f.total[0] + w[0], f.total[1] + w[1]];
  }
  return out;
}

const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * Weighs, for each of one source's statements, the other sources on the same flow that agree and those
 * that disagree (a party speaking of its own conduct weighs party_weight), and grades it 1-5.
 */
function corroboration(key: string, own: readonly GradedStatement[], flows: ReadonlyMap<string, FlowWeights>): { grades: Credibility[]; corroborated: number; contradicted: number; lines: string[] } {
  const grades: Credibility[] = [];
  const lines: string[] = [];
  let corroborated = 0;
  let contradicted = 0;
  for (const s of own) {
    const f = flows.get(flowKey(s))!;
    const mine = f.bySource.get(key) ?? [0, 0];
    const same = negative(s) ? 1 : 0;
    const agree = clean(f.total[same] - mine[same]);
    const backers = agree + Math.max(0, s.independent_sources - 1);
    const against = clean(f.total[1 - same] - mine[1 - same]);
    const g: Credibility = backers >= 2 && against === 0 ? 1 : backers > against ? 2 : backers === 0 && against === 0 ? 3 : backers === against ? 3 : backers > 0 ? 4 : 5;
    const n = countOf(s);
    for (let i = 0; i < n; i++) grades.push(g);
    if (backers > against) corroborated += n;
    if (against > backers) contradicted += n;
    if (backers + against > 0) lines.push(`${s.supplier ?? "-"}→${s.recipient ?? "-"} ${s.item}: backed ${round1(backers)}, contradicted ${round1(against)} (weighted sources)`);
  }
  return { grades, corroborated, contradicted, lines: [...new Set(lines)] };
}

const isParty = (s: GradedStatement): boolean => s.source.country !== null && (s.source.country === s.supplier || s.source.country === s.recipient);
const round1 = (x: number): number => Math.round(x * 10) / 10;
const negative = (s: GradedStatement): boolean => s.certainty === "denied" || s.certainty === "doubted";

function kindOf(s: GradedStatement, record: SourceRecord | undefined): { kind: KindKey; why: string } {
  const name = [s.source.speaker, s.source.org].filter(Boolean).join(" ");
  const has = (cues: readonly string[]): boolean => cues.some((c) => new RegExp(`\\b${escapeRegExp(c)}\\b`, "i").test(name));
  const party = s.source.country !== null && (s.source.country === s.supplier || s.source.country === s.recipient);
  const cue = table.name_cues;
  if (has(cue["state-media"])) return party ? { kind: "party-state-media", why: `state media of ${s.source.country}, a party` } : { kind: "media", why: "state media of a third state" };
  // The store's record knows the kind where the claims said it; a record of kind "other" knows nothing, so the name's cues decide.
  const known = record && record.kind !== "other" ? record : undefined;
  const official = known ? ["official", "government"].includes(known.kind) : has(cue["official-body"]);
  const intelligence = known ? known.kind === "intelligence" : has(cue.intelligence);
  if ((official || intelligence) && party) return { kind: "party-official", why: `${name || "an official"} of ${s.source.country}, a party to the flow` };
  // "a JCS official", "government sources": a body is named but the person speaking is not.
  if (s.source.speaker === null && has(cue.unnamed)) return { kind: "unnamed-official", why: `${name}: the person speaking is not named` };
  if (intelligence) return { kind: "intelligence", why: `${name} is an intelligence agency${record ? " (store record)" : " (name cue)"}` };
  if (official) return { kind: "official-body", why: `${name} is an official body${record ? " (store record)" : " (name cue)"}` };
  if (record?.kind === "expert" || has(cue.expert)) return { kind: "expert", why: `${name} is an analyst or research body` };
  if (has(cue.wire)) return { kind: "wire", why: `${name} is a wire service` };
  if (record?.kind === "media") return { kind: "media", why: `${name} speaks in its own voice` };
  if (s.source.speaker === null && s.source.org === null) return { kind: "unnamed-official", why: "the source is not named" };
  return { kind: "other", why: `nothing says what kind of source ${name || "this"} is` };
}

function gradeReliability(own: readonly GradedStatement[], record: SourceRecord | undefined, corroborated: number, contradicted: number): { reliability: Reliability; reasons: string[] } {
  const { kind, why } = kindOf(own[0], record);
  const count = total(own);
  const base = table.kind_grade[kind];
  let index = LETTERS.indexOf(base.grade as Reliability);
  const reasons = [`${base.grade}: ${base.why} (${why})`];
  const n = record?.statements ?? count;
  const rule = table.record;
  if (n < rule.min_statements_for_record) reasons.push(`record too short to move the grade (${n} statement(s))`);
  if (index < 5 && n >= rule.min_statements_for_record && corroborated / count >= rule.corroborated_share_to_upgrade && index > 0) {
    const before = index;
    index = Math.max(1, index - 1); // A stays for a record we cannot see here: a long audited history
    if (index !== before) reasons.push(`up to ${LETTERS[index]}: ${corroborated} of ${count} statements backed by other sources`);
  }
  if (index < 5 && n >= rule.min_statements_for_record && contradicted / count >= rule.contradicted_share_to_downgrade && contradicted > corroborated) {
    index = Math.min(4, index + 1);
    reasons.push(`down to ${LETTERS[index]}: ${contradicted} of ${count} statements contradicted by other sources`);
  }
  return { reliability: LETTERS[index], reasons };
}

const LISTED_GRADES = 12;
const tally = (grades: readonly Credibility[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const g of [...grades].sort()) out[g] = (out[g] ?? 0) + 1;
  return out;
};

function gradeCredibility(grades: readonly Credibility[]): { grade: Credibility; reasons: string[] } {
  const d = table.credibility;
  if (grades.length === 0) return { grade: 6, reasons: [`6: ${d["6"]}: no statements`] };
  const grade = Math.round(grades.reduce((a, b) => a + b, 0) / grades.length) as Credibility;
  // A long record is told as counts per grade: thousands of grades in a row help no reader.
  const told = grades.length <= LISTED_GRADES ? grades.join(", ") : Object.entries(tally(grades)).map(([g, n]) => `${n}× ${g}`).join(", ");
  return { grade, reasons: [`${grade}: ${d[String(grade) as keyof typeof d]}: mean of ${grades.length} statement grade(s) ${told}`] };
}


/**
 * Admiralty grading of sources (STANAG 2511): reliability A-F from the source's kind and record,
 * credibility 1-6 from independent corroboration of its statements, with the reasons as strings.
 * The kind table and the name cues live in source-grading.json.
 */
import type { Statement, SourceRecord } from "../core/ledger.js";
import table from "../knowledge/source-grading.json" with { type: "json" };
import { sourceKey } from "./likelihood.js";

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
const LETTERS: readonly Reliability[] = ["A", "B", "C", "D", "E", "F"];

/**
 * Grades every source of `statements`. `records` (the store's source list) gives each source's kind
 * where it is known; otherwise the kind is read from name cues.
 */
export function gradeSources(statements: readonly Statement[], records: readonly SourceRecord[] = []): SourceGrade[] {
  const bySource = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = sourceKey(s);
    const list = bySource.get(key);
    if (list) list.push(s);
    else bySource.set(key, [s]);
  }
  const grades: SourceGrade[] = [];
  for (const [key, own] of bySource) {
    const src = own[0].source;
    const record = records.find((r) => r.speaker === src.speaker && r.org === src.org && r.country === src.country);
    const { grades: statementGrades, corroborated, contradicted, lines } = corroboration(own, statements);
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

/**
 * Weighs, for each of one source's statements, the other sources on the same flow that agree and those
 * that disagree (a party speaking of its own conduct weighs party_weight), and grades it 1-5.
 */
function corroboration(own: readonly Statement[], all: readonly Statement[]): { grades: Credibility[]; corroborated: number; contradicted: number; lines: string[] } {
  const grades: Credibility[] = [];
  const lines: string[] = [];
  let corroborated = 0;
  let contradicted = 0;
  const key = sourceKey(own[0]);
  for (const s of own) {
    const agree = new Map<string, number>();
    const disagree = new Map<string, number>();
    for (const o of all) {
      const k = sourceKey(o);
      if (k === key || o.kind !== s.kind || o.supplier !== s.supplier || o.recipient !== s.recipient || o.item !== s.item) continue;
      const w = isParty(o) ? table.party_weight : 1;
      const side = negative(o) === negative(s) ? agree : disagree;
      side.set(k, Math.max(side.get(k) ?? 0, w));
    }
    const backers = sum(agree) + Math.max(0, s.independent_sources - 1);
    const against = sum(disagree);
    const g: Credibility = backers >= 2 && against === 0 ? 1 : backers > against ? 2 : backers === 0 && against === 0 ? 3 : backers === against ? 3 : backers > 0 ? 4 : 5;
    grades.push(g);
    if (backers > against) corroborated++;
    if (against > backers) contradicted++;
    if (backers + against > 0) lines.push(`${s.supplier ?? "-"}→${s.recipient ?? "-"} ${s.item}: backed ${round1(backers)}, contradicted ${round1(against)} (weighted sources)`);
  }
  return { grades, corroborated, contradicted, lines: [...new Set(lines)] };
}

const isParty = (s: Statement): boolean => s.source.country !== null && (s.source.country === s.supplier || s.source.country === s.recipient);
const sum = (m: ReadonlyMap<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
const round1 = (x: number): number => Math.round(x * 10) / 10;
const negative = (s: Statement): boolean => s.certainty === "denied" || s.certainty === "doubted";

function kindOf(s: Statement, record: SourceRecord | undefined): { kind: KindKey; why: string } {
  const name = [s.source.speaker, s.source.org].filter(Boolean).join(" ");
  const has = (cues: readonly string[]): boolean => cues.some((c) => new RegExp(`\\b${escape(c)}\\b`, "i").test(name));
  const party = s.source.country !== null && (s.source.country === s.supplier || s.source.country === s.recipient);
  const cue = table.name_cues;
  if (has(cue["state-media"])) return party ? { kind: "party-state-media", why: `state media of ${s.source.country}, a party` } : { kind: "media", why: "state media of a third state" };
  const official = record ? ["official", "government"].includes(record.kind) : has(cue["official-body"]);
  const intelligence = record ? record.kind === "intelligence" : has(cue.intelligence);
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

function gradeReliability(own: readonly Statement[], record: SourceRecord | undefined, corroborated: number, contradicted: number): { reliability: Reliability; reasons: string[] } {
  const { kind, why } = kindOf(own[0], record);
  const base = table.kind_grade[kind];
  let index = LETTERS.indexOf(base.grade as Reliability);
  const reasons = [`${base.grade}: ${base.why} (${why})`];
  const n = record?.statements ?? own.length;
  const rule = table.record;
  if (n < rule.min_statements_for_record) reasons.push(`record too short to move the grade (${n} statement(s))`);
  if (index < 5 && n >= rule.min_statements_for_record && corroborated / own.length >= rule.corroborated_share_to_upgrade && index > 0) {
    const before = index;
    index = Math.max(1, index - 1); // A stays for a record we cannot see here: a long audited history
    if (index !== before) reasons.push(`up to ${LETTERS[index]}: ${corroborated} of ${own.length} statements backed by other sources`);
  }
  if (index < 5 && n >= rule.min_statements_for_record && contradicted / own.length >= rule.contradicted_share_to_downgrade && contradicted > corroborated) {
    index = Math.min(4, index + 1);
    reasons.push(`down to ${LETTERS[index]}: ${contradicted} of ${own.length} statements contradicted by other sources`);
  }
  return { reliability: LETTERS[index], reasons };
}

function gradeCredibility(grades: readonly Credibility[]): { grade: Credibility; reasons: string[] } {
  const d = table.credibility;
  if (grades.length === 0) return { grade: 6, reasons: [`6: ${d["6"]}: no statements`] };
  const grade = Math.round(grades.reduce((a, b) => a + b, 0) / grades.length) as Credibility;
  return { grade, reasons: [`${grade}: ${d[String(grade) as keyof typeof d]}: mean of ${grades.length} statement grade(s) ${grades.join(", ")}`] };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

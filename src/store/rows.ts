// Conversions between records (Claim, Statement, StoredDocument) and table rows.
import type { Claim, Quantity, Rate, Unit } from "../core/claim.js";
import type { Statement } from "../core/ledger.js";
import type { BuiltStatement, Carrier } from "../link/build-statement.js";
import type { LinkDoc } from "../link/link-claims.js";
import type { FlowStatement } from "../link/summarize-flow.js";
import { dayRange } from "../link/occasion.js";
import { sourceKey, speakerKey } from "../link/sources.js";
import { actWindow } from "../link/linker.js";
import type { ClaimRow, DocumentRow, QuantityColumns, StatementRow } from "./schema.js";
import type { StoredDocument } from "./store.js";

const bool = (v: number | null | undefined) => v === 1 || (v as unknown) === true;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function quantityOf(r: QuantityColumns): Quantity | null {
  if (!r.unit) return null;
  return { value: num(r.q_value), min: num(r.q_min), max: num(r.q_max), unit: r.unit as Unit, approx: bool(r.approx) };
}

function quantityColumns(q: Quantity | null): QuantityColumns {
  return { q_value: q?.value ?? null, q_min: q?.min ?? null, q_max: q?.max ?? null, unit: q?.unit ?? null, approx: q ? Number(q.approx) : null };
}

/** The widest day range of each day class but the last: a day or week (0), a month (1); wider is 2 (a season, a year). */
export const DAY_CLASS_WIDTH = [7, 31] as const;

/** How wide a claim's day is, for the linker's index by occasion: `dayClass([19754, 19782])` → 1 (a month). */
export function dayClass(day: readonly [number, number] | null): number | null {
  if (!day) return null;
  const w = day[1] - day[0];
  return w <= DAY_CLASS_WIDTH[0] ? 0 : w <= DAY_CLASS_WIDTH[1] ? 1 : 2;
}

/** The act's days a claim is filed under too (linker.ts, actWindow), as its report's publication day places them. */
export function actDays(c: Pick<Claim, "period" | "cumulative">, published: string | null): [number, number] | null {
  return actWindow({ claim: c as Claim, doc: { id: "", outlet: null, published, group: null, named: new Set() } });
}

export function claimToRow(c: Claim, docKey: string, published: string | null): ClaimRow {
  const day = dayRange(c.stated ?? published);
  const act = actDays(c, published);
  return {
    key: `${docKey}/${c.id}`,
    claim_id: c.id,
    doc_key: docKey,
    doc: c.doc,
    current: 1,
    kind: c.kind,
    supplier: c.supplier,
    recipient: c.recipient,
    item: c.item,
    ...quantityColumns(c.quantity),
    q_per: c.quantity?.per ?? null,
    calibre: c.calibre,
    period_start: c.period?.start ?? null,
    period_end: c.period?.end ?? null,
    cumulative: Number(c.cumulative),
    certainty: c.certainty,
    speaker: c.source.speaker,
    org: c.source.org,
    country: c.source.country,
    source_key: sourceKey(c.source),
    relays: JSON.stringify(c.relays),
    stated: c.stated,
    day_lo: day?.[0] ?? null,
    day_hi: day?.[1] ?? null,
    day_class: dayClass(day),
    speaker_key: speakerKey(c.source),
    act_lo: act?.[0] ?? null,
    act_hi: act?.[1] ?? null,
    evidence: c.evidence.text,
    ev_start: c.evidence.start,
    ev_end: c.evidence.end,
    parts: JSON.stringify(c.parts),
    segment: c.segment,
    statement: c.statement ?? null,
  };
}

export function rowToClaim(r: ClaimRow): Claim {
  return {
    id: r.claim_id,
    doc: r.doc,
    kind: r.kind as Claim["kind"],
    supplier: r.supplier,
    recipient: r.recipient,
    item: r.item as Claim["item"],
    // (A rate is kept with the figure: "$2,000 a month" and "$2,000" are two figures to the linker and the ledger.)
    quantity: r.q_per && r.unit ? { ...quantityOf(r)!, per: r.q_per as Rate } : quantityOf(r),
    calibre: r.calibre,
    period: r.period_start || r.period_end ? { start: r.period_start, end: r.period_end } : null,
    cumulative: bool(r.cumulative),
    certainty: r.certainty as Claim["certainty"],
    source: { speaker: r.speaker, org: r.org, country: r.country },
    relays: JSON.parse(r.relays) as string[],
    stated: r.stated,
    evidence: { start: Number(r.ev_start), end: Number(r.ev_end), text: r.evidence },
    parts: JSON.parse(r.parts) as Claim["parts"],
    segment: Number(r.segment),
    ...(r.statement ? { statement: r.statement } : {}),
  };
}

type DocColumns = Pick<DocumentRow, "id" | "url" | "outlet" | "published" | "grp" | "named">;

export function rowToLinkDoc(d: DocColumns): LinkDoc {
  return { id: d.id, outlet: d.outlet, published: d.published, group: d.grp, named: new Set(JSON.parse(d.named) as string[]) };
}

export function rowToCarrier(r: ClaimRow & { url: string | null; outlet: string | null; published: string | null; grp: string | null }): Carrier {
  return { claim: rowToClaim(r), doc: { id: r.doc, url: r.url, outlet: r.outlet, published: r.published, group: r.grp } };
}

export function statementToRow(s: BuiltStatement): StatementRow {
  return {
    id: s.id,
    kind: s.kind,
    supplier: s.supplier,
    recipient: s.recipient,
    item: s.item,
    ...quantityColumns(s.quantity),
    period_start: s.period?.start ?? null,
    period_end: s.period?.end ?? null,
    cumulative: Number(s.cumulative),
    measure: s.measure ?? null,
    stated: s.stated,
    certainty: s.certainty,
    speaker: s.source.speaker,
    org: s.source.org,
    country: s.source.country,
    source_key: s.source_key,
    media: Number(s.media),
    independent_sources: s.independent_sources,
    reports: s.reports.length,
    carriers: JSON.stringify(s.carriers),
  };
}

/** A statement row as the flow summary sees it (no reports loaded). */
export function rowToFlowStatement(r: StatementRow): FlowStatement {
  return {
    id: r.id,
    supplier: r.supplier,
    recipient: r.recipient,
    item: r.item as FlowStatement["item"],
    quantity: quantityOf(r),
    cumulative: bool(r.cumulative),
    measure: (r.measure ?? null) as FlowStatement["measure"],
    stated: r.stated,
    period: r.period_start || r.period_end ? { start: r.period_start, end: r.period_end } : null,
    certainty: r.certainty,
    source: { speaker: r.speaker, org: r.org, country: r.country },
    source_key: r.source_key,
    media: bool(r.media),
    carriers: JSON.parse(r.carriers) as string[],
    reports: Number(r.reports),
  };
}

export function rowToStatement(r: StatementRow, reports: Statement["reports"]): Statement {
  return {
    id: r.id,
    kind: r.kind as Statement["kind"],
    supplier: r.supplier,
    recipient: r.recipient,
    item: r.item as Statement["item"],
    quantity: quantityOf(r),
    period: r.period_start || r.period_end ? { start: r.period_start, end: r.period_end } : null,
    cumulative: bool(r.cumulative),
    measure: (r.measure ?? null) as Statement["measure"],
    stated: r.stated,
    certainty: r.certainty as Statement["certainty"],
    source: { speaker: r.speaker, org: r.org, country: r.country },
    independent_sources: Number(r.independent_sources),
    reports,
  };
}

export function rowToDocument(r: DocumentRow): StoredDocument {
  return {
    key: r.key,
    id: r.id,
    version: Number(r.version),
    hash: r.hash,
    url: r.url,
    outlet: r.outlet,
    title: r.title,
    author: r.author,
    published: r.published,
    format: r.format as StoredDocument["format"],
    raw: r.raw,
    text: r.text,
    group: r.grp,
    ingested_at: r.ingested_at,
    diagnostics: JSON.parse(r.diagnostics),
    seen: Number(r.seen ?? 0) === 1,
  };
}

// Each flow's summary, kept in flow_summaries until its statements change: listing the flows of a
// ledger of 100,000 documents then reads one grouped count and a row per flow, not every statement.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Flow } from "../core/ledger.js";
import { summarizeFlow, type FlowStatement } from "../link/summarize-flow.js";
import { rowToFlowStatement } from "./rows.js";
import type { Database, StatementRow } from "./schema.js";

type Db = Kysely<Database> | Transaction<Database>;
export interface FlowKey {
  readonly supplier: string;
  readonly recipient: string;
  readonly item: string;
}

/** Beyond this many stale flows, one pass over every transfer statement beats a query per flow. */
const PER_FLOW_QUERIES = 20;

const keyOf = (f: FlowKey) => `${f.supplier}\u0000${f.recipient}\u0000${f.item}`;

/** What a summary was computed from: a change of any of it (a write no one announced) makes it stale. */
function fingerprint(n: number, reports: number, first: string | null, last: string | null): string {
  return `${n}|${reports}|${first ?? ""}|${last ?? ""}`;
}

function fingerprintOf(list: readonly FlowStatement[]): string {
  const days = list.map((s) => s.stated).filter((d): d is string => !!d).sort();
  return fingerprint(list.length, list.reduce((n, s) => n + s.reports, 0), days[0] ?? null, days.at(-1) ?? null);
}

const transfers = (db: Db) =>
  db.selectFrom("statements").where("kind", "=", "transfer").where("supplier", "is not", null).where("recipient", "is not", null);

/** Forgets the summaries of flows whose statements change (put-document.ts): the next listing recomputes them. */
export async function forgetFlowSummaries(db: Db, flows: Iterable<FlowKey>): Promise<void> {
  const seen = new Map<string, FlowKey>();
  for (const f of flows) seen.set(keyOf(f), f);
  const all = [...seen.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  // A statement per chunk of flows, not per flow: a document touches a handful of flows, a regrouping hundreds.
  for (let i = 0; i < all.length; i += 100) {
    const part = all.slice(i, i + 100);
    await db
      .deleteFrom("flow_summaries")
      .where((eb) => eb.or(part.map((f) => eb.and([eb("supplier", "=", f.supplier), eb("recipient", "=", f.recipient), eb("item", "=", f.item)]))))
      .execute();
  }
}

/**
 * Forgets the summaries of the flows some statements had before they change (read in the same statement, so no
 * round trip reads them first) and of the flows they have after: one delete of the flows in a union (a semi-join on
 * the table's key, as the flows listed one by one were).
 */
export async function forgetFlowSummariesOf(db: Db, statements: readonly string[], after: Iterable<FlowKey>): Promise<void> {
  const seen = new Map<string, FlowKey>();
  for (const f of after) seen.set(keyOf(f), f);
  const all = [...seen.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const first = all.slice(0, 100);
  const arms = [
    ...(statements.length ? [sql`select supplier, recipient, item from statements where id in (${sql.join(statements)})`] : []),
    ...(first.length ? [sql`values ${sql.join(first.map((f) => sql`(${f.supplier}, ${f.recipient}, ${f.item})`))}`] : []),
  ];
  if (arms.length) await sql`delete from flow_summaries where (supplier, recipient, item) in (${sql.join(arms, sql` union all `)})`.execute(db);
  if (all.length > 100) await forgetFlowSummaries(db, all.slice(100));
}

/** The transfer statements of some flows, grouped by flow. */
async function statementsOf(db: Db, flows: readonly FlowKey[]): Promise<Map<string, FlowStatement[]>> {
  const out = new Map<string, FlowStatement[]>(flows.map((f) => [keyOf(f), []]));
  const add = (rows: StatementRow[]) => {
    for (const r of rows) out.get(keyOf(r as FlowKey))?.push(rowToFlowStatement(r));
  };
  if (flows.length > PER_FLOW_QUERIES) add(await transfers(db).selectAll().execute());
  else {
    for (const f of flows) add(await transfers(db).selectAll().where("supplier", "=", f.supplier).where("recipient", "=", f.recipient).where("item", "=", f.item).execute());
  }
  return out;
}

/** Every flow with its summary: kept ones where their counts still hold, the others computed and kept. */
export async function listFlowSummaries(db: Kysely<Database>): Promise<Flow[]> {
  const live = await transfers(db)
    .select(["supplier", "recipient", "item"])
    .select((eb) => [eb.fn.countAll().as("n"), eb.fn.sum("reports").as("reports"), eb.fn.min("stated").as("first"), eb.fn.max("stated").as("last")])
    .groupBy(["supplier", "recipient", "item"])
    .execute();
  const kept = new Map((await db.selectFrom("flow_summaries").selectAll().execute()).map((r) => [keyOf(r), r]));
  const flows = new Map<string, Flow>();
  const stale: FlowKey[] = [];
  for (const l of live) {
    const f = { supplier: l.supplier!, recipient: l.recipient!, item: l.item };
    const k = kept.get(keyOf(f));
    if (k && k.fingerprint === fingerprint(Number(l.n), Number(l.reports), l.first, l.last)) flows.set(keyOf(f), JSON.parse(k.summary) as Flow);
    else stale.push(f);
  }
  if (stale.length) {
    const fresh: { supplier: string; recipient: string; item: string; fingerprint: string; summary: string }[] = [];
    for (const [k, list] of await statementsOf(db, stale)) {
      if (list.length === 0) continue; // gone since the count: the next listing drops it
      const summary = summarizeFlow(list, list.reduce((n, s) => n + s.reports, 0));
      flows.set(k, summary);
      fresh.push({ supplier: summary.supplier, recipient: summary.recipient, item: summary.item, fingerprint: fingerprintOf(list), summary: JSON.stringify(summary) });
    }
    await keep(db, fresh);
  }
  const gone = [...kept.keys()].filter((k) => !flows.has(k));
  if (gone.length) await forgetFlowSummaries(db, gone.map((k) => kept.get(k)!)).catch(() => undefined); // a cache: a read never fails on it
  return [...flows.values()].sort(
    (a, b) => (b.last_stated ?? "").localeCompare(a.last_stated ?? "") || b.statements - a.statements || `${a.supplier}${a.recipient}${a.item}`.localeCompare(`${b.supplier}${b.recipient}${b.item}`),
  );
}

/** Stores computed summaries; a reader racing a writer may store a stale one, which its fingerprint then betrays. */
async function keep(db: Kysely<Database>, rows: { supplier: string; recipient: string; item: string; fingerprint: string; summary: string }[]): Promise<void> {
  // A cache: a read never fails because it could not be written (a read-only file, a busy writer).
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto("flow_summaries")
      .values(rows.slice(i, i + 100))
      .onConflict((oc) => oc.columns(["supplier", "recipient", "item"]).doUpdateSet((eb) => ({ fingerprint: eb.ref("excluded.fingerprint"), summary: eb.ref("excluded.summary") })))
      .execute()
      .catch(() => undefined);
  }
}

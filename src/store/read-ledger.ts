// Reading the ledger back: statements with their reports, flows, sources, claims and documents.
import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { Claim, Item } from "../core/claim.js";
import type { Flow, Report, SourceRecord, Statement } from "../core/ledger.js";
import { chainPaths, relayChains, type ChainPath, type RelayChain } from "../link/independence.js";
import { timeOrder } from "../link/summarize-flow.js";
import { listFlowSummaries } from "./flow-summaries.js";
import { rowToClaim, rowToDocument, rowToStatement } from "./rows.js";
import type { Database, StatementRow } from "./schema.js";
import type { ClaimFilter, ReadOptions, StatementFilter, StatementTally, StoredDocument } from "./store.js";

type Db = Kysely<Database>;
const CHUNK = 500;

/** The reports of statements: every current claim that carries one, with its document. */
/**
 * The reports of each statement, one a document: a document may carry a statement in several claims (one figure
 * told of several things of one family, "containers of arms and munitions"); its report is the claim whose item is
 * the statement's, else its first.
 */
async function reportsOf(db: Db, statements: readonly { id: string; item: string }[]): Promise<Map<string, Report[]>> {
  const ids = statements.map((s) => s.id);
  const itemOf = new Map(statements.map((s) => [s.id, s.item]));
  const out = new Map<string, Report[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom("claims")
      .innerJoin("documents", "documents.key", "claims.doc_key")
      .select(["claims.statement", "claims.doc", "claims.claim_id", "claims.item", "claims.evidence", "claims.ev_start", "claims.ev_end", "claims.relays"])
      .select(["documents.url", "documents.outlet", "documents.published"])
      .where("claims.statement", "in", ids.slice(i, i + CHUNK))
      .where("claims.current", "=", 1)
      .orderBy(sql`coalesce(documents.published, '9999')`)
      .orderBy("claims.doc")
      .execute();
    const taken = new Map<string, { at: number; own: boolean }>();
    for (const r of rows) {
      const list = out.get(r.statement!)!;
      const report: Report = {
        doc: r.doc, url: r.url, outlet: r.outlet, published: r.published, claim: r.claim_id,
        evidence: r.evidence, start: Number(r.ev_start), end: Number(r.ev_end), relays: JSON.parse(r.relays) as string[],
      };
      const own = r.item === itemOf.get(r.statement!);
      const key = `${r.statement}\u0000${r.doc}`;
      const before = taken.get(key);
      if (!before) {
        taken.set(key, { at: list.length, own });
        list.push(report);
      } else if (own && !before.own) {
        list[before.at] = report;
        before.own = true;
      }
    }
  }
  return out;
}

async function withReports(db: Db, rows: StatementRow[], wanted = true): Promise<Statement[]> {
  if (!wanted) return rows.map((r) => rowToStatement(r, []));
  const reports = await reportsOf(db, rows);
  return rows.map((r) => rowToStatement(r, reports.get(r.id) ?? []));
}

export async function listStatements(db: Db, f: StatementFilter = {}): Promise<Statement[]> {
  let q = filtered(db.selectFrom("statements").selectAll(), f);
  // Undated last on both engines (SQLite sorts nulls first, PostgreSQL last).
  q = q.orderBy(sql`coalesce(stated, '9999')`).orderBy("id");
  if (f.limit !== undefined) q = q.limit(f.limit);
  if (f.offset) q = q.offset(f.offset).$if(f.limit === undefined, (qq) => qq.limit(1e9));
  return withReports(db, await q.execute(), f.reports !== false);
}

/** How many statements the filter lets through, whatever the page (counted in SQL). */
export async function countStatements(db: Db, f: StatementFilter = {}): Promise<number> {
  const row = await filtered(db.selectFrom("statements").select((eb) => eb.fn.countAll().as("n")), f).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The filter's conditions, the same for a page of statements and for their count. */
function filtered<O>(q: SelectQueryBuilder<Database, "statements", O>, f: StatementFilter): SelectQueryBuilder<Database, "statements", O> {
  if (f.supplier) q = q.where("supplier", "=", f.supplier);
  if (f.recipient) q = q.where("recipient", "=", f.recipient);
  if (f.state) q = q.where((eb) => eb.or([eb("supplier", "=", f.state!), eb("recipient", "=", f.state!)]));
  if (f.item) q = q.where("item", "=", f.item);
  if (f.unit) q = q.where("unit", "=", f.unit);
  if (f.certainty) q = q.where("certainty", "=", f.certainty);
  if (f.since) q = q.where("stated", ">=", f.since);
  if (f.source) {
    const like = `%${f.source.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn("lower", ["speaker"]), "like", like), eb(eb.fn("lower", ["org"]), "like", like)]));
  }
  return q;
}

export async function getStatement(db: Db, id: string): Promise<Statement | null> {
  const row = await db.selectFrom("statements").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? (await withReports(db, [row]))[0] : null;
}

export async function getFlow(db: Db, supplier: string, recipient: string, item: Item, o: ReadOptions = {}): Promise<Statement[]> {
  const flow = db.selectFrom("statements").where("kind", "=", "transfer").where("supplier", "=", supplier).where("recipient", "=", recipient).where("item", "=", item);
  const offset = o.offset ?? 0;
  const paged = o.limit !== undefined || offset > 0;
  // A page of the timeline: the whole flow is ordered from the few columns the order reads, and only the page's
  // rows are read whole, with their reports.
  const rows: Pick<StatementRow, "id" | "stated" | "period_start" | "period_end">[] = paged
    ? await flow.select(["id", "stated", "period_start", "period_end"]).execute()
    : await flow.selectAll().execute();
  const order = timeOrder(rows.map((r) => ({ id: r.id, stated: r.stated, period: r.period_start || r.period_end ? { end: r.period_end } : null }))).map((s) => s.id);
  const page = paged ? order.slice(offset, o.limit !== undefined ? offset + o.limit : undefined) : order;
  const rowById = new Map<string, StatementRow>();
  if (paged) {
    for (let i = 0; i < page.length; i += CHUNK) for (const r of await db.selectFrom("statements").selectAll().where("id", "in", page.slice(i, i + CHUNK)).execute()) rowById.set(r.id, r);
  } else for (const r of rows as StatementRow[]) rowById.set(r.id, r);
  const byId = new Map((await withReports(db, page.map((id) => rowById.get(id)!), o.reports !== false)).map((s) => [s.id, s]));
  return page.map((id) => byId.get(id)!);
}

/** Every flow with its summary (flow-summaries.ts keeps them between writes). */
export async function listFlows(db: Db): Promise<Flow[]> {
  return listFlowSummaries(db);
}

export async function listSources(db: Db): Promise<SourceRecord[]> {
  const counts = await db
    .selectFrom("statements")
    .select(["source_key", (eb) => eb.fn.countAll().as("statements"), (eb) => eb.fn.sum("reports").as("reports")])
    .groupBy("source_key")
    .execute();
  const byKey = new Map(counts.map((c) => [c.source_key, c]));
  const rows = await db.selectFrom("sources").selectAll().orderBy("id").execute();
  return rows
    .filter((r) => byKey.has(r.id))
    .map((r) => ({ id: r.id, speaker: r.speaker, org: r.org, country: r.country, kind: r.kind as SourceRecord["kind"], statements: Number(byKey.get(r.id)!.statements), reports: Number(byKey.get(r.id)!.reports) }));
}

export async function tallyStatements(db: Db): Promise<StatementTally[]> {
  const columns = ["kind", "supplier", "recipient", "item", "certainty", "speaker", "org", "country", "independent_sources"] as const;
  let q = db.selectFrom("statements").select(columns).select((eb) => eb.fn.countAll().as("n")).groupBy([...columns]);
  // Nulls sort apart on the two engines: coalesced, the tallies come in one order on both.
  for (const c of columns) q = q.orderBy(c === "independent_sources" ? sql.ref(c) : sql`coalesce(${sql.ref(c)}, '')`);
  return (await q.execute()).map((r) => ({
    kind: r.kind as StatementTally["kind"], supplier: r.supplier, recipient: r.recipient, item: r.item as Item, certainty: r.certainty as StatementTally["certainty"],
    source: { speaker: r.speaker, org: r.org, country: r.country }, independent_sources: Number(r.independent_sources), count: Number(r.n),
  }));
}

export async function listClaims(db: Db, f: ClaimFilter = {}): Promise<Claim[]> {
  let q = db.selectFrom("claims").selectAll().where("current", "=", 1);
  if (f.doc) q = q.where("doc", "=", f.doc);
  if (f.statement) q = q.where("statement", "=", f.statement);
  if (f.supplier) q = q.where("supplier", "=", f.supplier);
  if (f.recipient) q = q.where("recipient", "=", f.recipient);
  if (f.item) q = q.where("item", "=", f.item);
  q = q.orderBy("doc").orderBy("ev_start").orderBy("claim_id");
  if (f.limit !== undefined) q = q.limit(f.limit);
  if (f.offset) q = q.offset(f.offset).$if(f.limit === undefined, (qq) => qq.limit(1e9));
  return (await q.execute()).map(rowToClaim);
}

export async function getDocument(db: Db, id: string): Promise<StoredDocument | null> {
  const q = db.selectFrom("documents").selectAll();
  const row = await (id.includes("@") ? q.where("key", "=", id) : q.where("id", "=", id).where("current", "=", 1)).executeTakeFirst();
  return row ? rowToDocument(row) : null;
}

export async function listDocuments(db: Db, o: { limit?: number; offset?: number; since?: string; newest?: boolean } = {}): Promise<StoredDocument[]> {
  return (await documentsQuery(db, o).execute()).map(rowToDocument);
}

/**
 * The documents' list as a query (tests read its plan). Newest first walks the index documents_newest (migration
 * 0006) backwards, its columns and order those of the ORDER BY: a page never sorts the ledger.
 */
export function documentsQuery(db: Db, o: { limit?: number; offset?: number; since?: string; newest?: boolean } = {}) {
  let q = db.selectFrom("documents").selectAll().where("current", "=", 1);
  if (o.since) q = q.where("published", ">=", o.since);
  q = o.newest
    ? q.orderBy("ingested_at", "desc").orderBy(sql`coalesce(published, '')`, "desc").orderBy("id", "desc").limit(o.limit ?? 1e9)
    : q.orderBy(sql`coalesce(published, '9999')`).orderBy("id").limit(o.limit ?? 1e9);
  if (o.offset) q = q.offset(o.offset);
  return q;
}

export async function countDocuments(db: Db): Promise<number> {
  const r = await db.selectFrom("documents").select(sql<number>`count(*)`.as("n")).where("current", "=", 1).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Relay chains of a flow's statements (or all statements), circular ones marked. Only reports passed on
 * through someone are read (relays not empty), and of every statement only what the chains need.
 */
export async function listRelayChains(db: Db, flow?: { supplier: string; recipient: string; item: Item }): Promise<RelayChain[]> {
  // Two narrow reads instead of one three-way join: the statements' sources, and the relayed reports.
  let statements = db.selectFrom("statements").select(["id", "speaker", "org", "country"]);
  let relayed = db
    .selectFrom("claims")
    .innerJoin("documents", "documents.key", "claims.doc_key")
    .select(["claims.statement", "claims.doc", "claims.relays", "documents.outlet"])
    .where("claims.current", "=", 1)
    .where("claims.relays", "!=", "[]")
    .where("claims.statement", "is not", null);
  if (flow) {
    statements = statements.where("supplier", "=", flow.supplier).where("recipient", "=", flow.recipient).where("item", "=", flow.item);
    relayed = relayed.where("claims.supplier", "=", flow.supplier).where("claims.recipient", "=", flow.recipient).where("claims.item", "=", flow.item);
  }
  const sources = await statements.execute();
  const sourceOf = new Map(sources.map((s) => [s.id, s]));
  const byStatement = new Map<string, RelayedStatement>();
  for (const r of await relayed.orderBy("claims.statement").orderBy("claims.doc").execute()) {
    const src = sourceOf.get(r.statement!);
    if (!src) continue; // a claim of another flow's statement (the claims' core is the statement's)
    let s = byStatement.get(src.id);
    if (!s) byStatement.set(src.id, (s = { id: src.id, source: { speaker: src.speaker, org: src.org, country: src.country }, reports: [] }));
    s.reports.push({ doc: r.doc, outlet: r.outlet, relays: JSON.parse(r.relays) as string[] });
  }
  const origins = sources.filter((s) => !s.speaker && s.org).map((s) => ({ id: s.id, org: s.org }));
  return relayChains([...byStatement.values()], origins);
}

type RelayedStatement = Parameters<typeof relayChains>[0][number] & { reports: { doc: string; outlet: string | null; relays: readonly string[] }[] };

/** The whole ledger's reporting chains by path, tallied in SQL: a few rows however many reports were relayed. */
export async function listChainPaths(db: Db): Promise<ChainPath[]> {
  const tallies = await db
    .selectFrom("claims")
    .innerJoin("documents", "documents.key", "claims.doc_key")
    .innerJoin("statements", "statements.id", "claims.statement")
    .select(["statements.speaker", "statements.org", "statements.country", "claims.relays", "documents.outlet"])
    .select((eb) => [
      eb.fn.countAll().as("reports"),
      eb.fn.count("claims.statement").distinct().as("statements"),
      eb.fn.min("claims.statement").as("first"),
      eb.fn.max("claims.statement").as("last"),
    ])
    .where("claims.current", "=", 1)
    .where("claims.relays", "!=", "[]")
    .groupBy(["statements.speaker", "statements.org", "statements.country", "claims.relays", "documents.outlet"])
    .execute();
  const origins = await db.selectFrom("statements").select(["id", "org"]).where("speaker", "is", null).where("org", "is not", null).execute();
  return chainPaths(
    tallies.map((t) => ({
      source: { speaker: t.speaker, org: t.org, country: t.country }, relays: JSON.parse(t.relays) as string[], outlet: t.outlet,
      reports: Number(t.reports), statements: Number(t.statements), first: t.first as string, last: t.last as string,
    })),
    origins,
  );
}

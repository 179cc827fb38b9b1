// Stores one processed document, its claims and their links in one transaction: all of it or none.
import { createHash } from "node:crypto";
import { PostgresAdapter, sql, type Kysely, type Transaction } from "kysely";
import type { ArmsDocument } from "../core/document.js";
import { buildStatement } from "../link/build-statement.js";
import { itemsInScope, knowledge } from "../link/knowledge.js";
import { linkDoc, type LinkedClaim } from "../link/link-claims.js";
import { claimKey, linkDocument, regroup, type KnownClaim, type LinkDecisions, type LinkPort } from "../link/linker.js";
import { bandKeys, longEnough, minhash, NEAR_DUPLICATE, similarity } from "../link/near-duplicates.js";
import { claimToRow, DAY_CLASS_WIDTH, rowToCarrier, rowToClaim, rowToLinkDoc, statementToRow } from "./rows.js";
import type { ClaimRow, Database, StatementRow } from "./schema.js";
import { forgetFlowSummaries, type FlowKey } from "./flow-summaries.js";
import { sourceRow } from "./sources.js";
import type { PutResult } from "./store.js";

type Tx = Transaction<Database>;
/** Rows per multi-row insert: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 200;
/** At most this many pages sharing a band are compared, those sharing the most bands first. */
const NEAR_CANDIDATES = 50;
/** Pages read of each band: a band thousands share (boilerplate, a common phrase) is sampled, never read whole. */
const BAND_SAMPLE = 50;

/** The raw page as text: its bytes decoded with the document's encoding (utf-8 where unknown). */
function rawText(doc: ArmsDocument): string {
  try {
    return new TextDecoder(doc.encoding || "utf-8").decode(doc.bytes);
  } catch {
    return new TextDecoder().decode(doc.bytes);
  }
}

/** The text near-duplicates are judged on: the main report where segments are known, else all text. */
function storyText(doc: ArmsDocument): string {
  const main = doc.segments.filter((s) => s.kind === "main");
  return main.length ? main.map((s) => doc.text.slice(s.span.start, s.span.end)).join("\n") : doc.text;
}

/** The advisory lock id the writers of one PostgreSQL ledger take turns on (any fixed number; "armsflow" in ASCII). */
const LEDGER_WRITE_LOCK = 0x61726d73666c6fn.toString();

/** On PostgreSQL, waits for this ledger's writers before it (the lock ends with the transaction); SQLite: nothing to do. */
export async function takeWriteTurn(db: Kysely<Database>, trx: Tx): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${LEDGER_WRITE_LOCK})`.execute(trx);
}

export async function putDocument(db: Kysely<Database>, doc: ArmsDocument): Promise<PutResult> {
  const hash = doc.hash || createHash("sha256").update(doc.bytes).digest("hex");
  const id = doc.meta.id;
  const story = storyText(doc);
  const sig = minhash(story);
  return db.transaction().execute(async (trx) => {
    // PostgreSQL lets several writers in at once (workers, two ingests): two documents retelling one figure
    // could then each found the statement the other founds. One lock for the length of this transaction
    // makes the writes take turns (reading, the long part, stays parallel); SQLite takes turns by BEGIN IMMEDIATE.
    await takeWriteTurn(db, trx);
    const cur = await trx.selectFrom("documents").select(["key", "version", "hash"]).where("id", "=", id).orderBy("version", "desc").limit(1).executeTakeFirst();
    if (cur && cur.hash === hash) {
      const n = await trx.selectFrom("claims").select((eb) => eb.fn.countAll().as("n")).where("doc_key", "=", cur.key).executeTakeFirstOrThrow();
      return { status: "unchanged", key: cur.key, claims: Number(n.n) };
    }
    const version = cur ? Number(cur.version) + 1 : 1;
    const key = `${id}@${version}`;
    const touched = new Set<string>();
    if (cur) {
      // The older version stops counting: its claims leave their statements.
      const old = await trx.selectFrom("claims").select("statement").distinct().where("doc", "=", id).where("current", "=", 1).execute();
      for (const o of old) if (o.statement) touched.add(o.statement);
      await trx.updateTable("claims").set({ current: 0 }).where("doc", "=", id).execute();
      await trx.updateTable("documents").set({ current: 0 }).where("id", "=", id).execute();
    }
    const group = longEnough(story) ? await findGroup(trx, sig, id, touched) : null;
    const bands = bandKeys(sig);
    const doc0 = linkDoc(doc.meta, doc.claims, group);
    await trx
      .insertInto("documents")
      .values({
        key, id, version, current: 1, hash,
        url: doc.meta.url, outlet: doc.meta.outlet, title: doc.meta.title, author: doc.meta.author, published: doc.meta.published,
        format: doc.format, raw: rawText(doc), text: doc.text, grp: group,
        diagnostics: JSON.stringify(doc.diagnostics), named: JSON.stringify([...doc0.named]), minhash: JSON.stringify(sig),
        ingested_at: new Date().toISOString(),
      })
      .execute();
    await trx.insertInto("doc_bands").values(bands.map((band) => ({ band, doc_key: key }))).execute();
    // The claims an older version carried leave their statements: those left regroup (a bridge gone splits one).
    if (touched.size) await writeDecisions(trx, await regroupStatements(trx, [...touched]), touched);
    // Link before inserting (linker.ts, the one linker): each claim joins the statements it retells, or founds one.
    const linked: LinkedClaim[] = doc.claims.map((claim) => ({ claim, doc: doc0 }));
    const decisions = await linkDocument(linked, storePort(trx, doc.meta.published));
    const rows = doc.claims.map((c, i) => ({ ...claimToRow(c, key, doc.meta.published), statement: decisions.assign.get(claimKey(linked[i]))! }));
    for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto("claims").values(rows.slice(i, i + CHUNK)).execute();
    await writeDecisions(trx, decisions, touched);
    await refreshStatements(trx, touched);
    const sources = new Map(doc.claims.map((c) => sourceRow(c.source, doc.meta.outlet)).map((r) => [r.id, r]));
    if (sources.size) await trx.insertInto("sources").values([...sources.values()]).onConflict((oc) => oc.column("id").doNothing()).execute();
    return { status: cur ? "new-version" : "stored", key, claims: doc.claims.length };
  });
}

/** The near-duplicate group of a page: that of the most similar current page sharing a band, if similar enough. */
async function findGroup(trx: Tx, sig: number[], id: string, touched: Set<string>): Promise<string | null> {
  // The first pages of each band, no more than BAND_SAMPLE a band (an index range each): a band that thousands share
  // (boilerplate, a wire story copied everywhere) costs no more than a rare one, so the check stays flat.
  const sampled = await sql<{ key: string }>`${sql.join(
    bandKeys(sig).map((b, i) => sql`select * from (select documents.key from doc_bands inner join documents on documents.key = doc_bands.doc_key where doc_bands.band = ${b} and documents.current = 1 and documents.id <> ${id} limit ${BAND_SAMPLE}) as ${sql.raw(`b${i}`)}`),
    sql` union all `,
  )}`.execute(trx);
  // Those sharing the most bands first.
  const shared = new Map<string, number>();
  for (const r of sampled.rows) shared.set(r.key, (shared.get(r.key) ?? 0) + 1);
  const keys = [...shared].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, NEAR_CANDIDATES).map(([k]) => k);
  if (!keys.length) return null;
  const found = await trx.selectFrom("documents").select(["key", "id", "grp", "minhash"]).where("key", "in", keys).execute();
  const byKey = new Map(found.map((o) => [o.key, o]));
  const others = keys.map((k) => byKey.get(k)!).filter(Boolean);
  let best: (typeof others)[number] | null = null;
  let bestSim = NEAR_DUPLICATE;
  for (const o of others) {
    const s = similarity(sig, JSON.parse(o.minhash) as number[]);
    if (s >= bestSim) [best, bestSim] = [o, s];
  }
  if (!best) return null;
  if (best.grp) return best.grp;
  await trx.updateTable("documents").set({ grp: best.id }).where("key", "=", best.key).execute();
  // The page it copies now has a group: its statements' carriers change.
  const st = await trx.selectFrom("claims").select("statement").distinct().where("doc_key", "=", best.key).execute();
  for (const s of st) if (s.statement) touched.add(s.statement);
  return best.id;
}

/** The widest day of each day class (rows.ts, dayClass): a week, a month, a (leap) year. */
const WIDEST = [DAY_CLASS_WIDTH[0], DAY_CLASS_WIDTH[1], 366] as const;

type Member = ClaimRow & { url: string | null; outlet: string | null; published: string | null; grp: string | null; named: string };

const known = (m: Member): KnownClaim => ({ claim: rowToClaim(m), doc: rowToLinkDoc({ ...m, id: m.doc }), statement: m.statement });

const withDocs = (trx: Tx) =>
  trx
    .selectFrom("claims")
    .innerJoin("documents", "documents.key", "claims.doc_key")
    .selectAll("claims")
    .select(["documents.url", "documents.outlet", "documents.published", "documents.grp", "documents.named"])
    .where("claims.current", "=", 1);

/**
 * The linker's port onto the store: the current claims of other documents near a claim (its kind,
 * parties and items in scope; days within the occasion, or undated of its source), and the members
 * of statements. Asked the same way as the in-memory port (linker.ts, MemoryPort), so that both link alike.
 */
export function storePort(trx: Tx, published: string | null): LinkPort {
  const near = knowledge.occasionDays;
  return {
    async near(lc) {
      const r = claimToRow(lc.claim, "", published);
      const flow = () => {
        let q = withDocs(trx).where("claims.kind", "=", r.kind).where("claims.item", "in", itemsInScope(r.item));
        q = r.supplier === null ? q.where("claims.supplier", "is", null) : q.where("claims.supplier", "=", r.supplier);
        q = r.recipient === null ? q.where("claims.recipient", "is", null) : q.where("claims.recipient", "=", r.recipient);
        return q.where("claims.doc", "!=", lc.doc.id);
      };
      // A select per branch, each on its own index range (an OR of them makes SQLite scan the whole flow):
      // undated claims of its source (index claims_flow_source), and, where dated, each width of day from its
      // own narrow range of first days (index claims_flow_occasion), so that a day is never compared with a
      // year of the flow's claims to find the few a year wide.
      const parts = [flow().where("claims.day_lo", "is", null).where("claims.source_key", "=", r.source_key)];
      if (r.day_lo !== null && r.day_hi !== null) {
        const lo = r.day_lo - near, hi = r.day_hi + near;
        for (const [k, w] of WIDEST.entries()) parts.push(flow().where("claims.day_class", "=", k).where("claims.day_lo", ">=", lo - w).where("claims.day_lo", "<=", hi).where("claims.day_hi", ">=", lo));
      } else parts[0] = flow().where("claims.source_key", "=", r.source_key);
      // As one compound statement (UNION ALL): one round trip and one statement prepared, each branch planned on its own.
      const rows = await parts.slice(1).reduce((all, q) => all.unionAll(q), parts[0]).execute();
      return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(known);
    },
    async members(statements) {
      const out: KnownClaim[] = [];
      for (let i = 0; i < statements.length; i += CHUNK) out.push(...(await withDocs(trx).where("claims.statement", "in", statements.slice(i, i + CHUNK)).orderBy("claims.key").execute()).map(known));
      return out;
    },
  };
}

/** The statements some claims left, regrouped from the claims still in them (linker.ts, regroup). */
export async function regroupStatements(trx: Tx, statements: readonly string[]): Promise<LinkDecisions> {
  const members = await storePort(trx, null).members(statements);
  const grouped = regroup(members);
  const assign = new Map<string, string>();
  for (const m of members) if (grouped.get(claimKey(m)) !== m.statement) assign.set(claimKey(m), grouped.get(claimKey(m))!);
  const live = new Set(grouped.values());
  return { assign, retired: statements.filter((s) => !live.has(s)) };
}

/** Writes the linker's decisions: claims that change statement move; every statement concerned is touched for the refresh. */
export async function writeDecisions(trx: Tx, d: LinkDecisions, touched: Set<string>): Promise<void> {
  const byTarget = new Map<string, [string, string][]>();
  for (const [k, statement] of d.assign) {
    const [doc, claim] = k.split("\u0000");
    byTarget.set(statement, [...(byTarget.get(statement) ?? []), [doc, claim]]);
    touched.add(statement);
  }
  for (const s of d.retired) touched.add(s);
  for (const [statement, claims] of byTarget) {
    for (let i = 0; i < claims.length; i += CHUNK) {
      const part = claims.slice(i, i + CHUNK);
      await trx
        .updateTable("claims")
        .set({ statement })
        .where("current", "=", 1)
        .where((eb) => eb.or(part.map(([doc, claim]) => eb.and([eb("doc", "=", doc), eb("claim_id", "=", claim)]))))
        .execute();
    }
  }
}

/** Rebuilds the statement rows whose claims changed; a statement no current claim carries is removed. */
export async function refreshStatements(trx: Tx, ids: Iterable<string>): Promise<void> {
  const all = [...new Set(ids)];
  for (let i = 0; i < all.length; i += CHUNK) {
    const chunk = all.slice(i, i + CHUNK);
    const members = await trx
      .selectFrom("claims")
      .innerJoin("documents", "documents.key", "claims.doc_key")
      .selectAll("claims")
      .select(["documents.url", "documents.outlet", "documents.published", "documents.grp"])
      .where("claims.statement", "in", chunk)
      .where("claims.current", "=", 1)
      .execute();
    const byStatement = new Map<string, typeof members>();
    for (const m of members) byStatement.set(m.statement!, [...(byStatement.get(m.statement!) ?? []), m]);
    // Their flows' kept summaries go stale (flow-summaries.ts): those of the statements before and after.
    const before = await trx.selectFrom("statements").select(["supplier", "recipient", "item"]).distinct().where("id", "in", chunk).execute();
    const after = members.map((m) => ({ supplier: m.supplier, recipient: m.recipient, item: m.item }));
    await forgetFlowSummaries(trx, [...before, ...after].filter((f): f is FlowKey => f.supplier !== null && f.recipient !== null));
    const gone = chunk.filter((sid) => !byStatement.has(sid));
    if (gone.length) await trx.deleteFrom("statements").where("id", "in", gone).execute();
    const rows = [...byStatement].map(([sid, list]) => statementToRow(buildStatement(sid, list.map(rowToCarrier))));
    if (rows.length === 0) continue;
    // One multi-row upsert: each row takes its new values from `excluded` (SQLite and PostgreSQL alike).
    const columns = Object.keys(rows[0]).filter((c) => c !== "id") as (keyof StatementRow)[];
    await trx
      .insertInto("statements")
      .values(rows)
      .onConflict((oc) => oc.column("id").doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)])) as never))
      .execute();
  }
}

// Stores one processed document, its claims and their links in one transaction: all of it or none.
import { createHash } from "node:crypto";
import { PostgresAdapter, sql, type Kysely, type Transaction } from "kysely";
import type { ArmsDocument } from "../core/document.js";
import { buildStatement } from "../link/build-statement.js";
import { itemsInScope, knowledge } from "../link/knowledge.js";
import { linkDoc, type LinkedClaim } from "../link/link-claims.js";
import { actLookup, actReach, claimKey, linkDocument, nearWindow, personDenial, personFigure, personWindow, pressOfPersonWindow, regroup, type KnownClaim, type LinkDecisions, type LinkPort } from "../link/linker.js";
import { bandKeys, longEnough, minhash, NEAR_DUPLICATE, similarity } from "../link/near-duplicates.js";
import { claimToRow, DAY_CLASS_WIDTH, rowToCarrier, rowToClaim, rowToLinkDoc, statementToRow } from "./rows.js";
import type { ClaimRow, Database, StatementRow } from "./schema.js";
import { forgetFlowSummariesOf, type FlowKey } from "./flow-summaries.js";
import { sourceRow } from "./sources.js";
import type { PutOptions, PutResult } from "./store.js";
import * as timing from "../work/timing.js";

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

/** The advisory lock id of the whole ledger (any fixed number; "armsflow" in ASCII). */
const LEDGER_WRITE_LOCK = 0x61726d73666c6fn.toString();

/**
 * On PostgreSQL, the whole ledger to this transaction: waits for every writer before it (the lock ends with the
 * transaction). For writes that reach everywhere (removing a document); SQLite: nothing to do (BEGIN IMMEDIATE).
 */
export async function takeWriteTurn(db: Kysely<Database>, trx: Tx): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(${LEDGER_WRITE_LOCK})`.execute(trx);
}

const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** An advisory lock id (a signed 64-bit number, as text) for a thing writers take turns on. */
const lockId = (thing: string): string => BigInt.asIntN(64, BigInt(`0x${createHash("sha1").update(thing).digest("hex").slice(0, 16)}`)).toString();

/** What a claim's linking reads and writes: the statements of its flow (linker.ts asks for its kind and parties only). */
export const flowLock = (c: { kind: string; supplier: string | null; recipient: string | null }) => lockId(`flow\u0000${c.kind}\u0000${c.supplier ?? ""}\u0000${c.recipient ?? ""}`);

/**
 * The locks a document's write takes on PostgreSQL, in two turns. First its id (its versions) and the near-duplicate
 * bands it reads and joins: held while the page is checked, grouped and inserted. Then the flows of its claims, taken
 * only once the page is in, for the part that needs them (linking, statements): the writers of one flow wait on each
 * other for that part alone. Two documents that share none of them are stored at the same time.
 */
interface Turn {
  /** The id's and the bands' locks. */
  readonly first: readonly string[];
  /** The flows' locks. */
  readonly flows: readonly string[];
  /** Take the flows at once, after the first locks (a write that starts again, knowing what it met). */
  readonly early: boolean;
}

function writeTurn(doc: ArmsDocument, bands: readonly string[]): Turn {
  return { first: [lockId(`doc\u0000${doc.meta.id}`), ...bands.map((b) => lockId(`band\u0000${b}`))], flows: doc.claims.map(flowLock), early: false };
}

/** The locks a write holds; `waited` once it has waited for flows (it waits for them once, all in one order). */
interface Held {
  readonly locks: Set<string>;
  waited: boolean;
}

/** A write found it must also take locks another writer holds: it starts again, taking them all in order. */
class WiderTurn extends Error {
  constructor(readonly locks: readonly string[]) {
    super("the write needs locks another writer holds");
  }
}

const inOrder = (locks: Iterable<string>) => [...new Set(locks)].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));

/**
 * The first turn: a shared turn on the ledger (every document's write goes on with others; a whole-ledger write,
 * takeWriteTurn, waits for all of them), then the locks one after the other in one order, in one round trip
 * (unnest yields the array in its order, so the locks are taken in it).
 */
async function takeLocks(trx: Tx, locks: Iterable<string>): Promise<Held> {
  const sorted = inOrder(locks);
  await sql`select count(case when o = 1 then pg_advisory_xact_lock_shared(k) else pg_advisory_xact_lock(k) end) from unnest(${[LEDGER_WRITE_LOCK, ...sorted]}::bigint[]) with ordinality as t(k, o)`.execute(trx);
  return { locks: new Set(sorted), waited: false };
}

/**
 * Flows' locks, when the write first needs some (the page in, for its own claims; or earlier, for the flows of an
 * older version's claims or of the page a near-duplicate joins): those and the flows of its own claims, waited for
 * in one order. No circle can close: a writer waits for flows once, holding none, and a writer holding a flow never
 * waits for an id or a band. Flows needed after that are taken at once where free; where another writer holds one,
 * waiting could close a circle, so the write starts again with all of them taken in order (WiderTurn).
 */
async function takeFlows(trx: Tx, held: Held | null, turn: Turn, more: Iterable<string> = []): Promise<void> {
  if (!held) return;
  if (held.waited) return alsoTake(trx, held, more);
  held.waited = true;
  const want = inOrder([...turn.flows, ...more]).filter((l) => !held.locks.has(l));
  if (!want.length) return;
  await sql`select count(pg_advisory_xact_lock(k)) from unnest(${want}::bigint[]) as k`.execute(trx);
  for (const l of want) held.locks.add(l);
}

/** Locks taken at once where free, else the write starts again with them (above). */
async function alsoTake(trx: Tx, held: Held, locks: Iterable<string>): Promise<void> {
  const want = [...new Set(locks)].filter((l) => !held.locks.has(l));
  if (!want.length) return;
  const got = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(k) as ok from unnest(${want}::bigint[]) as k`.execute(trx);
  for (const [i, r] of got.rows.entries()) if (r.ok) held.locks.add(want[i]);
  if (got.rows.some((r) => !r.ok)) throw new WiderTurn([...held.locks, ...want]);
}

/** The flows of some claims' statements, as locks. */
async function flowLocksOf(trx: Tx, where: { statements?: readonly string[]; docKey?: string }): Promise<string[]> {
  let q = trx.selectFrom("claims").select(["kind", "supplier", "recipient"]).distinct();
  if (where.docKey !== undefined) q = q.where("doc_key", "=", where.docKey);
  if (where.statements) {
    if (!where.statements.length) return [];
    q = q.where("statement", "in", [...where.statements]);
  }
  return (await q.execute()).map(flowLock);
}

/** Tries of a write that keeps meeting new locks held by others before it takes the whole ledger instead. */
const WIDER_TRIES = 3;

export async function putDocument(db: Kysely<Database>, doc: ArmsDocument, options: PutOptions = {}): Promise<PutResult> {
  // A page that gives no claim is recorded as seen only (unless kept whole): no text, no raw page, no bands; its hash
  // still tells an unchanged page from a new version.
  const seen = !options.keepEmpty && doc.claims.length === 0;
  const story = seen ? "" : storyText(doc);
  const sig = seen ? [] : minhash(story);
  let turn = writeTurn(doc, seen ? [] : bandKeys(sig));
  for (let tries = 1; ; tries++) {
    try {
      return await putOnce(db, doc, story, sig, tries > WIDER_TRIES ? null : turn, seen);
    } catch (error) {
      // PostgreSQL ended the transaction to break a circle of waits on rows (two writers meeting on a page's row
      // or a flow's summaries in another order): nothing of it was kept, so it is tried again like a wider turn.
      const deadlock = (error as { code?: unknown } | null)?.code === "40P01";
      if (!(error instanceof WiderTurn) && !(deadlock && tries <= WIDER_TRIES)) throw error;
      timing.add("wider_turn", 0);
      // Again, the flows met taken with the others, in order, before anything is read.
      const first = new Set(turn.first);
      const met = error instanceof WiderTurn ? error.locks.filter((l) => !first.has(l)) : [];
      turn = { first: turn.first, flows: [...new Set([...turn.flows, ...met])], early: true };
    }
  }
}

/** One try at storing a document; `turn` null takes the whole ledger (PostgreSQL). */
async function putOnce(db: Kysely<Database>, doc: ArmsDocument, story: string, sig: number[], turn: Turn | null, seen: boolean): Promise<PutResult> {
  const hash = doc.hash || createHash("sha256").update(doc.bytes).digest("hex");
  const id = doc.meta.id;
  return db.transaction().execute(async (trx) => {
    // PostgreSQL lets several writers in at once (workers, two ingests): two documents retelling one figure
    // could then each found the statement the other founds. Each write takes advisory locks for the length of its
    // transaction on what it reads and changes (its id and near-duplicate bands first, the flows of its claims once
    // the page is in), so writes of other flows go on together while those of one flow take turns for linking and
    // statements; SQLite takes turns by BEGIN IMMEDIATE.
    let held: Held | null = null;
    if (isPostgres(db)) {
      if (turn) {
        held = await timing.timed("locks", () => takeLocks(trx, turn.first));
        if (turn.early) await timing.timed("flow_locks", () => takeFlows(trx, held, turn));
      } else await takeWriteTurn(db, trx);
    }
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
      if (held && turn) await takeFlows(trx, held, turn, await flowLocksOf(trx, { statements: [...touched] }));
      await trx.updateTable("claims").set({ current: 0 }).where("doc", "=", id).execute();
      await trx.updateTable("documents").set({ current: 0 }).where("id", "=", id).execute();
    }
    const group = !seen && longEnough(story) ? await findGroup(trx, sig, id, touched, held, turn) : null;
    const bands = seen ? [] : bandKeys(sig);
    const doc0 = linkDoc(doc.meta, doc.claims, group);
    await trx
      .insertInto("documents")
      .values({
        key, id, version, current: 1, hash,
        url: doc.meta.url, outlet: doc.meta.outlet, title: doc.meta.title, author: doc.meta.author, published: doc.meta.published,
        format: doc.format, raw: seen ? "" : rawText(doc), text: seen ? "" : doc.text, grp: group,
        diagnostics: JSON.stringify(doc.diagnostics), named: JSON.stringify([...doc0.named]), minhash: JSON.stringify(sig),
        ingested_at: new Date().toISOString(), seen: seen ? 1 : 0,
      })
      .execute();
    if (bands.length) await trx.insertInto("doc_bands").values(bands.map((band) => ({ band, doc_key: key }))).execute();
    // The page is in: now the flows of its claims, for linking and the statements.
    if (held && turn) await timing.timed("flow_locks", () => takeFlows(trx, held, turn));
    // The claims an older version carried leave their statements: those left regroup (a bridge gone splits one).
    if (touched.size) await writeDecisions(trx, await regroupStatements(trx, [...touched]), touched);
    // Link before inserting (linker.ts, the one linker): each claim joins the statements it retells, or founds one.
    const linked: LinkedClaim[] = doc.claims.map((claim) => ({ claim, doc: doc0 }));
    const decisions = await linkDocument(linked, storePort(trx, doc.meta.published));
    const rows = doc.claims.map((c, i) => ({ ...claimToRow(c, key, doc.meta.published), statement: decisions.assign.get(claimKey(linked[i]))! }));
    for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto("claims").values(rows.slice(i, i + CHUNK)).execute();
    // This document's claims went in with their statements: only other documents' claims that move are updated.
    for (const r of rows) touched.add(r.statement);
    const own = new Set(linked.map(claimKey));
    await writeDecisions(trx, { ...decisions, assign: new Map([...decisions.assign].filter(([k]) => !own.has(k))) }, touched);
    await refreshStatements(trx, touched);
    const sources = new Map(doc.claims.map((c) => sourceRow(c.source, doc.meta.outlet)).map((r) => [r.id, r]));
    // In one order: two writers inserting the same new sources wait on each other's rows, never in a circle.
    if (sources.size) await trx.insertInto("sources").values([...sources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))).onConflict((oc) => oc.column("id").doNothing()).execute();
    return { status: cur ? "new-version" : "stored", key, claims: doc.claims.length };
  });
}

/** The near-duplicate group of a page: that of the most similar current page sharing a band, if similar enough. */
async function findGroup(trx: Tx, sig: number[], id: string, touched: Set<string>, held: Held | null, turn: Turn | null): Promise<string | null> {
  // The first pages of each band, no more than BAND_SAMPLE a band (an index range each): a band that thousands share
  // (boilerplate, a wire story copied everywhere) costs no more than a rare one, so the check stays flat.
  const bands = sql.join(
    // (Each band's page checked by a lookup of its key, a scalar subquery no planner turns into a join: with the
    // statistics of a young ledger PostgreSQL otherwise hashes every current document once a band.)
    bandKeys(sig).map((b, i) => sql`select * from (select doc_bands.doc_key as key from doc_bands where doc_bands.band = ${b} and (select documents.id from documents where documents.key = doc_bands.doc_key and documents.current = 1) <> ${id} limit ${BAND_SAMPLE}) as ${sql.raw(`b${i}`)}`),
    sql` union all `,
  );
  // Those sharing the most bands first (then by key, in code order on both engines), read with their signatures
  // in the same round trip (a lookup of each key, as above).
  const byKey = trx.getExecutor().adapter instanceof PostgresAdapter ? sql.raw(`key collate "C"`) : sql.raw("key");
  const field = (c: "id" | "grp" | "minhash") => sql`(select documents.${sql.raw(c)} from documents where documents.key = s.key) as ${sql.raw(c)}`;
  const found = await sql<{ key: string; n: number | string; id: string; grp: string | null; minhash: string }>`select s.key, s.n, ${field("id")}, ${field("grp")}, ${field("minhash")}
      from (select key, count(*) as n from (${bands}) as u group by key order by n desc, ${byKey} limit ${NEAR_CANDIDATES}) as s`.execute(trx);
  const others = found.rows.map((r) => ({ ...r, n: Number(r.n) })).sort((x, y) => y.n - x.n || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  if (!others.length) return null;
  let best: (typeof others)[number] | null = null;
  let bestSim = NEAR_DUPLICATE;
  for (const o of others) {
    const s = similarity(sig, JSON.parse(o.minhash) as number[]);
    if (s >= bestSim) [best, bestSim] = [o, s];
  }
  if (!best) return null;
  if (best.grp) return best.grp;
  // Its statements' carriers change below: their flows are this write's too.
  if (held && turn) await takeFlows(trx, held, turn, await flowLocksOf(trx, { docKey: best.key }));
  await trx.updateTable("documents").set({ grp: best.id }).where("key", "=", best.key).execute();
  // The page it copies now has a group: its statements' carriers change.
  const st = await trx.selectFrom("claims").select("statement").distinct().where("doc_key", "=", best.key).execute();
  for (const s of st) if (s.statement) touched.add(s.statement);
  return best.id;
}

/** The widest day of each day class (rows.ts, dayClass): a week, a month, a (leap) year. */
const WIDEST = [DAY_CLASS_WIDTH[0], DAY_CLASS_WIDTH[1], 366] as const;
/** The widest act window a claim is filed under (link-claims.ts, windowAsOccasion: a month at most). */
const ACT_WIDEST = knowledge.windowOccasionDays;

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
      const window = nearWindow(lc);
      if (window) {
        const [lo, hi] = window;
        for (const [k, w] of WIDEST.entries()) parts.push(flow().where("claims.day_class", "=", k).where("claims.day_lo", ">=", lo - w).where("claims.day_lo", "<=", hi).where("claims.day_hi", ">=", lo));
      } else parts[0] = flow().where("claims.source_key", "=", r.source_key);
      // The act a claim's window dates long before its report (linker.ts, actReach): the claims filed over its days; and
      // the claims whose act's days reach this one's filed days (actLookup, index claims_flow_act), as the in-memory port asks.
      const act = actReach(lc);
      if (act) {
        const [lo, hi] = act;
        for (const [k, w] of WIDEST.entries()) parts.push(flow().where("claims.day_class", "=", k).where("claims.day_lo", ">=", lo - w).where("claims.day_lo", "<=", hi).where("claims.day_hi", ">=", lo));
      }
      const acted = actLookup(lc);
      if (acted) {
        const [lo, hi] = acted;
        parts.push(flow().where("claims.act_lo", ">=", lo - ACT_WIDEST).where("claims.act_lo", "<=", hi).where("claims.act_hi", ">=", lo));
      }
      // A person's claims over the person's wider reach, by speaker (index claims_flow_speaker): that person's few
      // claims of the flow, one range of first days (the widest day, a year, before it), of the figure's unit and span,
      // or for a figureless denial told with no day (personDenial), that person's figureless denials.
      const far = personWindow(lc), figure = personFigure(lc);
      // The claims of the flow first dated over a reach (the widest day, a year, before it), and of those the ones giving
      // the person's figure: its unit, its value or bound within its span.
      const firstDated = (q: ReturnType<typeof flow>, [lo, hi]: [number, number]) => q.where("claims.day_lo", ">=", lo - WIDEST[2]).where("claims.day_lo", "<=", hi).where("claims.day_hi", ">=", lo);
      const n = sql<number>`coalesce(claims.q_value, claims.q_min, claims.q_max)`;
      const ofFigure = (q: ReturnType<typeof flow>, f: NonNullable<typeof figure>) => q.where("claims.unit", "=", f.unit).where(n, ">=", f.range[0]).where(n, "<=", f.range[1]);
      if (far && r.speaker_key !== null && (figure || personDenial(lc))) {
        const ofPerson = firstDated(flow().where("claims.speaker_key", "=", r.speaker_key), far);
        // (A figureless denial: the person's figureless denials, as the in-memory port asks.)
        parts.push(figure ? ofFigure(ofPerson, figure) : ofPerson.where("claims.unit", "is", null).where("claims.certainty", "in", ["denied", "doubted"]));
      }
      // A person's very figure an outlet retells in its own voice (linker.ts, pressOfPersonWindow): the claims naming a
      // speaker over the person's reach back, of the figure's unit and span, as the in-memory port asks.
      const press = pressOfPersonWindow(lc);
      if (press && figure) parts.push(ofFigure(firstDated(flow().where("claims.speaker_key", "is not", null), press), figure));
      // (And from the person's side: the claims naming no speaker over the person's reach, of the figure's unit and span.)
      if (far && figure && r.speaker_key !== null) parts.push(ofFigure(firstDated(flow().where("claims.speaker_key", "is", null), far), figure));
      // As one compound statement (UNION ALL): one round trip and one statement prepared, each branch planned on its own.
      const rows = await parts.slice(1).reduce((all, q) => all.unionAll(q), parts[0]).execute();
      // (A claim both near and of the person comes twice: once.)
      const once = [...new Map(rows.map((x) => [x.key, x])).values()];
      return once.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(known);
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
    const after = members.map((m) => ({ supplier: m.supplier, recipient: m.recipient, item: m.item }));
    await forgetFlowSummariesOf(trx, chunk, after.filter((f): f is FlowKey => f.supplier !== null && f.recipient !== null));
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

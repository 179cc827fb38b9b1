// `armsflow check`: the ledger's integrity, read from its tables. Every finding is named; none is mended.
import { sql, type Kysely } from "kysely";
import { buildStatement } from "../link/build-statement.js";
import { rowToCarrier, statementToRow } from "../store/rows.js";
import type { Database, StatementRow } from "../store/schema.js";

export interface Finding {
  /** Which check found it: sqlite-integrity, foreign-key, span, statement-without-claim, claim-without-statement, statement-recount, current-version. */
  readonly check: string;
  readonly detail: string;
}

export interface CheckReport {
  readonly ok: boolean;
  readonly documents: number;
  readonly claims: number;
  readonly statements: number;
  /** Findings by check (at most MAX_SHOWN of each are listed in `findings`). */
  readonly counts: Record<string, number>;
  readonly findings: Finding[];
}

const CHUNK = 200;
const MAX_SHOWN = 50;

/** Runs every check over the ledger behind `db` (`engine` says which SQL dialect's own checks apply). */
export async function checkLedger(db: Kysely<Database>, engine: "sqlite" | "postgres"): Promise<CheckReport> {
  const findings: Finding[] = [];
  const counts: Record<string, number> = {};
  const find = (check: string, detail: string) => {
    counts[check] = (counts[check] ?? 0) + 1;
    if (counts[check] <= MAX_SHOWN) findings.push({ check, detail });
  };

  if (engine === "sqlite") {
    // SQLite's own check of pages and indexes, then every foreign key (PostgreSQL enforces both itself).
    for (const r of (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows) if (r.integrity_check !== "ok") find("sqlite-integrity", r.integrity_check);
    for (const r of (await sql<{ table: string; rowid: number; parent: string }>`pragma foreign_key_check`.execute(db)).rows) find("foreign-key", `${r.table} row ${r.rowid} points to a missing ${r.parent} row`);
  }

  // Every document id has exactly one current version.
  const versions = await db.selectFrom("documents").select(["id"]).select((eb) => eb.fn.sum<number>("current").as("cur")).groupBy("id").execute();
  for (const v of versions) if (Number(v.cur) !== 1) find("current-version", `document ${v.id} has ${Number(v.cur)} current versions`);

  // Every claim's evidence span slices its document's text exactly (a document at a time: memory stays flat).
  let documents = 0;
  let claims = 0;
  for (let after = ""; ; ) {
    const docs = await db.selectFrom("documents").select(["key", "text"]).where("key", ">", after).orderBy("key").limit(CHUNK).execute();
    if (!docs.length) break;
    after = docs.at(-1)!.key;
    documents += docs.length;
    const texts = new Map(docs.map((d) => [d.key, d.text]));
    const rows = await db.selectFrom("claims").select(["key", "doc_key", "evidence", "ev_start", "ev_end"]).where("doc_key", "in", [...texts.keys()]).execute();
    claims += rows.length;
    for (const c of rows) {
      const text = texts.get(c.doc_key)!;
      const [a, b] = [Number(c.ev_start), Number(c.ev_end)];
      if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= text.length) || text.slice(a, b) !== c.evidence) find("span", `claim ${c.key}: [${a}, ${b}) does not slice its document ${c.doc_key} to its evidence`);
    }
  }

  // A page recorded as seen only gave no claim: none points to it.
  const seenWithClaims = await db.selectFrom("documents").select("key").where("seen", "=", 1).where(({ exists, selectFrom }) => exists(selectFrom("claims").select("claims.key").whereRef("claims.doc_key", "=", "documents.key"))).execute();
  for (const d of seenWithClaims) find("seen-with-claims", `document ${d.key} was recorded as seen only (no text) but has claims`);

  // Every statement is carried by a current claim, and every current claim has a statement that exists.
  const orphans = await db.selectFrom("statements").select("id").where(({ not, exists, selectFrom }) => not(exists(selectFrom("claims").select("claims.key").whereRef("claims.statement", "=", "statements.id").where("claims.current", "=", 1)))).execute();
  for (const o of orphans) find("statement-without-claim", `statement ${o.id} has no current claim`);
  const homeless = await db.selectFrom("claims").select(["key", "statement"]).where("current", "=", 1).where(({ or, eb, not, exists, selectFrom }) => or([eb("statement", "is", null), not(exists(selectFrom("statements").select("statements.id").whereRef("statements.id", "=", "claims.statement")))])).execute();
  for (const h of homeless) find("claim-without-statement", `claim ${h.key} points to ${h.statement === null ? "no statement" : `the missing statement ${h.statement}`}`);

  // Every statement's summary (figure, counts, carriers) equals its recount from its current claims.
  let statements = 0;
  for (let after = ""; ; ) {
    const stored = await db.selectFrom("statements").selectAll().where("id", ">", after).orderBy("id").limit(CHUNK).execute();
    if (!stored.length) break;
    after = stored.at(-1)!.id;
    statements += stored.length;
    const members = await db
      .selectFrom("claims")
      .innerJoin("documents", "documents.key", "claims.doc_key")
      .selectAll("claims")
      .select(["documents.url", "documents.outlet", "documents.published", "documents.grp"])
      .where("claims.statement", "in", stored.map((s) => s.id))
      .where("claims.current", "=", 1)
      .execute();
    const by = new Map<string, typeof members>();
    for (const m of members) by.set(m.statement!, [...(by.get(m.statement!) ?? []), m]);
    for (const s of stored) {
      const list = by.get(s.id);
      if (!list) continue; // named above
      const recount = statementToRow(buildStatement(s.id, list.map(rowToCarrier)));
      const differ = (Object.keys(recount) as (keyof StatementRow)[]).filter((k) => k !== "measure" || s.measure !== null).filter((k) => norm(recount[k]) !== norm(s[k]));
      if (differ.length) find("statement-recount", `statement ${s.id}: ${differ.map((k) => `${k} stored ${norm(s[k])}, recounted ${norm(recount[k])}`).join("; ")}`);
    }
  }
  return { ok: Object.keys(counts).length === 0, documents, claims, statements, counts, findings };
}

/** Values as both engines give them back (numbers as text on some drivers, null and undefined alike). */
function norm(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number" || (typeof v === "string" && /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(v))) return String(Number(v));
  return String(v);
}

// Removes a document (every version of it) and its claims in one transaction: all of it or none. The
// statements its claims carried are rebuilt from the claims left, regrouped as linking would have them
// without it (a report that bridged two tellings leaves them apart), or removed when no claim is left.
import type { Kysely, Transaction } from "kysely";
import { refreshStatements, regroupStatements, takeWriteTurn, writeDecisions } from "./put-document.js";
import type { Database } from "./schema.js";
import type { DeleteResult } from "./store.js";

type Tx = Transaction<Database>;
const CHUNK = 200;

/** `deleteDocument(db, {id: "harbour-wire-0614"})` or `{url: "https://…"}` (the current version's address). */
export async function deleteDocument(db: Kysely<Database>, target: { readonly id: string } | { readonly url: string }): Promise<DeleteResult> {
  return db.transaction().execute(async (trx) => {
    await takeWriteTurn(db, trx);
    const id = "id" in target ? target.id : await idOfUrl(trx, target.url);
    if (typeof id !== "string") return id;
    const versions = await trx.selectFrom("documents").select(["key", "current", "grp"]).where("id", "=", id).execute();
    if (!versions.length) return { status: "not-found" } as const;
    const keys = versions.map((v) => v.key);
    const claims = await trx.selectFrom("claims").select(["statement", "source_key", "current"]).where("doc_key", "in", keys).execute();
    // Only the current version's claims count in statements (an older version's left them when it was replaced).
    const touched = new Set(claims.filter((c) => Number(c.current) === 1 && c.statement).map((c) => c.statement!));
    const group = versions.find((v) => Number(v.current) === 1)?.grp ?? null;

    await trx.deleteFrom("claims").where("doc_key", "in", keys).execute();
    await trx.deleteFrom("doc_bands").where("doc_key", "in", keys).execute();
    await trx.deleteFrom("documents").where("id", "=", id).execute();

    if (group !== null) await mendGroup(trx, group, id, touched);
    const before = await existing(trx, [...touched]);
    // The claims left regroup (a bridge gone splits a statement); each statement concerned is rebuilt or removed.
    if (touched.size) {
      await writeDecisions(trx, await regroupStatements(trx, [...touched]), touched);
      await refreshStatements(trx, touched);
    }
    await dropUnusedSources(trx, [...new Set(claims.map((c) => c.source_key))]);

    // A statement whose founding claim left goes on under the id of the claim that founds it now: counted, not named.
    const after = await existing(trx, [...touched]);
    return { status: "deleted", id, versions: versions.length, claims: claims.length, statements: { changed: after, removed: Math.max(0, before - after) } } as const;
  });
}

/** How many of these statements exist. */
async function existing(trx: Tx, ids: readonly string[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += CHUNK) n += (await trx.selectFrom("statements").select("id").where("id", "in", ids.slice(i, i + CHUNK)).execute()).length;
  return n;
}

/** The id of the document whose current version has this URL; not-found, or ambiguous when several have it. */
async function idOfUrl(trx: Tx, url: string): Promise<string | DeleteResult> {
  const rows = await trx.selectFrom("documents").select("id").distinct().where("url", "=", url).where("current", "=", 1).execute();
  if (rows.length === 0) return { status: "not-found" };
  if (rows.length > 1) return { status: "ambiguous", ids: rows.map((r) => r.id).sort() };
  return rows[0].id;
}

/**
 * The near-duplicate group the document was in, as it would be without it: a group left with one page is no
 * group, and one named after the document goes by the earliest stored page left (as it would have been named).
 */
async function mendGroup(trx: Tx, group: string, id: string, touched: Set<string>): Promise<void> {
  const members = await trx.selectFrom("documents").select(["key", "id"]).where("grp", "=", group).where("current", "=", 1).orderBy("ingested_at").orderBy("key").execute();
  if (members.length !== 1 && group !== id) return;
  const label = members.length === 1 ? null : members[0].id;
  await trx.updateTable("documents").set({ grp: label }).where("key", "in", members.map((m) => m.key)).execute();
  // Their statements' carriers change with it.
  const st = await trx.selectFrom("claims").select("statement").distinct().where("doc_key", "in", members.map((m) => m.key)).where("current", "=", 1).execute();
  for (const s of st) if (s.statement) touched.add(s.statement);
}

/** Sources no claim names any more leave the sources table. */
export async function dropUnusedSources(trx: Tx, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += CHUNK) {
    await trx
      .deleteFrom("sources")
      .where("id", "in", keys.slice(i, i + CHUNK))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom("claims").select("claims.key").whereRef("claims.source_key", "=", "sources.id"))))
      .execute();
  }
}

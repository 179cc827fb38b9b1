// Versioned schema migrations, applied in name order by Kysely's Migrator (its own table records which ran).
import { sql, type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { sourceKey, speakerKey } from "../link/sources.js";
import { dropUnusedSources } from "./delete-document.js";
import { refreshStatements } from "./put-document.js";
import { actDays, DAY_CLASS_WIDTH } from "./rows.js";
import { sourceRow } from "./sources.js";

const [WEEK, MONTH] = DAY_CLASS_WIDTH;

type Table = CreateTableBuilder<any, any>;

/** A figure's columns, as claims and statements keep it: its value, bounds, unit and whether it is told as approximate. */
const figureColumns = (t: Table) =>
  t.addColumn("q_value", "double precision").addColumn("q_min", "double precision").addColumn("q_max", "double precision").addColumn("unit", "text").addColumn("approx", "integer");

/** How sure a saying is and whose it is, as claims and statements keep it: its certainty, source and the source's key. */
const sourceColumns = (t: Table) =>
  t.addColumn("certainty", "text", (c) => c.notNull()).addColumn("speaker", "text").addColumn("org", "text").addColumn("country", "text").addColumn("source_key", "text", (c) => c.notNull());

/** How many claims a migration that rewrites them reads at a time. */
const PAGE = 500;

/**
 * Runs `each` over the rows `page` reads, page by page in key order: `page(after)` reads the next PAGE rows whose key
 * is greater than `after`. A migration over a large ledger so holds one page in memory, never the whole table.
 */
async function byKeyPages<R extends { key: string }>(page: (after: string) => Promise<R[]>, each: (rows: R[]) => Promise<void>): Promise<void> {
  for (let after = ""; ; ) {
    const rows = await page(after);
    if (!rows.length) return;
    after = rows.at(-1)!.key;
    await each(rows);
  }
}

const migrations: Record<string, Migration> = {
  "0001-documents-claims-statements": {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("documents")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("current", "integer", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull())
        .addColumn("url", "text")
        .addColumn("outlet", "text")
        .addColumn("title", "text")
        .addColumn("author", "text")
        .addColumn("published", "text")
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("raw", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("grp", "text")
        .addColumn("diagnostics", "text", (c) => c.notNull())
        .addColumn("named", "text", (c) => c.notNull())
        .addColumn("minhash", "text", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .addUniqueConstraint("documents_id_version", ["id", "version"])
        .execute();
      await db.schema.createIndex("documents_id_current").on("documents").columns(["id", "current"]).execute();
      await db.schema
        .createTable("doc_bands")
        .addColumn("band", "text", (c) => c.notNull())
        .addColumn("doc_key", "text", (c) => c.notNull().references("documents.key"))
        .execute();
      await db.schema.createIndex("doc_bands_band").on("doc_bands").column("band").execute();
      await db.schema
        .createTable("claims")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("claim_id", "text", (c) => c.notNull())
        .addColumn("doc_key", "text", (c) => c.notNull().references("documents.key"))
        .addColumn("doc", "text", (c) => c.notNull())
        .addColumn("current", "integer", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('transfer', 'production', 'status')`))
        .addColumn("supplier", "text")
        .addColumn("recipient", "text")
        .addColumn("item", "text", (c) => c.notNull())
        .$call(figureColumns)
        .addColumn("calibre", "text")
        .addColumn("period_start", "text")
        .addColumn("period_end", "text")
        .addColumn("cumulative", "integer", (c) => c.notNull())
        .$call(sourceColumns)
        .addColumn("relays", "text", (c) => c.notNull())
        .addColumn("stated", "text")
        .addColumn("day_lo", "integer")
        .addColumn("day_hi", "integer")
        .addColumn("evidence", "text", (c) => c.notNull())
        .addColumn("ev_start", "integer", (c) => c.notNull())
        .addColumn("ev_end", "integer", (c) => c.notNull())
        .addColumn("parts", "text", (c) => c.notNull())
        .addColumn("segment", "integer", (c) => c.notNull())
        .addColumn("statement", "text")
        .execute();
      await db.schema.createIndex("claims_core_day").on("claims").columns(["supplier", "recipient", "item", "kind", "current", "day_lo"]).execute();
      await db.schema.createIndex("claims_statement").on("claims").columns(["statement", "current"]).execute();
      await db.schema.createIndex("claims_doc_key").on("claims").column("doc_key").execute();
      await db.schema
        .createTable("statements")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("supplier", "text")
        .addColumn("recipient", "text")
        .addColumn("item", "text", (c) => c.notNull())
        .$call(figureColumns)
        .addColumn("period_start", "text")
        .addColumn("period_end", "text")
        .addColumn("cumulative", "integer", (c) => c.notNull())
        .addColumn("stated", "text")
        .$call(sourceColumns)
        .addColumn("media", "integer", (c) => c.notNull())
        .addColumn("independent_sources", "integer", (c) => c.notNull())
        .addColumn("reports", "integer", (c) => c.notNull())
        .addColumn("carriers", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("statements_flow").on("statements").columns(["supplier", "recipient", "item", "stated"]).execute();
      await db.schema
        .createTable("sources")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("speaker", "text")
        .addColumn("org", "text")
        .addColumn("country", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ["sources", "statements", "claims", "doc_bands", "documents"]) await db.schema.dropTable(t).ifExists().execute();
    },
  },
  "0002-claims-by-doc-flow-summaries": {
    async up(db: Kysely<any>) {
      // listClaims({ doc }) and a new version's retirement of its older claims look claims up by document.
      await db.schema.createIndex("claims_doc_current").on("claims").columns(["doc", "current"]).execute();
      // Covers the per-flow counts of listFlows, so that they never touch the table itself.
      await db.schema.createIndex("statements_flow_counts").on("statements").columns(["kind", "supplier", "recipient", "item", "stated", "reports"]).execute();
      // Each flow's summary (the Flow record as JSON), kept until its statements change (read-ledger.ts, listFlows).
      await db.schema
        .createTable("flow_summaries")
        .addColumn("supplier", "text", (c) => c.notNull())
        .addColumn("recipient", "text", (c) => c.notNull())
        .addColumn("item", "text", (c) => c.notNull())
        .addColumn("fingerprint", "text", (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("flow_summaries_pk", ["supplier", "recipient", "item"])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable("flow_summaries").ifExists().execute();
      await db.schema.dropIndex("statements_flow_counts").ifExists().execute();
      await db.schema.dropIndex("claims_doc_current").ifExists().execute();
    },
  },
  "0003-statement-measures": {
    async up(db: Kysely<any>) {
      // What each statement's figure measures (stock, increment, rate, plan): flows add increments after a
      // running total, never totals, rates or plans. Older rows stay null and are typed on read from their shape.
      await db.schema.alterTable("statements").addColumn("measure", "text").execute();
      // Every statement rebuilt from its claims: typed, and no longer marked "cumulative" by a stray flag.
      const ids = (await db.selectFrom("statements").select("id").execute()).map((r: { id: string }) => r.id);
      if (ids.length) await refreshStatements(db as never, ids);
      await db.deleteFrom("flow_summaries").execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable("statements").dropColumn("measure").execute();
    },
  },
  "0004-claims-by-occasion": {
    async up(db: Kysely<any>) {
      // Flat linking: how wide a claim's day is (0 a day or week, 1 a month, 2 a season or year), so the
      // linker's candidates are read by occasion, each width from its own narrow range, never a year of a flow's claims.
      await db.schema.alterTable("claims").addColumn("day_class", "integer").execute();
      await db.updateTable("claims").set({ day_class: sql`case when day_lo is null then null when day_hi - day_lo <= ${WEEK} then 0 when day_hi - day_lo <= ${MONTH} then 1 else 2 end` }).execute();
      await db.schema.createIndex("claims_flow_occasion").on("claims").columns(["supplier", "recipient", "item", "kind", "current", "day_class", "day_lo"]).execute();
      // A statement retold months later is found by its source on the flow (put-document.ts, storePort).
      await db.schema.createIndex("claims_flow_source").on("claims").columns(["supplier", "recipient", "item", "kind", "current", "source_key", "day_lo"]).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex("claims_flow_source").ifExists().execute();
      await db.schema.dropIndex("claims_flow_occasion").ifExists().execute();
      await db.schema.alterTable("claims").dropColumn("day_class").execute();
    },
  },
  "0005-canonical-source-keys": {
    async up(db: Kysely<any>) {
      // Sources are keyed by one canonical key across spellings and titles ("Defence Minister Shin" and "Shin Won-sik").
      // A ledger written before keeps its claims and statements; their keys, sources and summaries are recomputed here
      // so that `armsflow check` recounts what is stored. How claims were grouped stays as it was until re-ingested.
      const touched = new Set<string>();
      const oldKeys = new Set<string>();
      const page = (after: string) =>
        db
          .selectFrom("claims")
          .innerJoin("documents", "documents.key", "claims.doc_key")
          .select(["claims.key", "claims.speaker", "claims.org", "claims.country", "claims.source_key", "claims.statement", "documents.outlet"])
          .where("claims.key", ">", after)
          .orderBy("claims.key")
          .limit(PAGE)
          .execute();
      await byKeyPages(page, async (rows) => {
        const sources = new Map<string, ReturnType<typeof sourceRow>>();
        for (const r of rows) {
          const source = { speaker: r.speaker, org: r.org, country: r.country };
          const key = sourceKey(source);
          if (key === r.source_key) continue;
          const row = sourceRow(source, r.outlet);
          sources.set(row.id, row);
          oldKeys.add(r.source_key);
          if (r.statement) touched.add(r.statement);
          await db.updateTable("claims").set({ source_key: key }).where("key", "=", r.key).execute();
        }
        if (sources.size) await db.insertInto("sources").values([...sources.values()]).onConflict((oc) => oc.column("id").doNothing()).execute();
      });
      if (touched.size) await refreshStatements(db as never, touched);
      await dropUnusedSources(db as never, [...oldKeys]);
      await db.deleteFrom("flow_summaries").execute();
    },
    async down() {
      // Keys are data, not schema: nothing to undo.
    },
  },
  "0006-documents-newest": {
    async up(db: Kysely<any>) {
      // The documents' list, newest ingested first (/api/documents, "new since your last visit"), read from an index in
      // its own order (read-ledger.ts, documentsQuery): a page of it walks a hundred entries, not a sort of the ledger.
      // The tie-breakers are part of it: a bulk load gives a whole batch one ingestion time.
      await sql`create index documents_newest on documents (current, ingested_at, (coalesce(published, '')), id)`.execute(db);
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex("documents_newest").ifExists().execute();
    },
  },
  "0007-documents-seen": {
    async up(db: Kysely<any>) {
      // 1: a page that gave no claim, recorded as seen only (its hash and metadata; no text, no raw page, no bands).
      // Existing rows keep their text and read 0.
      await db.schema.alterTable("documents").addColumn("seen", "integer", (c) => c.notNull().defaultTo(0)).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable("documents").dropColumn("seen").execute();
    },
  },
  "0008-claims-by-speaker": {
    async up(db: Kysely<any>) {
      // A person's very figure may be retold a year or two on: the linker reads that person's claims of a flow over
      // the wider reach by their speaker's key (put-document.ts, storePort), never every claim of the flow.
      await db.schema.alterTable("claims").addColumn("speaker_key", "text").execute();
      const page = (after: string) => db.selectFrom("claims").select(["key", "speaker", "org", "country"]).where("speaker", "is not", null).where("key", ">", after).orderBy("key").limit(PAGE).execute();
      await byKeyPages(page, async (rows) => {
        for (const r of rows) await db.updateTable("claims").set({ speaker_key: speakerKey({ speaker: r.speaker, org: r.org, country: r.country }) }).where("key", "=", r.key).execute();
      });
      await db.schema.createIndex("claims_flow_speaker").on("claims").columns(["supplier", "recipient", "item", "kind", "current", "speaker_key", "day_lo"]).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex("claims_flow_speaker").ifExists().execute();
      await db.schema.alterTable("claims").dropColumn("speaker_key").execute();
    },
  },
  "0009-claims-by-act": {
    async up(db: Kysely<any>) {
      // An act dated to its day may be retold long after, in a table or a timeline giving that day as the transfer's
      // time: the linker reads a flow's claims by the act's days their window dates too (put-document.ts, storePort).
      await db.schema.alterTable("claims").addColumn("act_lo", "integer").execute();
      await db.schema.alterTable("claims").addColumn("act_hi", "integer").execute();
      const page = (after: string) =>
        db
          .selectFrom("claims")
          .innerJoin("documents", "documents.key", "claims.doc_key")
          .select(["claims.key", "claims.period_start", "claims.period_end", "claims.cumulative", "documents.published"])
          .where("claims.period_start", "is not", null)
          .where("claims.key", ">", after)
          .orderBy("claims.key")
          .limit(PAGE)
          .execute();
      await byKeyPages(page, async (rows) => {
        for (const r of rows) {
          const act = actDays({ period: { start: r.period_start, end: r.period_end }, cumulative: r.cumulative === 1 || r.cumulative === true }, r.published);
          if (act) await db.updateTable("claims").set({ act_lo: act[0], act_hi: act[1] }).where("key", "=", r.key).execute();
        }
      });
      await db.schema.createIndex("claims_flow_act").on("claims").columns(["supplier", "recipient", "item", "kind", "current", "act_lo"]).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex("claims_flow_act").ifExists().execute();
      await db.schema.alterTable("claims").dropColumn("act_hi").execute();
      await db.schema.alterTable("claims").dropColumn("act_lo").execute();
    },
  },
  "0010-speaker-keys-unsplit-letters": {
    async up(db: Kysely<any>) {
      // Speakers' keys now meet across a letter that bears its mark in its shape ("Wałek" and "Walek", sources.ts,
      // foldSpelling): the keys written before are computed again, so the wider reach finds both spellings.
      const page = (after: string) => db.selectFrom("claims").select(["key", "speaker", "org", "country", "speaker_key"]).where("speaker", "is not", null).where("key", ">", after).orderBy("key").limit(PAGE).execute();
      await byKeyPages(page, async (rows) => {
        for (const r of rows) {
          const key = speakerKey({ speaker: r.speaker, org: r.org, country: r.country });
          if (key !== r.speaker_key) await db.updateTable("claims").set({ speaker_key: key }).where("key", "=", r.key).execute();
        }
      });
    },
    async down() {
      // (The keys stay as computed: an older armsflow reads them, and only names with such a letter meet more widely.)
    },
  },
  "0011-figure-rates": {
    async up(db: Kysely<any>) {
      // A claim's figure told per day, week, month or year keeps its rate ("$2,000 a month for each soldier"): without it
      // a stored wage read as a lump sum, and the store linked otherwise than the in-memory linker. Rows written before
      // have none until their document is stored again. (Claims only: the earlier migrations that rebuild statements
      // write them as this armsflow does, before this one has run.)
      await db.schema.alterTable("claims").addColumn("q_per", "text").execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable("claims").dropColumn("q_per").execute();
    },
  },
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

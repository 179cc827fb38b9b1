// Opens the store on SQLite (a file, WAL) or PostgreSQL: the only place that knows which engine is used.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { ArmsDocument } from "../core/document.js";
import { migrationProvider } from "./migrations.js";
import { putDocument } from "./put-document.js";
import * as read from "./read-ledger.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "data/armsflow.db";

export interface StoreOptions {
  /** SQLite file (default data/armsflow.db, its folder created). */
  readonly db?: string;
  /** PostgreSQL connection URL; wins over `db`. */
  readonly databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); tests use a fresh one each. */
  readonly schema?: string;
}

/** A store over Kysely: the Store interface, plus the database for bulk loads (bulk-load.ts) and tests. */
export type KyselyStore = Store & { readonly db: Kysely<Database> };

/** Opens (and migrates) a store. `openStore({})` → SQLite at data/armsflow.db. */
export async function openStore(options: StoreOptions = {}): Promise<KyselyStore> {
  const db = options.databaseUrl ? postgres(options.databaseUrl, options.schema) : sqlite(options.db ?? DEFAULT_DB);
  if (options.databaseUrl && options.schema) await sql`create schema if not exists ${sql.id(options.schema)}`.execute(db);
  const store = kyselyStore(db, options.databaseUrl ? options.schema : undefined);
  await store.migrate();
  return store;
}

function sqlite(file: string): Kysely<Database> {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL"); // WAL + NORMAL: a crash may lose the last commits, never half of one
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function postgres(url: string, schema?: string): Kysely<Database> {
  // synchronous_commit=off: a crash may lose the last commits, never half of one (a rerun redoes them); ~10x faster ingest.
  const options = ["-c synchronous_commit=off", ...(schema ? [`-c search_path=${schema}`] : [])].join(" ");
  const pool = new pg.Pool({ connectionString: url, max: 4, options });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The store over any Kysely database of our schema. */
export function kyselyStore(db: Kysely<Database>, schema?: string): KyselyStore {
  return {
    db,
    async migrate() {
      const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
      const { error, results } = await migrator.migrateToLatest();
      const failed = results?.find((r) => r.status === "Error");
      if (error || failed) throw new Error(`store migration ${failed?.migrationName ?? ""} failed: ${error instanceof Error ? error.message : String(error ?? "")}`);
    },
    putDocument: (doc: ArmsDocument) => putDocument(db, doc),
    getDocument: (id) => read.getDocument(db, id),
    listDocuments: (o) => read.listDocuments(db, o),
    countDocuments: () => read.countDocuments(db),
    listClaims: (f) => read.listClaims(db, f),
    listStatements: (f) => read.listStatements(db, f),
    getStatement: (id) => read.getStatement(db, id),
    listFlows: () => read.listFlows(db),
    getFlow: (s, r, i, o) => read.getFlow(db, s, r, i, o),
    listSources: () => read.listSources(db),
    tallyStatements: () => read.tallyStatements(db),
    listRelayChains: (flow) => read.listRelayChains(db, flow),
    listChainPaths: () => read.listChainPaths(db),
    close: () => db.destroy(),
  };
}

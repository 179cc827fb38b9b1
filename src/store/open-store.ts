// Opens the store on SQLite (a file, WAL) or PostgreSQL: the only place that knows which engine is used.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
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
  /** Refuse a SQLite file that does not exist yet (read commands), instead of making an empty ledger. */
  readonly mustExist?: boolean;
}

/** A ledger that cannot be opened, with the reason in our words (the CLI prints it; the driver's text stays in `cause`). */
export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreOpenError";
  }
}

/** A store over Kysely: the Store interface, plus the database for bulk loads (bulk-load.ts) and tests. */
export type KyselyStore = Store & { readonly db: Kysely<Database> };

/** Opens (and migrates) a store. `openStore({})` → SQLite at data/armsflow.db. */
export async function openStore(options: StoreOptions = {}): Promise<KyselyStore> {
  const db = options.databaseUrl ? postgres(options.databaseUrl, options.schema) : sqlite(options.db ?? DEFAULT_DB, options.mustExist ?? false);
  try {
    if (options.databaseUrl) await reachable(db, options.databaseUrl);
    if (options.databaseUrl && options.schema) await sql`create schema if not exists ${sql.id(options.schema)}`.execute(db);
    const store = kyselyStore(db, options.databaseUrl ? options.schema : undefined);
    await store.migrate();
    return store;
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
}

/** Fails at once, with the reason, when PostgreSQL does not answer (not later as a failed migration). */
async function reachable(db: Kysely<Database>, url: string): Promise<void> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    let where = url;
    try {
      const u = new URL(url);
      where = `${u.hostname}:${u.port || "5432"}${u.pathname}`; // never the password
    } catch {
      where = "the given URL";
    }
    const reason = e.code === "ECONNREFUSED" ? "connection refused (is PostgreSQL running?)" : e.code === "ENOTFOUND" ? "unknown host" : (e.message ?? String(error)).split("\n")[0];
    throw new StoreOpenError(`cannot reach PostgreSQL at ${where}: ${reason}`, { cause: error });
  }
}

/**
 * Makes the folders of `dir` one level at a time (Node's recursive mkdir loops forever under /proc), failing
 * at once with the reason.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at)) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  if (existsSync(at) && !statSync(at).isDirectory()) throw new StoreOpenError(`cannot make the ledger's folder ${dir}: ${at} is not a folder`);
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === "EEXIST") continue;
      throw new StoreOpenError(`cannot make the ledger's folder ${d}: ${e.message}`, { cause: error });
    }
  }
}

function sqlite(file: string, mustExist: boolean): Kysely<Database> {
  if (file !== ":memory:") {
    if (mustExist && !existsSync(file)) {
      throw new StoreOpenError(`no ledger at ${file}: make one with \`armsflow ingest PATH --db ${file}\` (or pass --create for an empty one)`);
    }
    if (existsSync(file) && !statSync(file).isFile()) throw new StoreOpenError(`the ledger ${file} is not a file`);
    makeFolders(dirname(file));
  }
  let database: SQLite.Database;
  try {
    database = new SQLite(file);
  } catch (error) {
    throw new StoreOpenError(`cannot open the ledger ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
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

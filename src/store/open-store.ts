// Opens the store on SQLite (a file, WAL) or PostgreSQL: the only place that knows which engine is used.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type DatabaseConnection } from "kysely";
import pg from "pg";
import type { ArmsDocument } from "../core/document.js";
import { ArmsflowError } from "../core/errors.js";
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
  database.pragma(`busy_timeout = ${STATEMENT_BUSY_MS}`); // first: a second process opening a new file waits here
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL"); // WAL + NORMAL: a crash may lose the last commits, never half of one
  database.pragma("foreign_keys = ON");
  const db = new Kysely<Database>({ dialect: immediateSqlite(database, file) });
  sqliteLocks.set(db, (run) => whileHoldingWriteLock(database, file, run));
  return db;
}

/**
 * Kysely's migrator takes no lock and no transaction on SQLite: two processes opening a new file at once would
 * both create the tables. On SQLite the migrations run inside one immediate transaction of our own.
 */
const sqliteLocks = new WeakMap<Kysely<Database>, <T>(run: () => Promise<T>) => Promise<T>>();

/** Waits for the write lock (begin immediate, retried without blocking the event loop), or fails in our words. */
async function takeWriteLock(database: SQLite.Database, file: string, begin: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + lockWaitMs();
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    database.pragma("busy_timeout = 20");
    try {
      await begin();
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
      if (Date.now() >= deadline) throw new StoreOpenError(`the ledger ${file} is busy: another process has held its write lock for over ${Math.round(lockWaitMs() / 1000)} s (ARMSFLOW_LOCK_WAIT_MS)`, { cause: error });
    } finally {
      database.pragma(`busy_timeout = ${STATEMENT_BUSY_MS}`);
    }
    await new Promise((r) => setTimeout(r, pause));
  }
}

async function whileHoldingWriteLock<T>(database: SQLite.Database, file: string, run: () => Promise<T>): Promise<T> {
  try {
    await takeWriteLock(database, file, async () => database.exec("begin immediate"));
  } catch (error) {
    // A read-only ledger cannot be locked for writing: let the migrator find it up to date (or say why not).
    if (String((error as { code?: string }).code).startsWith("SQLITE_READONLY")) return run();
    throw error;
  }
  try {
    const out = await run();
    database.exec("commit");
    return out;
  } catch (error) {
    if (database.inTransaction) database.exec("rollback");
    throw error;
  }
}

/** How long one statement may wait, blocking, for a lock (only the rare writes outside a write transaction need it). */
const STATEMENT_BUSY_MS = 5000;
/** How long a write transaction waits for another process's write to end before it gives up (ARMSFLOW_LOCK_WAIT_MS). */
export function lockWaitMs(): number {
  const n = Number(process.env.ARMSFLOW_LOCK_WAIT_MS);
  return Number.isFinite(n) && n >= 0 ? n : 120_000;
}

/**
 * SQLite with write transactions that start IMMEDIATE (issue 13.10): a deferred one reads, then fails
 * "database is locked" when it tries to write after another process has written, and no busy timeout
 * helps it. An immediate one takes the write lock first; while another process holds it, it waits
 * without blocking the event loop (short tries, sleeps between), up to lockWaitMs(), then fails in our words.
 */
function immediateSqlite(database: SQLite.Database, file: string): SqliteDialect {
  const dialect = new SqliteDialect({ database });
  const createDriver = dialect.createDriver.bind(dialect);
  dialect.createDriver = () => {
    const driver = createDriver();
    driver.beginTransaction = (connection: DatabaseConnection) => takeWriteLock(database, file, () => connection.executeQuery(CompiledQuery.raw("begin immediate")));
    return driver;
  };
  return dialect;
}

function postgres(url: string, schema?: string): Kysely<Database> {
  // synchronous_commit=off: a crash may lose the last commits, never half of one (a rerun redoes them); ~10x faster ingest.
  const options = ["-c synchronous_commit=off", ...(schema ? [`-c search_path=${schema}`] : [])].join(" ");
  const pool = new pg.Pool({ connectionString: url, max: 4, options });
  // An idle connection the server ends (a restart, an idle kill, pg_terminate_backend) is an 'error' on the
  // pool: without a listener it ends the process. The pool drops that connection; the next call makes a new one.
  pool.on("error", (error) => warnConnectionLost(error));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

let lastWarning = 0;
function warnConnectionLost(error: unknown): void {
  if (Date.now() - lastWarning < 10_000 || process.env.VITEST) return;
  lastWarning = Date.now();
  const e = error as { code?: string; message?: string };
  process.stderr.write(`armsflow: a PostgreSQL connection was lost (${e.code ?? "no code"}: ${String(e.message ?? error).split("\n")[0]}); reconnecting\n`);
}

/** SQLSTATEs and socket errors that mean the connection (not the statement) failed: the call is worth a retry. */
const CONNECTION_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/** Whether an error says the connection to PostgreSQL was lost or refused (a restart, a kill), not that the query was wrong. */
export function isConnectionLost(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
  if (/Connection terminated|Client has encountered a connection error|not queryable|connection is closed/i.test(String(e.message ?? ""))) return true;
  return e.cause !== undefined && e.cause !== error && isConnectionLost(e.cause);
}

/** How long calls are retried while PostgreSQL is away (a restart takes seconds): ARMSFLOW_RECONNECT_MS, default 30 s. */
function reconnectMs(): number {
  const n = Number(process.env.ARMSFLOW_RECONNECT_MS);
  return Number.isFinite(n) && n >= 0 ? n : 30_000;
}

/**
 * Runs a store call again while the connection is lost, with growing pauses, up to reconnectMs(). Each call is
 * one transaction or a read, so a retry redoes all of it or finds it done (a document whose commit was heard
 * by the server but not by us is then "unchanged"). Past the budget it fails as STORE_UNAVAILABLE.
 */
async function retryOnLostConnection<T>(run: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + reconnectMs();
  for (let pause = 50; ; pause = Math.min(pause * 2, 2000)) {
    try {
      return await run();
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
      if (Date.now() + pause > deadline) throw new ArmsflowError("STORE_UNAVAILABLE", `The connection to PostgreSQL was lost and not regained within ${Math.round(reconnectMs() / 1000)} s.`, { cause: error });
      warnConnectionLost(error);
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

async function migrateStore(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) throw new Error(`store migration ${failed?.migrationName ?? ""} failed: ${error instanceof Error ? error.message : String(error ?? "")}`);
}

/** The store over any Kysely database of our schema. */
export function kyselyStore(db: Kysely<Database>, schema?: string): KyselyStore {
  // SQLite has no connection to lose; on PostgreSQL each call is retried while the connection is being regained.
  const again = sqliteLocks.has(db) ? <T>(run: () => Promise<T>) => run() : retryOnLostConnection;
  return {
    db,
    async migrate() {
      const lock = sqliteLocks.get(db);
      if (lock) return lock(() => migrateStore(db, schema));
      return migrateStore(db, schema);
    },
    putDocument: (doc: ArmsDocument) => again(() => putDocument(db, doc)),
    getDocument: (id) => again(() => read.getDocument(db, id)),
    listDocuments: (o) => again(() => read.listDocuments(db, o)),
    countDocuments: () => again(() => read.countDocuments(db)),
    listClaims: (f) => again(() => read.listClaims(db, f)),
    listStatements: (f) => again(() => read.listStatements(db, f)),
    getStatement: (id) => again(() => read.getStatement(db, id)),
    listFlows: () => again(() => read.listFlows(db)),
    getFlow: (s, r, i, o) => again(() => read.getFlow(db, s, r, i, o)),
    listSources: () => again(() => read.listSources(db)),
    tallyStatements: () => again(() => read.tallyStatements(db)),
    listRelayChains: (flow) => again(() => read.listRelayChains(db, flow)),
    listChainPaths: () => again(() => read.listChainPaths(db)),
    close: () => db.destroy(),
  };
}

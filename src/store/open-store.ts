// Opens the store on SQLite (a file, WAL) or PostgreSQL: the only place that knows which engine is used.
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type DatabaseConnection } from "kysely";
import pg from "pg";
import type { ArmsDocument } from "../core/document.js";
import { ArmsflowError } from "../core/errors.js";
import { deleteDocument } from "./delete-document.js";
import { migrationProvider } from "./migrations.js";
import { putDocument } from "./put-document.js";
import * as read from "./read-ledger.js";
import type { Database } from "./schema.js";
import type { PutOptions, Store } from "./store.js";

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
  /**
   * Open for reading only: no WAL set-up, no migration (a ledger whose schema is not current is refused),
   * and every write refused. A SQLite file (or folder) that cannot be written is opened so in any case.
   */
  readonly readOnly?: boolean;
  /** The caller means to write: a ledger that can only be read is refused at once, with the reason. */
  readonly write?: boolean;
  /** Keep every page that gives no claim whole (text and raw page), not recorded as seen only (PutOptions). */
  readonly keepEmpty?: boolean;
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

/**
 * Opens (and migrates) a store. `openStore({})` → SQLite at data/armsflow.db. A read-only one (asked for,
 * or a SQLite file or folder that cannot be written) is checked instead of migrated.
 */
export async function openStore(options: StoreOptions = {}): Promise<KyselyStore> {
  let db: Kysely<Database>;
  let readOnly: string | null;
  let where: string;
  if (options.databaseUrl) {
    readOnly = options.readOnly ? "opened read-only" : null;
    db = postgres(options.databaseUrl, options.schema, readOnly !== null);
    where = "on PostgreSQL";
  } else {
    const file = options.db ?? DEFAULT_DB;
    ({ db, readOnly } = sqlite(file, options.mustExist ?? false, options.readOnly ?? false, options.write ?? false));
    where = file;
  }
  try {
    if (options.databaseUrl) await reachable(db, options.databaseUrl);
    if (readOnly !== null && options.write) throw new StoreOpenError(`the ledger ${where} is read-only (${readOnly}): this command writes to it`);
    if (options.databaseUrl && options.schema && readOnly === null) await createSchema(db, options.schema);
    const store = kyselyStore(db, options.databaseUrl ? options.schema : undefined, readOnly, options.keepEmpty ?? false);
    if (readOnly === null) await store.migrate();
    else await schemaIsCurrent(db, options.databaseUrl ? options.schema : undefined, where, readOnly);
    return store;
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
}

/**
 * `create schema if not exists` is not safe when several processes open a new ledger at once (workers started
 * together): the loser of the race fails on the catalogue's unique index. The schema being there is what counts.
 */
async function createSchema(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_namespace where nspname = ${schema}`.execute(db);
    if (!rows[0]?.n) throw error;
  }
}

/** A read-only ledger is read as it is: refused, with what to do, when its schema needs a migration (a write). */
async function schemaIsCurrent(db: Kysely<Database>, schema: string | undefined, where: string, why: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  let pending: string[];
  try {
    pending = (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
  } catch (error) {
    throw new StoreOpenError(`cannot read the ledger ${where} (${why}): ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, { cause: error });
  }
  if (pending.length === 0) return;
  if (pending.length === Object.keys(await migrationProvider.getMigrations()).length) {
    throw new StoreOpenError(`the ledger ${where} holds no armsflow tables, and it is read-only (${why}): make it with \`armsflow ingest\` where it can be written`);
  }
  throw new StoreOpenError(
    `the ledger ${where} was written by an older armsflow: its schema needs ${pending.length} migration(s) (${pending.join(", ")}), and migrating is a write, ` +
      `but the ledger is read-only (${why}). Open it once writable (without --read-only, with write access to the file and its folder), then read it read-only again`,
  );
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

/** Why a path cannot be written (a read-only file system, no permission), or null when it can. */
function notWritable(path: string): string | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EROFS") return "on a read-only file system";
    if (code === "EACCES" || code === "EPERM") return "no permission to write";
    return null; // anything else shows when it is opened
  }
}

/** Whether (and why) a SQLite ledger is read-only: asked for, or its file or folder cannot be written. */
function readOnlyReason(file: string, asked: boolean): string | null {
  if (asked) return "opened read-only";
  if (file === ":memory:" || !existsSync(file)) return null;
  const onFile = notWritable(file);
  if (onFile) return `the file is not writable: ${onFile}`;
  const onFolder = notWritable(dirname(resolve(file)));
  return onFolder ? `its folder is not writable: ${onFolder}` : null;
}

function sqlite(file: string, mustExist: boolean, asked: boolean, write: boolean): { db: Kysely<Database>; readOnly: string | null } {
  const readOnly = readOnlyReason(file, asked);
  if (readOnly !== null && write) throw new StoreOpenError(`the ledger ${file} is read-only (${readOnly}): this command writes to it`);
  if (file !== ":memory:") {
    if ((mustExist || readOnly !== null) && !existsSync(file)) {
      const make = readOnly !== null ? "" : " (or pass --create for an empty one)";
      throw new StoreOpenError(`no ledger at ${file}: make one with \`armsflow ingest PATH --db ${file}\`${make}`);
    }
    if (existsSync(file) && !statSync(file).isFile()) throw new StoreOpenError(`the ledger ${file} is not a file`);
    if (readOnly === null) makeFolders(dirname(file));
  }
  let database: SQLite.Database;
  try {
    database = readOnly !== null ? openReadOnly(file, readOnly) : new SQLite(file);
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(`cannot open the ledger ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  database.pragma(`busy_timeout = ${STATEMENT_BUSY_MS}`); // first: a second process opening a new file waits here
  if (readOnly === null) {
    toWal(database, file);
    database.pragma("synchronous = NORMAL"); // WAL + NORMAL: a crash may lose the last commits, never half of one
  }
  database.pragma("foreign_keys = ON");
  const db = new Kysely<Database>({ dialect: immediateSqlite(database, file) });
  sqliteLocks.set(db, (run) => whileHoldingWriteLock(database, file, run));
  return { db, readOnly };
}

/**
 * Puts the ledger in WAL mode. Switching needs the file to itself, and SQLite answers "database is locked" at once,
 * without its busy timeout, while a second process opening the same new file is switching it too: so the switch is
 * retried (after checking whether the other process has done it already) until the lock wait runs out.
 */
function toWal(database: SQLite.Database, file: string): void {
  const deadline = Date.now() + lockWaitMs();
  for (;;) {
    try {
      if (String(database.pragma("journal_mode", { simple: true })).toLowerCase() !== "wal") database.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? "");
      if (!/^SQLITE_(BUSY|LOCKED)/.test(code)) throw error;
      if (Date.now() >= deadline) throw new StoreOpenError(`the ledger ${file} is busy: another process has held it for over ${Math.round(lockWaitMs() / 1000)} s (ARMSFLOW_LOCK_WAIT_MS)`, { cause: error });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); // a short pause; this runs once, at open
    }
  }
}

/**
 * Opens a ledger for reading only. A ledger in WAL mode needs its -shm file beside it even to be read; where
 * the folder cannot be written, and no write is pending in its -wal file, the file is read into memory instead.
 */
function openReadOnly(file: string, why: string): SQLite.Database {
  try {
    const database = new SQLite(file, { readonly: true, fileMustExist: true });
    database.pragma("schema_version"); // reads the file: fails here when the -shm file cannot be made
    return database;
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? "");
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(code)) throw error;
    const wal = `${file}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) {
      throw new StoreOpenError(
        `cannot read the ledger ${file} read-only (${why}): its last writes are still in ${wal}, which only a writable folder lets SQLite read; ` +
          `open it once where it can be written, or copy the file with its -wal file to a writable folder`,
        { cause: error },
      );
    }
    const bytes = readFileSync(file);
    // A copy in memory: marked as an ordinary (rollback-journal) database, which needs no -shm file.
    if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
    return new SQLite(bytes, { readonly: true });
  }
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
 * SQLite with write transactions that start IMMEDIATE: a deferred one reads, then fails
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
    // On a full disk (SQLITE_FULL) or an I/O error SQLite has already ended the transaction itself: a "rollback"
    // then fails with "no transaction is active" and hides the real error. Roll back only what is still open.
    driver.rollbackTransaction = async (connection: DatabaseConnection) => {
      if (database.inTransaction) await connection.executeQuery(CompiledQuery.raw("rollback"));
    };
    return driver;
  };
  return dialect;
}

function postgres(url: string, schema?: string, readOnly = false): Kysely<Database> {
  // synchronous_commit=off: a crash may lose the last commits, never half of one (a rerun redoes them); ~10x faster ingest.
  // Read-only: every transaction of the pool is read-only, so the server itself refuses any write.
  const options = ["-c synchronous_commit=off", ...(schema ? [`-c search_path=${schema}`] : []), ...(readOnly ? ["-c default_transaction_read_only=on"] : [])].join(" ");
  const pool = new pg.Pool({ connectionString: url, max: 4, options });
  // An idle connection the server ends (a restart, an idle kill, pg_terminate_backend) is an 'error' on the
  // pool: without a listener it ends the process. The pool drops that connection; the next call makes a new one.
  pool.on("error", (error) => warnConnectionLost(error));
  // A connection that ends while lent out (mid-query) emits 'error' on the client itself, not on the pool:
  // the query fails and is retried by its caller; the event must not end the process.
  pool.on("connect", (client) => {
    client.on("error", (error) => warnConnectionLost(error));
    planOnce(client);
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Statements a connection keeps prepared at most (Kysely writes one text per length of an `in` list). */
const PREPARED_PER_CONNECTION = 400;

/**
 * Sends each parameterised statement as a named prepared statement (named by a hash of its text), so that
 * PostgreSQL plans it once a connection instead of on every call: planning the linker's candidate query took
 * three times as long as running it (2.7 ms against 1 ms). Kysely's driver has no such option; node-postgres
 * prepares by name. Texts past the cap are sent unnamed, as before.
 */
function planOnce(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Set<string>();
  // A statement prepared before the schema changes (a migration adding a column to a table read as `claims.*`) would
  // fail on its next call ("cached plan must not change result type"): after any change of the schema the connection
  // prepares each text anew, under new names.
  let schemaTurn = 0;
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text === "string" && /^\s*(?:alter|create|drop)\s/i.test(text)) {
      schemaTurn++;
      names.clear();
    }
    if (args.length === 2 && typeof text === "string" && Array.isArray(values) && values.length) {
      const name = `af_${createHash("sha1").update(`${schemaTurn}\u0000${text}`).digest("hex").slice(0, 20)}`;
      if (names.has(name) || names.size < PREPARED_PER_CONNECTION) {
        names.add(name);
        return query({ name, text, values });
      }
    }
    return query(...args);
  }) as typeof client.query;
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

/** Whether a migration's error is PostgreSQL losing some other schema's object mid-listing (see migrateStore). */
export function otherObjectDropped(message: string, ours: string | undefined): boolean {
  const named = /^(?:schema|relation) "([^".]{1,200})(?:\.[^"]{1,200})?" does not exist$/.exec(message)?.[1];
  if (named !== undefined) return named !== ours && named !== "kysely_migration";
  // A column another client's migration adds or drops while the listing reads it (its relation is named without
  // its schema); called only where none of our migrations failed, so the listing, not our change, met it.
  return /^cache lookup failed for (?:relation|type|namespace) \d{1,12}$|^column "[^"]{1,200}" of relation "[^"]{1,200}" does not exist$/.test(message);
}

/**
 * Brings the schema to the latest migration. Kysely's migrator first lists the tables of every schema on the server
 * (its introspection), and PostgreSQL fails that listing with "schema ... does not exist", "relation ... does not
 * exist", "column ... of relation ... does not exist" or "cache lookup failed" when another client drops or changes
 * some other schema at that moment (another ledger's, another test run's): such an error, not about our schema, is
 * a race with nothing of ours at stake, so the migration is tried again, a few times.
 */
async function migrateStore(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    const failed = results?.find((r) => r.status === "Error");
    if (!error && !failed) return;
    const message = error instanceof Error ? error.message : String(error ?? "");
    if (!failed && attempt < 8 && otherObjectDropped(message, schema)) {
      await new Promise((r) => setTimeout(r, 50 * attempt));
      continue;
    }
    throw new Error(`store migration ${failed?.migrationName ?? ""} failed: ${message}`);
  }
}

/** The store over any Kysely database of our schema; `readOnly`: why it may only be read (its writes are refused). */
export function kyselyStore(db: Kysely<Database>, schema?: string, readOnly: string | null = null, keepEmpty = false): KyselyStore {
  // SQLite has no connection to lose; on PostgreSQL each call is retried while the connection is being regained.
  const again = sqliteLocks.has(db) ? <T>(run: () => Promise<T>) => run() : retryOnLostConnection;
  const writing = <T>(run: () => Promise<T>): Promise<T> => (readOnly !== null ? Promise.reject(new ArmsflowError("LEDGER_READ_ONLY", `(${readOnly})`)) : again(run));
  return {
    db,
    readOnly: readOnly !== null,
    async migrate() {
      if (readOnly !== null) return schemaIsCurrent(db, schema, "in use", readOnly);
      const lock = sqliteLocks.get(db);
      if (lock) return lock(() => migrateStore(db, schema));
      return migrateStore(db, schema);
    },
    putDocument: (doc: ArmsDocument, options?: PutOptions) => writing(() => putDocument(db, doc, { keepEmpty: keepEmpty || (options?.keepEmpty ?? false) })),
    deleteDocument: (target) => writing(() => deleteDocument(db, target)),
    getDocument: (id) => again(() => read.getDocument(db, id)),
    listDocuments: (o) => again(() => read.listDocuments(db, o)),
    countDocuments: () => again(() => read.countDocuments(db)),
    listClaims: (f) => again(() => read.listClaims(db, f)),
    listStatements: (f) => again(() => read.listStatements(db, f)),
    countStatements: (f) => again(() => read.countStatements(db, f)),
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

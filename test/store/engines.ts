// The storage engines every store test runs over: SQLite in a temp file, PostgreSQL in a fresh schema.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { needs, skipRunningTest } from "../services.js";

export const PG_URL = process.env.ARMSFLOW_TEST_PG ?? "postgres://root@127.0.0.1:5432/test";
export const REQUIRE_PG = process.env.ARMSFLOW_REQUIRE_PG === "1";

/** Whether PostgreSQL answers; loud when it does not (and fatal where CI requires it). */
export async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (REQUIRE_PG) throw new Error(`PostgreSQL required (ARMSFLOW_REQUIRE_PG=1) but unreachable at ${PG_URL}: ${String(error)}`);
    console.warn(`\n!!!!! PostgreSQL unreachable at ${PG_URL}: the PostgreSQL half of the store suite is SKIPPED !!!!!\n`);
    needs("postgres", false, `unreachable at ${PG_URL}`);
    return false;
  }
}

export interface Engine {
  readonly name: string;
  /** True for PostgreSQL when it does not answer: its suites are listed and skipped, never dropped. */
  readonly absent?: boolean;
  /** Opens a fresh, empty store; `dispose` removes what it made. */
  open(): Promise<{ store: Store; options: { db?: string; databaseUrl?: string; schema?: string }; dispose(): Promise<void> }>;
}

let counter = 0;

export const sqliteEngine: Engine = {
  name: "sqlite",
  async open() {
    const dir = mkdtempSync(join(tmpdir(), "armsflow-store-"));
    const options = { db: join(dir, "test.db") };
    const store = await openStore(options);
    return { store, options, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  },
};

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Drops these schemas (a test's own, at its end), whatever they hold. */
export async function dropSchemas(names: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const name of names) await client.query(`drop schema if exists "${name.replace(/"/g, '""')}" cascade`);
  } finally {
    await client.end();
  }
}

/**
 * Drops the test schemas of runs that were killed before they could (armsflow_test_<pid>_…, that pid gone).
 * Schemas of live runs (this process's or another test run's) are left alone.
 */
export async function dropOrphanSchemas(): Promise<string[]> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`select schema_name as name from information_schema.schemata where schema_name like 'armsflow\\_test\\_%'`);
    const orphans = rows.map((r) => r.name).filter((name) => {
      const pid = Number(/^armsflow_test_(\d+)_/.exec(name)?.[1]);
      return Number.isInteger(pid) && pid > 0 && !alive(pid);
    });
    for (const name of orphans) await client.query(`drop schema if exists "${name}" cascade`);
    return orphans;
  } finally {
    await client.end();
  }
}

export const postgresEngine: Engine = {
  name: "postgres",
  async open() {
    const schema = `armsflow_test_${process.pid}_${Date.now()}_${counter++}`;
    const options = { databaseUrl: PG_URL, schema };
    let store: Store;
    try {
      store = await openStore(options);
    } catch (error) {
      await dropSchema(schema); // a failed migration must not leave its schema behind
      throw error;
    }
    return {
      store,
      options,
      dispose: async () => {
        try {
          await store.close();
        } finally {
          await dropSchema(schema);
        }
      },
    };
  },
};

/** PostgreSQL when it does not answer: every test that opens it is skipped (and counted as skipped). */
export const absentPostgresEngine: Engine = {
  name: "postgres",
  absent: true,
  open: () => skipRunningTest("postgres", `unreachable at ${PG_URL}`),
};

/** The engines to test: SQLite always, PostgreSQL where reachable (else its tests show as skipped). */
export async function engines(): Promise<Engine[]> {
  if (!(await pgReachable())) return [sqliteEngine, absentPostgresEngine];
  const dropped = await dropOrphanSchemas();
  if (dropped.length) console.warn(`dropped ${dropped.length} test schema(s) left by killed runs: ${dropped.join(", ")}`);
  return [sqliteEngine, postgresEngine];
}

// The storage engines every store test runs over: SQLite in a temp file, PostgreSQL in a fresh schema.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

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
    return false;
  }
}

export interface Engine {
  readonly name: string;
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

export const postgresEngine: Engine = {
  name: "postgres",
  async open() {
    const schema = `armsflow_test_${process.pid}_${Date.now()}_${counter++}`;
    const options = { databaseUrl: PG_URL, schema };
    const store = await openStore(options);
    return {
      store,
      options,
      dispose: async () => {
        await store.close();
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      },
    };
  },
};

/** The engines to test: SQLite always, PostgreSQL where reachable. */
export async function engines(): Promise<Engine[]> {
  return (await pgReachable()) ? [sqliteEngine, postgresEngine] : [sqliteEngine];
}

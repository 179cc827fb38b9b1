// A ledger opened on a PostgreSQL server where another client drops some other schema at that moment (another team's
// ledger, another test run) still opens: the migrator's listing of every schema's tables can fail for the schema
// being dropped, and that error, about a schema not ours, is tried again.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { dropSchemas, PG_URL, pgReachable } from "./engines.js";

const reachable = await pgReachable();
const tag = `armsflow_test_${process.pid}_${Date.now()}_race`;

describe.skipIf(!reachable)("opening a ledger while other schemas are dropped", () => {
  const ours: string[] = [];
  afterAll(async () => {
    await dropSchemas(ours);
  });

  it("opens every ledger, whatever other schemas vanish meanwhile", async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const others = Array.from({ length: 40 }, (_, i) => `${tag}_other${i}`);
    try {
      for (const name of others) await admin.query(`create schema "${name}"; create table "${name}".t (id serial primary key, note text)`);
      // Drop the other schemas one by one on their own connection while the ledgers open.
      const dropping = (async () => {
        for (const name of others) await admin.query(`drop schema if exists "${name}" cascade`);
      })();
      const opened = await Promise.all(
        Array.from({ length: 6 }, async (_, i) => {
          const schema = `${tag}_ledger${i}`;
          ours.push(schema);
          const store = await openStore({ databaseUrl: PG_URL, schema });
          await store.close();
          return schema;
        }),
      );
      await dropping;
      expect(opened).toHaveLength(6);
    } finally {
      await dropSchemas(others);
      await admin.end();
    }
  }, 120_000);
});

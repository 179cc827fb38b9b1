// Several processes opening one new PostgreSQL ledger at the same moment (workers started together) all get it:
// the schema and its migrations are made once, and nobody fails on the race to create them.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { PG_URL, pgReachable } from "./engines.js";

const schema = `armsflow_test_together_${process.pid}_${Date.now()}`;

afterAll(async () => {
  if (!(await pgReachable())) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

describe("opening one new PostgreSQL ledger from several stores at once", () => {
  it("gives every opener the same migrated ledger", async (ctx) => {
    if (!(await pgReachable())) return ctx.skip();
    // Rounds, since a race need not show on the first try: each round on a schema of its own.
    for (let round = 0; round < 8; round++) {
      const name = `${schema}_${round}`;
      const opened = await Promise.allSettled(Array.from({ length: 12 }, () => openStore({ databaseUrl: PG_URL, schema: name })));
      const failures = opened.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
      expect(failures).toEqual([]);
      const stores = opened.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof openStore>>>).value);
      const counts = await Promise.all(stores.map(async (s) => await s.countDocuments()));
      expect(counts).toEqual(Array(12).fill(0));
      await Promise.all(stores.map((s) => s.close()));
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${name}" cascade`);
      await client.end();
    }
  });
});

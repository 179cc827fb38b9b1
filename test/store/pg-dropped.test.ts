// PostgreSQL connections dropped under the store (a server restart, an idle kill,
// pg_terminate_backend): the process does not die, the next call reconnects and the work is done.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { KyselyStore } from "../../src/store/open-store.js";
import { PG_URL, pgReachable, postgresEngine } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const reachable = await pgReachable();

/** The backend pids of every connection the store's pool holds (asked on as many connections at once as it has). */
async function poolPids(store: KyselyStore): Promise<number[]> {
  const rows = await Promise.all(Array.from({ length: 4 }, () => sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`.execute(store.db)));
  return [...new Set(rows.map((r) => Number(r.rows[0].pid)))];
}

/** Ends those backends from another connection, as an administrator or a restart would. */
async function terminate(pids: number[]): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    for (const pid of pids) await admin.query("select pg_terminate_backend($1)", [pid]);
  } finally {
    await admin.end();
  }
}

const doc = (i: number) =>
  makeDoc({ id: `dropped-${i}`, published: "2024-03-0" + (i + 1), outlet: "Harbour Post" }, [`Officials said ${100 + i} containers moved from PRK to RUS.`], [
    { evidence: `Officials said ${100 + i} containers moved from PRK to RUS.`, quantity: { value: 100 + i, unit: "containers" }, org: "officials" },
  ]);

describe.skipIf(!reachable)("PostgreSQL connections terminated", () => {
  let opened: Awaited<ReturnType<typeof postgresEngine.open>>;
  let store: KyselyStore;
  const unhandled: unknown[] = [];
  const onError = (e: unknown) => unhandled.push(e);
  beforeAll(async () => {
    process.on("uncaughtException", onError);
    process.on("unhandledRejection", onError);
    opened = await postgresEngine.open();
    store = opened.store as KyselyStore;
  });
  afterAll(async () => {
    process.off("uncaughtException", onError);
    process.off("unhandledRejection", onError);
    await opened?.dispose();
  });

  it("idle connections killed: no crash, the next write and read reconnect", async () => {
    await store.putDocument(doc(0));
    await terminate(await poolPids(store));
    await new Promise((r) => setTimeout(r, 200)); // the pool hears of it while idle
    expect((await store.putDocument(doc(1))).status).toBe("stored");
    expect(await store.countDocuments()).toBe(2);
    expect(unhandled).toEqual([]);
  });

  it("connections killed again and again: every document is stored once", async () => {
    for (let i = 2; i < 6; i++) {
      await terminate(await poolPids(store));
      // No pause: the pool may hand out a connection whose end it has not heard of yet.
      expect((await store.putDocument(doc(i))).status).toBe("stored");
    }
    expect(await store.countDocuments()).toBe(6);
    expect((await store.listClaims()).length).toBe(6);
    expect(unhandled).toEqual([]);
  });
});

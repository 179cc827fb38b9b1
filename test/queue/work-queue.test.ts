// The queue worked in-process (pg-boss on PostgreSQL, ledger in a SQLite file): a worker that has just finished a
// document takes the next one at once, and waits its polling interval only on an empty queue. The polling
// interval here is a minute: a worker that waited it after every document would need four minutes for five
// documents, far past this test's limit. A page that cannot be read is parked after three attempts. A worker takes
// the next document while it stores one.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InputFile } from "../../src/ingest/read-files.js";
import { addDocuments, openQueue, queueStatus, workQueue } from "../../src/queue/pg-queue.js";
import { openStore } from "../../src/store/open-store.js";
import { dropSchemas, PG_URL, pgReachable } from "../store/engines.js";

const schema = `armsflow_test_${process.pid}_${Date.now()}_wq`;
let reachable = false;
let dir = "";

async function* inputs(files: readonly InputFile[]): AsyncGenerator<InputFile> {
  yield* files;
}

const report = (n: number): InputFile => ({
  path: `report-${n}.txt`,
  bytes: Buffer.from(`Officials in Seoul said on Monday that North Korea had shipped ${1000 + n} containers of munitions to Russia since August.\n`),
  meta: { id: `report-${n}`, outlet: "Test Wire", published: "2024-03-0" + (n + 1) },
});

beforeAll(async () => {
  reachable = await pgReachable();
  dir = mkdtempSync(join(tmpdir(), "armsflow-work-queue-"));
});

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (!reachable) return;
  await dropSchemas(["next", "park", "ahead"].map((name) => `${schema}_${name}`));
});

const withQueue = async (name: string, fn: (boss: Awaited<ReturnType<typeof openQueue>>, store: Awaited<ReturnType<typeof openStore>>) => Promise<void>) => {
  const boss = await openQueue({ databaseUrl: PG_URL, schema: `${schema}_${name}`, maintenanceSeconds: 1 });
  const store = await openStore({ db: join(dir, `${name}.db`) });
  try {
    await store.migrate();
    await fn(boss, store);
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
};

describe("workQueue", () => {
  it("takes the next document as soon as one is done: the polling interval is for an empty queue", async (ctx) => {
    if (!reachable) return ctx.skip();
    await withQueue("next", async (boss, store) => {
      expect(await addDocuments(boss, inputs([0, 1, 2, 3, 4].map(report)))).toEqual({ added: 5, already: 0 });
      expect(await workQueue(boss, store, { untilEmpty: true, pollSeconds: 60 })).toEqual({ done: 5, failed: 0 });
      expect(await store.countDocuments()).toBe(5);
    });
  }, 45_000);

  it("takes and reads the next document while it stores one, and stores every document once", async (ctx) => {
    if (!reachable) return ctx.skip();
    await withQueue("ahead", async (boss, store) => {
      await addDocuments(boss, inputs([0, 1, 2, 3].map(report)));
      // The first write waits (up to 10 s) until the worker holds a second document: the jobs running meanwhile.
      let during = 0;
      const slow = new Proxy(store, {
        get(target, name, receiver) {
          if (name !== "putDocument") return Reflect.get(target, name, receiver);
          return async (doc: Parameters<typeof store.putDocument>[0]) => {
            if (!during) {
              const until = Date.now() + 10_000;
              while ((during = (await queueStatus(boss)).running) < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
            }
            return target.putDocument(doc);
          };
        },
      });
      expect(await workQueue(boss, slow, { untilEmpty: true, pollSeconds: 1 })).toEqual({ done: 4, failed: 0 });
      expect(during).toBe(2);
      expect(await store.countDocuments()).toBe(4);
    });
  }, 45_000);

  it("parks a page that fails three times, with its error, and stores the others", async (ctx) => {
    if (!reachable) return ctx.skip();
    await withQueue("park", async (boss, store) => {
      await addDocuments(boss, inputs([report(7), { path: "empty.txt", bytes: new Uint8Array(0), meta: { id: "empty" } }]));
      expect(await workQueue(boss, store, { untilEmpty: true, pollSeconds: 1 })).toEqual({ done: 1, failed: 3 });
      const status = await queueStatus(boss);
      expect(status).toMatchObject({ pending: 0, retry: 0, running: 0, done: 1, failed: 1 });
      expect(status.failures[0]).toMatchObject({ id: "empty", attempts: 3 });
      expect(status.failures[0].error).toMatch(/empty/i);
      expect(await store.countDocuments()).toBe(1);
    });
  }, 45_000);
});

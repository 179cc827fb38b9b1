// Writers on one PostgreSQL ledger take turns only where they meet: a document's write locks its id, its
// near-duplicate bands and the flows of its claims. Another session holds some of those locks here, as a slow
// writer would, and the test watches which writes go on and which wait.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { processDocument } from "../../src/pipeline.js";
import { flowLock } from "../../src/store/put-document.js";
import type { Store } from "../../src/store/store.js";
import { engines, PG_URL } from "./engines.js";

const list = (await engines()).filter((e) => e.name === "postgres");

function page(id: string, published: string, body: string): ArmsDocument {
  const text = `Defence desk\n\n${body}\n`;
  return processDocument({ path: `${id}.txt`, bytes: new TextEncoder().encode(text), meta: { id, outlet: "Test Wire", published, url: `https://example.test/${id}` } });
}

const flowsOf = (d: ArmsDocument) => [...new Set(d.claims.map((c) => `${c.supplier}>${c.recipient}`))].sort();

/** Settles to "done" if the write ends within `ms`, else "waiting" (the write goes on in the background). */
const within = <T>(p: Promise<T>, ms: number) => Promise.race([p.then(() => "done" as const), new Promise<"waiting">((r) => setTimeout(() => r("waiting"), ms))]);

describe.each(list)("write locks on $name", (engine) => {
  let o: Awaited<ReturnType<typeof engine.open>>;
  let store: Store;
  let holder: pg.Client;
  beforeAll(async () => {
    o = await engine.open();
    store = o.store;
    holder = new pg.Client({ connectionString: PG_URL });
    await holder.connect();
  });
  afterAll(async () => {
    await holder?.end();
    await o?.dispose();
  });

  /** Holds these locks in an open transaction of another session until `release` is called. */
  async function hold(locks: readonly string[]): Promise<() => Promise<void>> {
    await holder.query("begin");
    for (const l of locks) await holder.query("select pg_advisory_xact_lock($1::bigint)", [l]);
    return async () => void (await holder.query("commit"));
  }

  const drones = page("locks-a", "2025-03-04", "Iran delivered 200 attack drones to Russia in February, Ukrainian intelligence said on Tuesday.");
  const howitzers = page("locks-b", "2025-03-05", "Germany delivered 12 self-propelled howitzers to Ukraine last month, the defence ministry in Berlin said.");
  const moreDrones = page("locks-c", "2025-03-06", "Tehran shipped another 300 drones to Moscow in February, officials in Kyiv said on Thursday.");

  it("reads pages of two flows (the premise)", () => {
    expect(flowsOf(drones)).toEqual(["IRN>RUS"]);
    expect(flowsOf(howitzers)).toEqual(["DEU>UKR"]);
    expect(flowsOf(moreDrones)).toEqual(["IRN>RUS"]);
  });

  it("stores a page of another flow while a writer holds one flow, and makes a page of that flow wait", async () => {
    // The lock of the drones page's flow.
    const release = await hold(drones.claims.map(flowLock));
    let waiting: Promise<unknown> | null = null;
    try {
      expect(await within(store.putDocument(howitzers), 30_000)).toBe("done");
      waiting = store.putDocument(moreDrones);
      expect(await within(waiting, 1_500)).toBe("waiting");
    } finally {
      await release();
    }
    await waiting;
    const claims = await store.listClaims({ limit: 1000 });
    expect(new Set(claims.map((c) => c.doc))).toEqual(new Set(["locks-b", "locks-c"]));
  });

  it("makes a new version wait for the flows its older version's claims leave, then stores it whole", async () => {
    await store.putDocument(drones);
    // The same page corrected: now about another flow. Its older claims leave the drone flow's statements.
    const corrected = page("locks-a", "2025-03-04", "Belarus sent 40 armoured vehicles to Russia in February, Ukrainian intelligence said on Tuesday.");
    expect(flowsOf(corrected)).toEqual(["BLR>RUS"]);
    const release = await hold(drones.claims.map(flowLock));
    let waiting: Promise<unknown> | null = null;
    try {
      waiting = store.putDocument(corrected);
      expect(await within(waiting, 1_500)).toBe("waiting");
    } finally {
      await release();
    }
    expect(await waiting).toMatchObject({ status: "new-version" });
    const current = (await store.listClaims({ limit: 1000 })).filter((c) => c.doc === "locks-a");
    expect(current.map((c) => `${c.supplier}>${c.recipient}`)).toEqual(current.map(() => "BLR>RUS"));
    expect(current.length).toBeGreaterThan(0);
  });

  it("makes every write wait while the whole ledger is taken (removing a document)", async () => {
    await holder.query("begin");
    await holder.query("select pg_advisory_xact_lock($1::bigint)", [0x61726d73666c6fn.toString()]);
    const other = page("locks-d", "2025-03-07", "Poland transferred 14 tanks to Ukraine in January, the government in Warsaw said.");
    let waiting: Promise<unknown> | null = null;
    try {
      waiting = store.putDocument(other);
      expect(await within(waiting, 1_500)).toBe("waiting");
    } finally {
      await holder.query("commit");
    }
    await waiting;
  });
});

// One flow a page at a time (`/api/flows/S/R/ITEM?limit=&offset=`): pages in the flow's time order that join up to
// the whole timeline, with its total; the estimate weighs the whole flow whatever the page. The flow list leaves
// the conflict lists out unless asked (`conflicts=true`), and counts them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { makeDoc } from "../store/make-doc.js";

const line = (n: number, body: string) => `The ${body} said about ${n} containers of shells had crossed the border so far.`;
const URL = "/api/flows/PRK/RUS/artillery-ammunition";

describe("a flow's timeline by pages", () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "armsflow-flow-pages-"));
    store = await openStore({ db: join(dir, "ledger.db") });
    const bodies = ["Port Authority", "Customs Service", "Coast Guard", "Rail Board", "Harbour Police", "Border Service", "Freight Office"];
    // Seven running totals, stored in no time order; two on one day that disagree (a conflict).
    const days = ["2024-05-10", "2024-01-10", "2024-07-10", "2024-03-10", "2024-09-10", "2024-09-10", "2024-11-10"];
    const values = [5000, 2000, 6000, 3500, 8000, 14000, 9500];
    for (let i = 0; i < days.length; i++)
      await store.putDocument(makeDoc({ id: `d${i}`, outlet: "Harbour Wire", published: days[i] }, [line(values[i], bodies[i])], [
        { evidence: line(values[i], bodies[i]), org: bodies[i], country: "KOR", quantity: { value: values[i], approx: true }, cumulative: true, stated: days[i] },
      ]));
    app = await build({ store, token: "pages" });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives pages in time order that join up to the whole timeline, with the total", async () => {
    const whole = (await app.inject({ url: URL })).json();
    expect(whole.total).toBe(7);
    expect(whole.limit).toBeNull();
    const ids = whole.statements.map((s: { id: string }) => s.id);
    const pages = [];
    for (const offset of [0, 3, 6]) {
      const r = await app.inject({ url: `${URL}?limit=3&offset=${offset}` });
      expect(r.statusCode).toBe(200);
      const body = r.json();
      expect(body).toMatchObject({ total: 7, offset, limit: 3 });
      pages.push(...body.statements.map((s: { id: string }) => s.id));
      // Each statement of a page carries its reports (the sentences behind it).
      for (const s of body.statements) expect(s.reports.length).toBeGreaterThan(0);
    }
    expect(pages).toEqual(ids);
  });

  it("weighs the whole flow in the estimate whatever the page", async () => {
    const whole = (await app.inject({ url: URL })).json();
    const page = (await app.inject({ url: `${URL}?limit=2&offset=5` })).json();
    expect(page.estimate).toEqual(whole.estimate);
    expect(page.balance).toEqual(whole.balance);
    expect(page.likelihood).toEqual(whole.likelihood);
  });

  it("refuses a page size out of range with the registry's error shape", async () => {
    for (const q of ["limit=0", "limit=ten", "offset=-1"]) {
      const r = await app.inject({ url: `${URL}?${q}` });
      expect(r.statusCode, q).toBe(400);
      expect(r.json().error).toBeDefined();
    }
  });

  it("lists flows with a count of their conflicts, the lists themselves only when asked", async () => {
    const plain = (await app.inject({ url: "/api/flows" })).json().flows[0];
    const full = (await app.inject({ url: "/api/flows?conflicts=true" })).json().flows[0];
    expect(plain.conflicts).toBeUndefined();
    expect(full.conflicts.length).toBe(plain.conflict_count);
    expect(plain.conflict_count).toBeGreaterThan(0);
    // One flow's answer always carries them.
    expect((await app.inject({ url: URL })).json().flow.conflicts.length).toBe(plain.conflict_count);
  });
});

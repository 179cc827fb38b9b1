// GET /api/statements past a thousand statements: paged by limit and offset with one total, found by
// words, bounded by dates, and sorted by the server, so the dashboard never reads the whole list.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { queryStatements } from "../../src/api/statement-query.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { MANY, seedMany, shipment } from "./many-statements.js";
import { seed } from "./seed.js";

interface Row { id: string; stated: string | null; period: { start: string | null; end: string | null } | null; supplier: string | null; item: string; certainty: string; quantity: { value: number | null; unit: string } | null; reports: { evidence: string }[] }
interface Page { total: number; offset: number; limit: number; statements: Row[] }

describe("paging, finding and sorting statements on the server", () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let all: number;
  const get = async (url: string): Promise<Page> => {
    const r = await app.inject({ url });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Page;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "armsflow-paging-"));
    store = await openStore({ db: join(dir, "ledger.db") });
    await seed(store);
    await seedMany(store);
    app = await build({ store, token: "paging" });
    all = (await store.listStatements({ reports: false })).length;
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("counts every statement and reaches those past the first thousand, page by page, in one order", async () => {
    expect(all).toBeGreaterThan(MANY);
    const first = await get("/api/statements?sort=stated&dir=desc&limit=1000");
    expect([first.total, first.offset, first.limit, first.statements.length]).toEqual([all, 0, 1000, 1000]);
    const rest = await get("/api/statements?sort=stated&dir=desc&limit=1000&offset=1000");
    expect([rest.total, rest.offset, rest.statements.length]).toEqual([all, 1000, all - 1000]);
    // Pages of a hundred, put end to end, are the same list as the two big pages: nothing lost, nothing twice.
    const ids: string[] = [];
    for (let offset = 0; offset < all; offset += 100) ids.push(...(await get(`/api/statements?sort=stated&dir=desc&limit=100&offset=${offset}`)).statements.map((s) => s.id));
    expect(ids).toEqual([...first.statements, ...rest.statements].map((s) => s.id));
    expect(new Set(ids).size).toBe(all);
    // Past the end: an empty page, still with the total.
    expect(await get(`/api/statements?sort=stated&limit=100&offset=${all + 5}`)).toMatchObject({ total: all, statements: [] });
    // The store's own order (no sort asked) pages the same total.
    expect((await get("/api/statements?limit=10&offset=1100")).total).toBe(all);
  });

  it("sorts by day (undated last either way), figure within a unit, certainty and reports, ties by id", async () => {
    const day = (s: Row) => s.stated ?? s.period?.end ?? s.period?.start ?? null;
    for (const dir of ["asc", "desc"] as const) {
      const list = (await get(`/api/statements?sort=stated&dir=${dir}&limit=1000&offset=${all - 1000}`)).statements;
      const days = list.map((s) => day(s)!);
      const sorted = [...days].sort();
      expect(days).toEqual(dir === "asc" ? sorted : sorted.reverse());
    }
    // Undated statements (the store dates most by their report) come last whichever the direction.
    const undated = { ...(await store.listStatements({ limit: 1 }))[0], id: "zz-undated", stated: null, period: null };
    const dated = await store.listStatements({ limit: 3 });
    for (const dir of ["asc", "desc"] as const) expect(queryStatements([undated, ...dated], { sort: "stated", dir }).at(-1)!.id).toBe("zz-undated");
    const drones = (await get("/api/statements?item=drones&sort=figure&dir=asc&limit=1000")).statements.filter((s) => s.quantity?.unit === "drones");
    const values = drones.map((s) => s.quantity!.value!);
    expect(values.length).toBeGreaterThan(300);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const down = (await get("/api/statements?item=drones&sort=figure&dir=desc&limit=5")).statements;
    expect(down[0].quantity!.value).toBe(Math.max(...values));
    const sure = (await get("/api/statements?sort=certainty&dir=desc&limit=1")).statements[0];
    expect(sure.certainty).not.toBe("asserted");
    const most = (await get("/api/statements?sort=reports&dir=desc&limit=1")).statements[0];
    expect(most.reports.length).toBeGreaterThan(1);
  });

  it("finds statements by every word, in states' names, the source and the sentence, before paging", async () => {
    const one = shipment(1042);
    const hit = await get(`/api/statements?q=${encodeURIComponent(`manifest ${1042}.`)}`);
    expect(hit.total).toBe(1);
    expect(hit.statements[0].reports[0].evidence).toBe(one.sentence);
    // Case and order of the words do not matter; every word must be there.
    const droneShipments = Array.from({ length: MANY }, (_, i) => shipment(i)).filter((s) => s.item === "drones").length;
    expect((await get(`/api/statements?q=${encodeURIComponent("QUADCOPTERS nampo")}&limit=1`)).total).toBe(droneShipments);
    const quad = await get(`/api/statements?q=${encodeURIComponent("quadcopters Nampo")}&limit=50&offset=300`);
    expect(quad.total).toBe((await get("/api/statements?item=drones&q=nampo&limit=1")).total);
    expect(quad.statements.every((s) => s.reports[0].evidence.includes("quadcopters"))).toBe(true);
    expect((await get(`/api/statements?q=${encodeURIComponent("quadcopters wheat")}`)).total).toBe(0);
    // A state by its name or its code; the seed's statements on North Korea, not only the bulletins.
    const byName = await get(`/api/statements?q=${encodeURIComponent("north korea")}&limit=1`);
    const byCode = await get("/api/statements?q=prk&limit=1");
    expect(byName.total).toBe(byCode.total);
    expect(byName.total).toBe(all);
    // A source's name; the words combine with the store's filters.
    expect((await get(`/api/statements?q=${encodeURIComponent("Park Jae-ho")}`)).total).toBeGreaterThan(0);
    expect((await get(`/api/statements?q=${encodeURIComponent("Park Jae-ho")}&item=food`)).total).toBe(0);
  });

  it("bounds by a date range on the day stated, with since and until", async () => {
    const range = await get("/api/statements?since=2022-03-01&until=2022-06-30&sort=stated&limit=1000");
    expect(range.total).toBeGreaterThan(50);
    expect(range.statements.every((s) => s.stated !== null && s.stated >= "2022-03-01" && s.stated.slice(0, 10) <= "2022-06-30")).toBe(true);
    const expected = (await store.listStatements({ reports: false })).filter((s) => s.stated !== null && s.stated >= "2022-03-01" && s.stated.slice(0, 10) <= "2022-06-30").length;
    expect(range.total).toBe(expected);
  });

  it("refuses an unknown order, direction or day, and describes the new parameters", async () => {
    for (const url of ["/api/statements?sort=price", "/api/statements?dir=up", "/api/statements?until=soon", `/api/statements?q=${"x".repeat(201)}`]) {
      const r = await app.inject({ url });
      expect([r.statusCode, r.json().error.code], url).toEqual([400, "BAD_REQUEST"]);
    }
    const spec = (await app.inject({ url: "/api/openapi.json" })).json();
    const names = (spec.paths["/api/statements"].get.parameters as { name: string }[]).map((p) => p.name);
    for (const name of ["q", "until", "sort", "dir", "limit", "offset"]) expect(names).toContain(name);
  });
});

// In-process (inject), on SQLite and PostgreSQL: /api/statements counts what matches whatever the page,
// and a flow's estimate curve says which stated figures its band leaves outside, and why.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import type { Store } from "../../src/store/store.js";
import { engines } from "../store/engines.js";
import { makeDoc } from "../store/make-doc.js";
import { seed } from "./seed.js";

const GRAIN = 130;

async function seedMore(store: Store): Promise<void> {
  await seed(store);
  for (let i = 0; i < GRAIN; i++) {
    const sentence = `Port records show ${500 + i} tonnes of wheat loaded for Pyongyang in consignment ${i}.`;
    const month = String((i % 12) + 1).padStart(2, "0");
    await store.putDocument(makeDoc({ id: `wheat-${i}`, outlet: "Port Records", title: `Wheat ${i}`, published: `2023-${month}-25` }, [sentence],
      [{ evidence: sentence, supplier: "RUS", recipient: "PRK", item: "food", quantity: { value: 500 + i, unit: "tonnes" }, org: `Harbour Office ${i}`, stated: `2023-${month}-${String(1 + Math.floor(i / 12)).padStart(2, "0")}` }]));
  }
  // Drones, Iran to Russia: running totals of 100 and 300, and one source's 2,000 between them: the band
  // keeps to what the 2,000 proves, so the later 300 lies below it.
  const told: [string, string, number, boolean, string][] = [
    ["drone-a", "A monitoring group counted 100 attack drones delivered to Moscow so far.", 100, true, "2023-01-10"],
    ["drone-b", "An exile outlet claimed that 2,000 drones had already reached Russian units.", 2000, true, "2023-03-10"],
    ["drone-c", "The monitoring group now counts 300 drones delivered in all.", 300, true, "2023-06-10"],
  ];
  for (const [id, sentence, value, cumulative, stated] of told) {
    await store.putDocument(makeDoc({ id, outlet: `Outlet ${id}`, title: id, published: stated }, [sentence],
      [{ evidence: sentence, supplier: "IRN", recipient: "RUS", item: "drones", quantity: { value, unit: "drones" }, org: id === "drone-b" ? "Exile Outlet" : "Monitoring Group", stated, cumulative }]));
  }
}

for (const engine of await engines()) {
  describe.skipIf(engine.absent === true)(`statement totals and band reasons on ${engine.name}`, () => {
    let app: FastifyInstance;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      const opened = await engine.open();
      dispose = opened.dispose;
      await seedMore(opened.store);
      app = await build({ store: opened.store, token: "t" });
    });
    afterAll(async () => {
      await app?.close();
      await dispose?.();
    });
    const get = async (url: string) => (await app.inject({ url })).json();

    it("gives the total that matches the filters, the same on every page", async () => {
      const all = (await get("/api/statements?limit=1000")).statements.length as number;
      expect(all).toBeGreaterThan(GRAIN);
      const first = await get("/api/statements?limit=100");
      expect(first.statements).toHaveLength(100);
      expect(first.total).toBe(all);
      const second = await get("/api/statements?limit=100&offset=100");
      expect(second.total).toBe(all);
      expect(second.statements).toHaveLength(all - 100);
      const food = await get("/api/statements?item=food&limit=50&offset=50");
      expect(food.total).toBe(GRAIN);
      expect((await get("/api/statements?item=food&limit=50&offset=200")).total).toBe(GRAIN);
      expect(await get("/api/statements?state=FRA")).toEqual({ total: 0, offset: 0, limit: 100, statements: [] });
    });

    it("says which stated figures the band leaves outside, on which side, and why", async () => {
      const body = await get("/api/flows/IRN/RUS/drones");
      const curve = body.estimate.find((c: { unit: string }) => c.unit === "drones");
      expect(curve.outside).not.toBeNull();
      const sides = Object.fromEntries(curve.outside.statements.map((o: { statement: string; side: string; kind: string }) => [body.statements.find((s: { id: string }) => s.id === o.statement).quantity.value, `${o.side}:${o.kind}`]));
      expect(sides[300]).toBe("below:earlier-higher");
      expect(sides[100]).toBeUndefined();
      expect(curve.outside.note).toMatch(/^The band leaves \d stated figures? (outside it|below it)/);
      expect(curve.outside.note).toMatch(/below what earlier figures already prove/);
      const reason = curve.outside.reasons.find((r: { kind: string }) => r.kind === "earlier-higher");
      expect(reason.below).toBeGreaterThanOrEqual(1);
    });

    it("gives no reason where every figure touches the band", async () => {
      const body = await get("/api/flows/RUS/PRK/oil-fuel");
      for (const c of body.estimate) expect(c.outside ?? null).toBeNull();
    });
  });
}

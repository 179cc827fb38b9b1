// One page of a flow at scale: the answer carries only the conflicts its statements are part of (all of them when
// asked), no curves inside the balance, and the whole-flow weighing (estimate, likelihood, balance) is computed once
// for each state of the ledger, recomputed after a write. The sources' grading is kept the same way. The documents'
// list, newest first, reads an index in its own order (no sort of the ledger), on SQLite and PostgreSQL.
import type { FastifyInstance } from "fastify";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import type { Statement } from "../../src/core/ledger.js";
import { estimateFlowCurves } from "../../src/estimate/index.js";
import { documentsQuery } from "../../src/store/read-ledger.js";
import type { Database } from "../../src/store/schema.js";
import type { Store } from "../../src/store/store.js";
import { engines } from "../store/engines.js";
import { makeDoc } from "../store/make-doc.js";

const URL = "/api/flows/PRK/RUS/artillery-ammunition";
const TOKEN = "fast-pages";
const tally = (n: number, body: string) => `Officers of the ${body} counted roughly ${n} freight containers of shells moved north up to then.`;
const bodies = ["Port Authority", "Customs Service", "Coast Guard", "Rail Board", "Harbour Police", "Border Service", "Freight Office"];
// Seven running totals in no time order; the two of 10 September disagree (a conflict), the early ones agree.
const days = ["2024-05-10", "2024-01-10", "2024-07-10", "2024-03-10", "2024-09-10", "2024-09-10", "2024-11-10"];
const values = [5000, 2000, 6000, 3500, 8000, 14000, 16000];

function totalDoc(i: number, day: string, value: number, body: string) {
  return makeDoc({ id: `fast-${i}`, outlet: "Quay Courier", published: day }, [tally(value, body)], [
    { evidence: tally(value, body), org: body, country: "KOR", quantity: { value, approx: true }, cumulative: true, stated: day },
  ]);
}

const oilLine = "Tankers unloaded close to 200,000 barrels of Russian diesel at a northern port over the winter, a monitoring group said.";
const oilDoc = makeDoc({ id: "fast-oil", outlet: "Quay Courier", published: "2024-03-02" }, [oilLine], [
  { evidence: oilLine, supplier: "RUS", recipient: "PRK", item: "oil-fuel", quantity: { value: 200_000, unit: "barrels", approx: true }, org: "Sea Watch Group", stated: "2024-03-01", cumulative: true },
]);

for (const engine of await engines()) {
  describe.skipIf(engine.absent === true)(`a flow page at scale on ${engine.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let app: FastifyInstance;
    let cached: FastifyInstance;
    let curves = 0;
    let grades = 0;

    beforeAll(async () => {
      ({ store, dispose } = await engine.open());
      for (let i = 0; i < days.length; i++) await store.putDocument(totalDoc(i, days[i], values[i], bodies[i]));
      await store.putDocument(oilDoc);
      const counting = {
        flowCurves: (s: readonly Statement[]) => {
          curves++;
          return estimateFlowCurves(s);
        },
      };
      // cacheMs 0: nothing is kept for a time, so what is kept across reads is kept by the ledger's stamp alone.
      app = await build({ store, token: TOKEN, cacheMs: 0, engine: counting });
      cached = await build({ store, token: TOKEN, engine: counting });
    });
    afterAll(async () => {
      await app?.close();
      await cached?.close();
      await dispose?.();
    });

    it("lists on a page only the conflicts of its statements, all or none when asked, all for the whole timeline", async () => {
      const whole = (await app.inject({ url: URL })).json();
      const all = whole.flow.conflicts as { figures: { statement: string }[] }[];
      expect(all.length).toBeGreaterThan(0);
      expect(whole.flow.conflict_count).toBe(all.length);
      const touching = (ids: Set<string>) => all.filter((c) => c.figures.some((f) => ids.has(f.statement)));
      // The first page holds the early totals, which agree: no conflict is listed, the count still says how many.
      const first = (await app.inject({ url: `${URL}?limit=2` })).json();
      expect(first.flow.conflict_count).toBe(all.length);
      expect(first.flow.conflicts ?? []).toEqual(touching(new Set(first.statements.map((s: Statement) => s.id))));
      expect(first.flow.conflicts ?? []).toHaveLength(0);
      // The page of 10 September lists the conflict its figures are part of.
      const late = (await app.inject({ url: `${URL}?limit=3&offset=4` })).json();
      const onPage = new Set<string>(late.statements.map((s: Statement) => s.id));
      expect(late.flow.conflicts.length).toBeGreaterThan(0);
      expect(late.flow.conflicts).toEqual(touching(onPage));
      expect((await app.inject({ url: `${URL}?limit=2&conflicts=true` })).json().flow.conflicts).toEqual(all);
      const none = (await app.inject({ url: `${URL}?limit=3&offset=4&conflicts=false` })).json();
      expect(none.flow.conflicts).toBeUndefined();
      expect(none.flow.conflict_count).toBe(all.length);
    });

    it("answers the balance and the reverse flows without curves or conflict lists", async () => {
      const page = (await app.inject({ url: `${URL}?limit=2` })).json();
      expect(page.reverse.flows.map((f: { item: string }) => f.item)).toEqual(["oil-fuel"]);
      for (const f of page.reverse.flows) {
        expect(f.conflicts).toBeUndefined();
        expect(f.conflict_count).toBe(0);
      }
      const lines = [...page.balance.forward.lines, ...page.balance.reverse.lines];
      expect(lines.length).toBe(2);
      for (const l of lines) {
        expect(l.curve).toBeUndefined();
        expect(l.latest.median).toBeGreaterThan(0);
      }
      // The forward curve is the answer's estimate.
      expect(page.estimate[0].points.length).toBeGreaterThan(1);
    });

    it("weighs the whole flow once for two pages, and again after a new document", async () => {
      await app.inject({ url: `${URL}?limit=2` });
      const before = curves;
      const a = (await app.inject({ url: `${URL}?limit=2` })).json();
      const b = (await app.inject({ url: `${URL}?limit=2&offset=2` })).json();
      expect(curves).toBe(before);
      expect(b.estimate).toEqual(a.estimate);
      // A report stored by another writer (straight into the store, as `armsflow ingest` would): the ledger's stamp
      // changes, and the next page is weighed anew, with the new figure.
      await store.putDocument(totalDoc(7, "2024-12-20", 21000, "Grain Office"));
      const c = (await app.inject({ url: `${URL}?limit=2` })).json();
      expect(curves).toBe(before + 1);
      expect(c.total).toBe(a.total + 1);
      expect(c.estimate).not.toEqual(a.estimate);
      await app.inject({ url: `${URL}?limit=2&offset=4` });
      expect(curves).toBe(before + 1);
    });

    it("weighs again after a removal through the API, which clears what the server kept", async () => {
      await store.putDocument(totalDoc(9, "2025-02-10", 24000, "Lock Keepers"));
      const a = (await cached.inject({ url: `${URL}?limit=2` })).json();
      const before = curves;
      await cached.inject({ url: `${URL}?limit=2&offset=2` });
      expect(curves).toBe(before);
      const removed = await cached.inject({ method: "DELETE", url: "/api/documents/fast-9", headers: { authorization: `Bearer ${TOKEN}` } });
      expect(removed.statusCode).toBe(200);
      const b = (await cached.inject({ url: `${URL}?limit=2` })).json();
      expect(curves).toBe(before + 1);
      expect(b.total).toBe(a.total - 1);
    });

    it("keeps the sources' grading while the ledger is unchanged, and grades again after a write", async () => {
      const counted = await build({
        store, token: TOKEN, cacheMs: 0,
        engine: { gradeSources: (s, r) => (grades++, r.map((x) => ({ speaker: x.speaker, org: x.org, country: x.country, grade: "B2", reasons: [`seen ${s.length}`] }))) },
      });
      try {
        const first = (await counted.inject({ url: "/api/sources" })).json();
        await counted.inject({ url: "/api/sources" });
        expect(grades).toBe(1);
        await store.putDocument(totalDoc(8, "2025-01-15", 23000, "Salt Office"));
        const again = (await counted.inject({ url: "/api/sources" })).json();
        expect(grades).toBe(2);
        expect(again.sources.length).toBe(first.sources.length + 1);
      } finally {
        await counted.close();
      }
    });

    it("reads the documents newest first from an index in the list's own order (no sort)", async () => {
      const db = (store as unknown as { db: Kysely<Database> }).db;
      const query = documentsQuery(db, { newest: true, limit: 50 }).compile();
      let plan: string;
      if (engine.name === "sqlite") {
        let n = 0;
        const text = query.sql.replace(/\?/g, () => String(query.parameters[n++]));
        const rows = (await sql.raw<{ detail: string }>(`explain query plan ${text}`).execute(db)).rows;
        plan = rows.map((r) => r.detail).join("\n");
        expect(plan).toMatch(/USING (COVERING )?INDEX documents_newest/);
        expect(plan).not.toMatch(/TEMP B-TREE/);
      } else {
        // A table this small is read whole: with sequential scans off, the plan says what the index can do.
        plan = await db.connection().execute(async (c) => {
          await sql`set enable_seqscan = off`.execute(c);
          try {
            let n = 0;
            const text = query.sql.replace(/\$\d+/g, () => String(query.parameters[n++]));
            return (await sql.raw<{ "QUERY PLAN": string }>(`explain ${text}`).execute(c)).rows.map((r) => r["QUERY PLAN"]).join("\n");
          } finally {
            await sql`reset enable_seqscan`.execute(c);
          }
        });
        expect(plan).toMatch(/Index Scan Backward using documents_newest/);
        expect(plan).not.toMatch(/Sort/);
      }
      // And the list is still newest ingested first.
      const listed = await store.listDocuments({ newest: true, limit: 4 });
      expect(listed[0].id).toBe("fast-8");
      expect(listed.map((d) => d.ingested_at)).toEqual(listed.map((d) => d.ingested_at).sort().reverse());
    });
  });
}

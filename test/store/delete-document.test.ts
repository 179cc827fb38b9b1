// Removing a document: the ledger afterwards is the one built without it (statements, their members and
// carriers, near-duplicate groups, flows, sources), `armsflow check` finds nothing, on every engine.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkLedger } from "../../src/cli/check-ledger.js";
import type { ArmsDocument } from "../../src/core/document.js";
import { readInputs } from "../../src/ingest/read-files.js";
import { processDocument } from "../../src/pipeline.js";
import type { KyselyStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { CORPUS } from "../corpus/corpus-pages.js";
import { engines, type Engine } from "./engines.js";
import { generateReport } from "./generate-reports.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

/** Everything a reader or `check` sees, as comparable text (the flow summaries' cache left out). */
async function picture(store: Store): Promise<Record<string, unknown>> {
  const db = (store as KyselyStore).db;
  return {
    documents: (await db.selectFrom("documents").select(["key", "id", "current", "grp"]).orderBy("key").execute()).map((r) => ({ ...r, current: Number(r.current) })),
    claims: (await db.selectFrom("claims").select(["key", "statement", "current"]).orderBy("key").execute()).map((r) => ({ ...r, current: Number(r.current) })),
    statements: (await db.selectFrom("statements").selectAll().orderBy("id").execute()).map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" || typeof v === "number" ? Number(v) : v]).sort())),
    sources: (await db.selectFrom("sources").select("id").orderBy("id").execute()).map((r) => r.id),
    flows: JSON.stringify(await store.listFlows()),
  };
}

async function sound(store: Store, engine: Engine): Promise<void> {
  const report = await checkLedger((store as KyselyStore).db, engine.name === "postgres" ? "postgres" : "sqlite");
  expect(report.findings).toEqual([]);
  expect(report.ok).toBe(true);
}

const briefing = (id: string, outlet: string, published: string, extra = "") =>
  makeDoc({ id, outlet, published, url: `https://${outlet.toLowerCase().replace(/\W+/g, "")}.example/${id}` }, [
    `Deputy minister Oh Tae-sik told reporters that about 3,100 containers of shells had gone north by rail.${extra}`,
    "Satellite pictures showed wagons parked near the crossing.",
  ], [
    { evidence: "Deputy minister Oh Tae-sik told reporters that about 3,100 containers of shells had gone north by rail.", speaker: "Oh Tae-sik", org: "Ministry of National Defense", country: "KOR", quantity: { value: 3100, approx: true }, cumulative: true },
  ]);

const BRIEFINGS = [
  briefing("a", "Daily Wire", "2024-03-04"),
  briefing("b", "Morning Ledger", "2024-03-05", " The ministry gave no further detail."),
  briefing("c", "Coast Herald", "2024-03-06", " Residents counted more trains than last month."),
];

describe.each(list)("deleting a document on $name", (engine: Engine) => {
  const opened: Awaited<ReturnType<Engine["open"]>>[] = [];
  const open = async (docs: readonly ArmsDocument[] = []) => {
    const o = await engine.open();
    opened.push(o);
    for (const d of docs) await o.store.putDocument(d);
    return o.store;
  };
  afterEach(async () => {
    for (const o of opened.splice(0)) await o.dispose();
  });

  it("leaves a statement told by three reports with the other two, as if the one had never come", async () => {
    for (const gone of ["a", "b", "c"]) {
      const store = await open(BRIEFINGS);
      const result = await store.deleteDocument({ id: gone });
      expect(result).toEqual({ status: "deleted", id: gone, versions: 1, claims: 1, statements: { changed: 1, removed: 0 } });
      const [statement] = await store.listStatements();
      expect(statement.reports.map((r) => r.doc)).toEqual(["a", "b", "c"].filter((d) => d !== gone));
      await sound(store, engine);
      expect(await picture(store)).toEqual(await picture(await open(BRIEFINGS.filter((d) => d.meta.id !== gone))));
    }
  });

  it("removes a document's every version, the statements only it carried and the sources only it named", async () => {
    const store = await open([BRIEFINGS[0]]);
    const changed = makeDoc({ id: "a", outlet: "Daily Wire", published: "2024-03-04" }, ["Oh Tae-sik later put the count at 3,600 containers."], [
      { evidence: "Oh Tae-sik later put the count at 3,600 containers.", speaker: "Oh Tae-sik", country: "KOR", quantity: { value: 3600 } },
    ]);
    expect((await store.putDocument(changed)).status).toBe("new-version");
    expect(await store.deleteDocument({ id: "a" })).toEqual({ status: "deleted", id: "a", versions: 2, claims: 2, statements: { changed: 0, removed: 1 } });
    expect(await store.getDocument("a")).toBeNull();
    expect(await store.countDocuments()).toBe(0);
    expect(await store.listStatements()).toEqual([]);
    expect(await store.listFlows()).toEqual([]);
    expect(await store.listSources()).toEqual([]);
    expect(await (store as KyselyStore).db.selectFrom("sources").select("id").execute()).toEqual([]);
    await sound(store, engine);
    // The same id can come again, as version 1.
    expect(await store.putDocument(BRIEFINGS[0])).toMatchObject({ status: "stored", key: "a@1" });
  });

  it("finds a document by its address, and refuses an address several documents carry", async () => {
    const store = await open(BRIEFINGS);
    expect(await store.deleteDocument({ url: "https://morningledger.example/b" })).toMatchObject({ status: "deleted", id: "b" });
    expect(await store.deleteDocument({ url: "https://morningledger.example/b" })).toEqual({ status: "not-found" });
    expect(await store.deleteDocument({ id: "nothing-here" })).toEqual({ status: "not-found" });
    await store.putDocument(makeDoc({ id: "twin", outlet: "Daily Wire", url: "https://dailywire.example/a", published: "2024-03-09" }, ["No figures today."], []));
    expect(await store.deleteDocument({ url: "https://dailywire.example/a" })).toEqual({ status: "ambiguous", ids: ["a", "twin"] });
    expect(await store.countDocuments()).toBe(3);
  });

  it("keeps generated briefings as a ledger built without the deleted ones", async () => {
    const docs = Array.from({ length: 25 }, (_, i) => {
      const r = generateReport(i);
      return makeDoc(r.meta, r.sentences, r.claims);
    });
    const gone = new Set(docs.filter((_, i) => i % 4 === 1).map((d) => d.meta.id));
    const store = await open(docs);
    for (const id of gone) expect((await store.deleteDocument({ id })).status).toBe("deleted");
    await sound(store, engine);
    expect(await picture(store)).toEqual(await picture(await open(docs.filter((d) => !gone.has(d.meta.id)))));
  });
});

describe("deleting from the demo corpus", () => {
  let docs: ArmsDocument[] = [];
  // Reports of 2024 up to September: a busy briefing, a near-duplicate pair (the copy founded the group), a
  // page with many statements.
  const GONE = ["2024-02-26-yonhap-shin-6700-containers", "2024-08-27-korea-bizwire-dia-13000-copy", "2024-05-18-lbc-kim-yo-jong-absurd"];
  beforeAll(async () => {
    for await (const input of readInputs([CORPUS])) {
      if (input.meta.id?.startsWith("2024-0")) docs.push(await processDocument(input));
    }
    docs = docs.sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  }, 120_000);

  describe.each(list)("on $name", (engine: Engine) => {
    const opened: Awaited<ReturnType<Engine["open"]>>[] = [];
    afterEach(async () => {
      for (const o of opened.splice(0)) await o.dispose();
    });

    it("gives the ledger built without the deleted reports, near-duplicate groups included", async () => {
      expect(GONE.every((id) => docs.some((d) => d.meta.id === id))).toBe(true);
      const a = await engine.open();
      opened.push(a);
      for (const d of docs) await a.store.putDocument(d);
      const grouped = await (a.store as KyselyStore).db.selectFrom("documents").select("id").where("grp", "is not", null).execute();
      expect(grouped.length).toBeGreaterThanOrEqual(2);
      for (const id of GONE) expect(await a.store.deleteDocument({ id })).toMatchObject({ status: "deleted", id });
      await sound(a.store, engine);
      const b = await engine.open();
      opened.push(b);
      for (const d of docs) if (!GONE.includes(d.meta.id)) await b.store.putDocument(d);
      expect(await picture(a.store)).toEqual(await picture(b.store));
    }, 300_000);
  });
});

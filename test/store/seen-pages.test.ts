// Pages that give no claim are recorded as seen only (hash and metadata, no text, no raw page), on every engine;
// `keepEmpty` keeps them whole. Re-ingesting one is still "unchanged", a changed one still a new version.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { checkLedger } from "../../src/cli/check-ledger.js";
import { openStore, type KyselyStore } from "../../src/store/open-store.js";
import { engines, type Engine } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

const notice = (id: string, extra = "") =>
  makeDoc({ id, outlet: "Valley Gazette", title: "Road works", published: "2024-07-02", url: `https://valley.example/${id}` }, [
    `The county will resurface the old mill road over three weekends in August.${extra}`,
    "Detours are signposted from the bridge.",
  ], []);
const withClaim = (id: string) =>
  makeDoc({ id, outlet: "Valley Gazette", published: "2024-07-03" }, ["An aide to Lin Ha said some 900 crates had reached the depot."], [
    { evidence: "An aide to Lin Ha said some 900 crates had reached the depot.", speaker: "Lin Ha", country: "VNM", quantity: { value: 900, approx: true } },
  ]);

describe.each(list)("pages seen only on $name", (engine: Engine) => {
  let store: KyselyStore;
  let opened: Awaited<ReturnType<Engine["open"]>>;
  beforeEach(async () => {
    opened = await engine.open();
    store = opened.store as KyselyStore;
  });
  afterEach(async () => {
    const o = opened;
    opened = undefined as never;
    await o?.dispose();
  });

  const row = (id: string) => store.db.selectFrom("documents").selectAll().where("id", "=", id).where("current", "=", 1).executeTakeFirstOrThrow();
  const bands = async (id: string) => Number((await sql<{ n: number }>`select count(*) as n from doc_bands b join documents d on d.key = b.doc_key where d.id = ${id}`.execute(store.db)).rows[0].n);

  it("records a page without claims as seen: hash and metadata kept, no text, no raw page, no bands", async () => {
    const doc = notice("n1");
    expect(await store.putDocument(doc)).toMatchObject({ status: "stored", key: "n1@1", claims: 0 });
    const got = await store.getDocument("n1");
    expect(got).toMatchObject({ id: "n1", seen: true, text: "", raw: "", outlet: "Valley Gazette", title: "Road works", published: "2024-07-02", url: "https://valley.example/n1" });
    expect(got!.hash).toBe(doc.hash || (await row("n1")).hash);
    expect(got!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await row("n1")).seen).toBe(1);
    expect(await bands("n1")).toBe(0);
    expect(await store.countDocuments()).toBe(1);
  });

  it("keeps such a page unchanged when ingested again, and makes a changed one a new version", async () => {
    await store.putDocument(notice("n2"));
    expect((await store.putDocument(notice("n2"))).status).toBe("unchanged");
    expect(await store.putDocument(notice("n2", " Buses keep their stops."))).toMatchObject({ status: "new-version", key: "n2@2" });
    expect((await store.getDocument("n2"))?.seen).toBe(true);
    expect((await store.putDocument(notice("n2", " Buses keep their stops."))).status).toBe("unchanged");
  });

  it("stores a page whole again once a new version of it gives a claim", async () => {
    await store.putDocument(notice("n3"));
    const changed = withClaim("n3");
    expect(await store.putDocument(changed)).toMatchObject({ status: "new-version", claims: 1 });
    const got = await store.getDocument("n3");
    expect(got).toMatchObject({ seen: false, text: changed.text });
    expect(await store.listStatements()).toHaveLength(1);
    expect(await bands("n3")).toBeGreaterThan(0);
  });

  it("keeps a page without claims whole with keepEmpty", async () => {
    const doc = notice("n4");
    await store.putDocument(doc, { keepEmpty: true });
    expect(await store.getDocument("n4")).toMatchObject({ seen: false, text: doc.text, raw: doc.text });
    expect(await bands("n4")).toBeGreaterThan(0);
  });

  it("keeps whole every page of a store opened with keepEmpty", async () => {
    const kept = await openStore({ ...opened.options, keepEmpty: true });
    try {
      await kept.putDocument(notice("n5"));
      expect(await kept.getDocument("n5")).toMatchObject({ seen: false, text: notice("n5").text });
    } finally {
      await kept.close();
    }
  });

  it("removes a seen page, and checks clean with seen pages among whole ones", async () => {
    await store.putDocument(notice("n6"));
    await store.putDocument(withClaim("w1"));
    await store.putDocument(notice("n7"));
    expect((await checkLedger(store.db, engine.name === "postgres" ? "postgres" : "sqlite")).findings).toEqual([]);
    expect(await store.deleteDocument({ id: "n6" })).toMatchObject({ status: "deleted", versions: 1, claims: 0 });
    expect(await store.getDocument("n6")).toBeNull();
    expect(await store.countDocuments()).toBe(2);
  });

  it("reads documents stored before seen pages existed as whole (the migration adds the column, 0 for old rows)", async () => {
    await store.putDocument(notice("old"), { keepEmpty: true });
    await sql`drop index if exists claims_flow_speaker`.execute(store.db); // made by 0008, which runs again
    await sql`alter table claims drop column speaker_key`.execute(store.db);
    await sql`drop index if exists claims_flow_act`.execute(store.db); // made by 0009, which runs again
    await sql`alter table claims drop column act_lo`.execute(store.db);
    await sql`alter table claims drop column act_hi`.execute(store.db);
    await sql`delete from kysely_migration where name >= '0007-documents-seen'`.execute(store.db);
    await sql`alter table claims drop column q_per`.execute(store.db); // added by 0011, which runs again
    await sql`alter table documents drop column seen`.execute(store.db);
    const again = await openStore(opened.options);
    try {
      expect(await again.getDocument("old")).toMatchObject({ seen: false, text: notice("old").text });
      await again.putDocument(notice("new"));
      expect(await again.getDocument("new")).toMatchObject({ seen: true, text: "" });
    } finally {
      await again.close();
    }
  });
});

// `armsflow check`: a sound ledger passes; each kind of damage is named, and the command exits 1.
import { spawnSync } from "node:child_process";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLedger } from "../../src/cli/check-ledger.js";
import type { KyselyStore } from "../../src/store/open-store.js";
import { engines, type Engine } from "../store/engines.js";
import { generateReport } from "../store/generate-reports.js";
import { makeDoc } from "../store/make-doc.js";

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const all = await engines();

async function filled(engine: Engine) {
  const opened = await engine.open();
  for (let i = 0; i < 30; i++) {
    const r = generateReport(i);
    await opened.store.putDocument(makeDoc(r.meta, r.sentences, r.claims));
  }
  return opened;
}

for (const engine of all) {
  describe(`armsflow check on ${engine.name}`, () => {
    let opened: Awaited<ReturnType<typeof filled>>;
    let store: KyselyStore;
    const kind = engine.name === "postgres" ? "postgres" : "sqlite";
    beforeAll(async () => {
      opened = await filled(engine);
      store = opened.store as KyselyStore;
    });
    afterAll(async () => opened?.dispose());

    it("a ledger as ingest leaves it has no finding", async () => {
      const report = await checkLedger(store.db, kind);
      expect(report.findings).toEqual([]);
      expect(report.ok).toBe(true);
      expect([report.documents, report.claims]).toEqual([30, 60]);
      expect(report.statements).toBeGreaterThan(0);
    });

    it("names a span that no longer slices its text, a statement left without claims, a recount that differs", async () => {
      const claim = await store.db.selectFrom("claims").select(["key", "statement"]).orderBy("key").limit(1).executeTakeFirstOrThrow();
      await store.db.updateTable("claims").set({ ev_start: sql`ev_start + 1` as never }).where("key", "=", claim.key).execute();
      const target = await store.db.selectFrom("statements").select("id").where("id", "!=", claim.statement!).orderBy("id").limit(2).execute();
      await store.db.updateTable("statements").set({ reports: 99 }).where("id", "=", target[0].id).execute();
      await store.db.updateTable("claims").set({ statement: target[0].id }).where("statement", "=", target[1].id).execute();
      await store.db.insertInto("statements").values({ ...(await store.db.selectFrom("statements").selectAll().where("id", "=", target[0].id).executeTakeFirstOrThrow()), id: "zz-empty" }).execute();
      const report = await checkLedger(store.db, kind);
      expect(report.ok).toBe(false);
      expect(Object.keys(report.counts).sort()).toEqual(["span", "statement-recount", "statement-without-claim"]);
      expect(report.findings.find((f) => f.check === "span")?.detail).toContain(claim.key);
      expect(report.findings.filter((f) => f.check === "statement-without-claim").map((f) => f.detail).join(" ")).toContain("zz-empty");
      expect(report.findings.find((f) => f.check === "statement-recount")?.detail).toMatch(/reports stored 99/);
    });

    it("the command prints the findings and exits 1 (and 0 on a sound ledger)", async () => {
      const args = kind === "postgres" ? [] : ["--db", opened.options.db!];
      if (kind === "postgres") return; // the CLI takes no schema option; the function above covers PostgreSQL
      const bad = spawnSync(process.execPath, [...CLI, "check", ...args], { encoding: "utf8" });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/^FAILED: 30 documents/m);
      const json = spawnSync(process.execPath, [...CLI, "check", "--json", ...args], { encoding: "utf8" });
      expect(JSON.parse(json.stdout).counts.span).toBe(1);
      const fresh = await filled(engine);
      try {
        const good = spawnSync(process.execPath, [...CLI, "check", "--db", fresh.options.db!], { encoding: "utf8" });
        expect([good.status, good.stdout.trim()]).toEqual([0, expect.stringMatching(/^ok: 30 documents, 60 claims/)]);
      } finally {
        await fresh.dispose();
      }
    }, 60_000);
  });
}

describe("armsflow check on a damaged SQLite file", () => {
  it("a dangling foreign key is a finding", async () => {
    const opened = await all[0].open();
    try {
      const store = opened.store as KyselyStore;
      await sql`pragma foreign_keys = off`.execute(store.db);
      await store.db.insertInto("doc_bands").values({ band: "b", doc_key: "nowhere@1" }).execute();
      const report = await checkLedger(store.db, "sqlite");
      expect(report.counts["foreign-key"]).toBe(1);
    } finally {
      await opened.dispose();
    }
  });
});

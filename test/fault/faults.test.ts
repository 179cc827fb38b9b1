// Fault suite: the world under the ledger fails. A ledger on a read-only file system refuses a write with a
// clear message naming it; a full disk (a 2 MiB tmpfs) ends writes with a named failure, never a wrong word
// ("cannot rollback") or a half document, and the ledger still opens and checks clean; PostgreSQL connections
// terminated while documents are stored end with every document stored once or named as failed.
// The tmpfs parts need root and `mount`; where the machine refuses, they are skipped and the skip summary says why.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLedger } from "../../src/cli/check-ledger.js";
import { openStore, type KyselyStore } from "../../src/store/open-store.js";
import { needs, ROOT } from "../services.js";
import { PG_URL, pgReachable } from "../store/engines.js";
import { generateReport } from "../store/generate-reports.js";
import { makeDoc } from "../store/make-doc.js";

const MAIN = join(ROOT, "src", "cli", "main.ts");
const base = mkdtempSync(join(tmpdir(), "armsflow-fault-"));

/** Mounts a tmpfs of `size` at a new folder; null (with the reason) where the machine does not allow it. */
function mountTmpfs(size: string): { dir: string; remount(options: string): void; unmount(): void } | { reason: string } {
  const dir = mkdtempSync(join(base, "tmpfs-"));
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { encoding: "utf8" });
  if (r.status !== 0) return { reason: `mount -t tmpfs refused: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim()}` };
  return {
    dir,
    remount: (options) => {
      const m = spawnSync("mount", ["-o", `remount,${options}`, dir], { encoding: "utf8" });
      if (m.status !== 0) throw new Error(`remount ${options} failed: ${m.stderr}`);
    },
    unmount: () => void spawnSync("umount", ["-l", dir]),
  };
}

const probe = mountTmpfs("1m");
const canMount = "dir" in probe;
if ("dir" in probe) probe.unmount();
needs("tmpfs", canMount, "reason" in probe ? probe.reason : "");

const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 300_000 });

/** Report pages of our own, each a few KB, with a figure in each so the pipeline stores claims. */
function writePages(dir: string, count: number, from = 0): void {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < from + count; i++) {
    const lines = [
      `Rail depot report ${i}`,
      `Customs officers said ${100 + i} containers of artillery shells had moved from North Korea to Russia since March, a ministry spokesman said on Tuesday.`,
      ...Array.from({ length: 30 }, (_, k) => `Paragraph ${k} of page ${i} describes the cranes, the sidings and the weather of the depot in some detail.`),
    ];
    writeFileSync(join(dir, `page-${String(i).padStart(4, "0")}.txt`), `${lines.join("\n\n")}\n`);
  }
}

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe.skipIf(!canMount)("a ledger on a read-only file system", () => {
  it("a write (ingest) is refused with a message naming the ledger, exit 1, and the ledger is unchanged", () => {
    const fs = mountTmpfs("8m");
    if (!("dir" in fs)) throw new Error(fs.reason);
    try {
      const db = join(fs.dir, "ledger.db");
      const pages = join(base, "ro-pages");
      writePages(pages, 2);
      const first = cli(["ingest", pages, "--db", db]);
      expect(first.status, first.stderr).toBe(0);
      const before = createHash("sha256").update(readFileSync(db)).digest("hex");
      fs.remount("ro");
      writePages(pages, 1, 2);
      const r = cli(["ingest", pages, "--db", db]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(db);
      expect(r.stderr).toMatch(/read-only/);
      expect(r.stderr).not.toMatch(/SQLITE_|at \w+ \(|readonly database/);
      expect(createHash("sha256").update(readFileSync(db)).digest("hex")).toBe(before);
    } finally {
      fs.unmount();
    }
  }, 300_000);
});

describe.skipIf(!canMount)("a full disk (a 2 MiB tmpfs)", () => {
  let first: { status: number | null; stdout: string; stderr: string } | null = null;
  let summary: { stored: number; failed: number; failures: { path: string; diagnostics: string[] }[] } | null = null;

  it("ingest names the documents that did not fit and stores none by half; the ledger opens and checks clean; with room again a rerun stores the rest", () => {
    const fs = mountTmpfs("2m");
    if (!("dir" in fs)) throw new Error(fs.reason);
    try {
      const db = join(fs.dir, "ledger.db");
      const pages = join(base, "full-pages");
      writePages(pages, 400);
      first = cli(["ingest", pages, "--db", db, "--json"]);
      // Some did not fit: the run says so (exit 1) and names each of them.
      expect(first.status, first.stderr.slice(-2000)).toBe(1);
      summary = JSON.parse(first.stdout) as NonNullable<typeof summary>;
      expect(summary.failed).toBeGreaterThan(0);
      expect(summary.stored + summary.failed).toBe(400);
      expect(summary.failures.map((f) => f.diagnostics[0])).toEqual(summary.failures.map(() => expect.stringMatching(/^store-failed: .*page-\d{4}\.txt: document page-\d{4} was not stored/)));
      console.log(`full disk: ${summary.stored} stored, ${summary.failed} named as failed; first: ${summary.failures[0]?.diagnostics[0]}`);
      // Room again: the ledger opens, checks clean, holds exactly what was said stored, and a rerun adds the rest.
      fs.remount("size=64m");
      const check = cli(["check", "--db", db]);
      expect(check.status, check.stdout + check.stderr).toBe(0);
      const again = cli(["ingest", pages, "--db", db, "--json"]);
      expect(again.status, again.stderr.slice(-2000)).toBe(0);
      const second = JSON.parse(again.stdout) as { stored: number; unchanged: number };
      expect([second.stored, second.unchanged]).toEqual([summary.failed, summary.stored]);
      expect(cli(["check", "--db", db]).status).toBe(0);
    } finally {
      fs.unmount();
    }
  }, 600_000);

  // SQLite ends a transaction itself when the disk is full; the store's rollback must then stay silent, or its
  // message ("cannot rollback - no transaction is active") replaces the real one (src/store/open-store.ts).
  it("each failure says the disk is full, not \"cannot rollback\"", () => {
    expect(first, "the test above ran").not.toBeNull();
    expect(first!.stderr + first!.stdout).not.toMatch(/cannot rollback|no transaction is active/);
    for (const f of summary!.failures) expect(f.diagnostics.join(" ")).toMatch(/full|space|disk/i);
  });
});

const reachable = await pgReachable();

describe.skipIf(!reachable)("PostgreSQL connections terminated while documents are stored", () => {
  // This store's connections carry their own application name: the killer ends those and no other test's.
  const schema = `armsflow_test_${process.pid}_${Date.now()}_fault`;
  const app = `armsflow_fault_${process.pid}`;
  let store: KyselyStore;
  const unhandled: unknown[] = [];
  const onError = (e: unknown) => unhandled.push(e);
  const reconnect = process.env.ARMSFLOW_RECONNECT_MS;
  beforeAll(async () => {
    // A document that cannot be stored within 5 s of reconnecting is named as failed (30 s by default).
    process.env.ARMSFLOW_RECONNECT_MS = "5000";
    process.on("uncaughtException", onError);
    process.on("unhandledRejection", onError);
    store = (await openStore({ databaseUrl: `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}application_name=${app}`, schema })) as KyselyStore;
  });
  afterAll(async () => {
    process.off("uncaughtException", onError);
    process.off("unhandledRejection", onError);
    if (reconnect === undefined) delete process.env.ARMSFLOW_RECONNECT_MS;
    else process.env.ARMSFLOW_RECONNECT_MS = reconnect;
    await store?.close();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop schema if exists "${schema}" cascade`);
    await c.end();
  });

  it("every document is stored once or named as failed; the ledger checks clean", async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    let storing = true;
    let terminated = 0;
    // Ends this store's backends every few milliseconds while it writes.
    const killer = (async () => {
      while (storing) {
        const { rows } = await admin.query<{ n: string }>(
          "select count(pg_terminate_backend(pid)) as n from pg_stat_activity where pid <> pg_backend_pid() and application_name = $1",
          [app],
        );
        terminated += Number(rows[0].n);
        await new Promise((r) => setTimeout(r, 400 + Math.random() * 800));
      }
    })();
    const stored: string[] = [];
    const failed: { id: string; message: string }[] = [];
    const count = 40;
    try {
      for (let i = 0; i < count; i++) {
        const r = generateReport(i);
        const doc = makeDoc(r.meta, r.sentences, r.claims);
        try {
          await store.putDocument(doc);
          stored.push(doc.meta.id);
        } catch (error) {
          failed.push({ id: doc.meta.id, message: error instanceof Error ? error.message : String(error) });
        }
      }
    } finally {
      storing = false;
      await killer;
      await admin.end();
    }
    console.log(`PostgreSQL: ${terminated} backends terminated during ${count} writes: ${stored.length} stored, ${failed.length} named as failed`);
    expect(terminated).toBeGreaterThan(0);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length + failed.length).toBe(count);
    const ids = (await store.listDocuments({ limit: 1000 })).map((d) => d.id).sort();
    expect(ids).toEqual([...stored].sort());
    const dup = await sql<{ n: string }>`select count(*) as n from (select doc, claim_id from ${sql.id(schema, "claims")} where current = 1 group by doc, claim_id having count(*) > 1) x`.execute(store.db);
    expect(Number(dup.rows[0].n)).toBe(0);
    expect((await checkLedger(store.db, "postgres")).findings).toEqual([]);
  }, 400_000);

  // A connection ended while the pool has lent it out (inside a document's transaction, between two statements)
  // emits 'error' on the client: the store listens on every client it lends, so that never ends the process.
  it("no connection error escapes unhandled", (context) => {
    // Only a kill that lands between two statements of a transaction shows the gap; a run without one says so.
    if (unhandled.length === 0) context.skip("no connection was ended between two statements this run");
    expect(unhandled.map((e) => (e instanceof Error ? e.message : String(e)))).toEqual([]);
  });
});

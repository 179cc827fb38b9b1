// Kill suite: child processes SIGKILLed while they migrate a fresh ledger, while they write `export --full`,
// and while they `import` one. Afterwards the ledger opens, `armsflow check` passes, and a rerun gives the
// same ledger as a clean run. (SIGKILL during ingest is test/store/ingest-command.test.ts.)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLedger } from "../../src/cli/check-ledger.js";
import { dumpLedger } from "../../src/cli/full-dump.js";
import { openStore, type KyselyStore } from "../../src/store/open-store.js";
import { generateReport } from "../store/generate-reports.js";
import { makeDoc } from "../store/make-doc.js";
import { ROOT } from "../services.js";

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));
const MAIN = join(ROOT, "src", "cli", "main.ts");
const DOCS = Number(process.env.ARMSFLOW_KILL_DOCS ?? 200);

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  /** Whether the parent killed it. */
  killed: boolean;
}

/**
 * Runs a node child (`args` after `node --import tsx`); `onOut(bytesSoFar, text, kill)` sees its output as it
 * comes, `watch(kill)` is called every few milliseconds while it runs.
 */
function runChild(args: string[], hooks: { onOut?: (bytes: number, text: string, kill: () => void) => void; watch?: (kill: () => void) => void } = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let bytes = 0;
    let stderr = "";
    let killed = false;
    const kill = () => {
      if (!killed) {
        killed = true;
        child.kill("SIGKILL");
      }
    };
    child.stdout.on("data", (d: Buffer) => {
      out.push(d);
      bytes += d.length;
      hooks.onOut?.(bytes, d.toString("utf8"), kill);
    });
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    const timer = hooks.watch ? setInterval(() => hooks.watch!(kill), 2) : null;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr, killed });
    });
  });
}

const cli = (args: string[], hooks?: Parameters<typeof runChild>[1]) => runChild([MAIN, ...args], hooks);

/** The whole ledger as export --full lines (the same order every time). */
async function dumpOf(db: string): Promise<string[]> {
  const store = (await openStore({ db })) as KyselyStore;
  try {
    const out: string[] = [];
    for await (const line of dumpLedger(store.db)) out.push(line);
    return out;
  } finally {
    await store.close();
  }
}

/** The schema of a SQLite ledger: its tables, indexes and triggers, and the migrations recorded. */
async function schemaOf(db: string): Promise<string[]> {
  const store = (await openStore({ db })) as KyselyStore;
  try {
    const objects = await sql<{ type: string; name: string; sql: string | null }>`select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name`.execute(store.db);
    const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
    return [...objects.rows.map((r) => `${r.type} ${r.name}: ${r.sql ?? ""}`), ...migrations.rows.map((r) => `migration ${r.name}`)];
  } finally {
    await store.close();
  }
}

/** The ledger's own integrity check, in process, and `armsflow check` as a user runs it. */
async function expectChecked(db: string, viaCli = false): Promise<void> {
  const store = (await openStore({ db })) as KyselyStore;
  try {
    expect((await checkLedger(store.db, "sqlite")).findings).toEqual([]);
  } finally {
    await store.close();
  }
  if (viaCli) {
    const r = spawnSync(process.execPath, ["--import", "tsx", MAIN, "check", "--db", db], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect([r.status, r.stdout.split("\n").at(-2)], r.stderr).toEqual([0, expect.stringMatching(/^ok: /)]);
  }
}

const dir = mkdtempSync(join(tmpdir(), "armsflow-kill-"));
let n = 0;
const fresh = (name: string) => join(dir, `${name}-${++n}.db`);
const figures: string[] = [];

/** A ledger of DOCS documents with some bulk in their pages, so that export and import take a while. */
async function fillLedger(db: string): Promise<void> {
  const store = await openStore({ db });
  try {
    for (let i = 0; i < DOCS; i++) {
      const r = generateReport(i);
      const filler = Array.from({ length: 20 }, (_, k) => `Paragraph ${k} of report ${i} describes the port, the trains and the weather at length without any figure.`);
      await store.putDocument(makeDoc(r.meta, [...r.sentences, ...filler], r.claims));
    }
  } finally {
    await store.close();
  }
}

afterAll(() => {
  if (figures.length) console.log(`kill suite (SQLite):\n  ${figures.join("\n  ")}`);
  rmSync(dir, { recursive: true, force: true });
});

describe("SIGKILL during migration of a fresh ledger", () => {
  it("the ledger opens, passes check, and migrating again gives the schema of a clean run", async () => {
    const clean = fresh("clean");
    const run = await runChild([CHILD, "migrate", JSON.stringify({ db: clean })]);
    expect(run.code, run.stderr).toBe(0);
    const want = await schemaOf(clean);
    // Kill at several moments after the child says it starts opening: before, during and after the migration.
    const delays = [0, 30, 250, 700];
    const outcomes: Record<string, number> = { "killed before done": 0, "finished first": 0 };
    for (const delay of delays) {
      const db = fresh("migrate");
      let done = false;
      const r = await runChild([CHILD, "migrate", JSON.stringify({ db })], {
        onOut: (_b, text, kill) => {
          if (text.includes("start")) setTimeout(kill, delay);
          if (text.includes("done")) done = true;
        },
      });
      outcomes[r.killed && !done ? "killed before done" : "finished first"]++;
      // Whatever the moment: it opens (migrating the rest), checks clean, and has the clean run's schema.
      expect(await schemaOf(db)).toEqual(want);
      await expectChecked(db);
    }
    figures.push(`migration: ${delays.length} kills (${Object.entries(outcomes).map(([k, v]) => `${v} ${k}`).join(", ")})`);
    expect(outcomes["killed before done"]).toBeGreaterThan(0);
  }, 180_000);
});

describe("SIGKILL during export --full and import", () => {
  let source: string;
  let want: string[];
  let cleanExport: Buffer;
  let exportFile: string;
  beforeAll(async () => {
    source = fresh("source");
    await fillLedger(source);
    want = await dumpOf(source);
    const r = await cli(["export", "--format", "jsonl", "--full", "--db", source]);
    expect(r.code, r.stderr).toBe(0);
    cleanExport = r.stdout;
    exportFile = join(dir, "clean-export.jsonl");
    writeFileSync(exportFile, cleanExport);
  }, 300_000);

  it("export: the ledger is unchanged and checks clean, a rerun writes the clean export, and the cut file is refused by import", async () => {
    // Kill after the first bytes and past the middle of the export.
    const points = [1, Math.floor(cleanExport.length * 0.6)];
    let refused = 0;
    for (const at of points) {
      const r = await cli(["export", "--format", "jsonl", "--full", "--db", source], { onOut: (bytes, _t, kill) => { if (bytes >= at) kill(); } });
      expect(r.killed).toBe(true);
      expect(r.stdout.length).toBeLessThan(cleanExport.length);
      expect(await dumpOf(source)).toEqual(want);
      // What the killed export left behind never imports as a smaller ledger.
      const cut = join(dir, `cut-${at}.jsonl`);
      writeFileSync(cut, r.stdout);
      const target = fresh("from-cut");
      const imp = await cli(["import", cut, "--db", target]);
      expect(imp.code, `a cut export (${r.stdout.length} of ${cleanExport.length} bytes) was imported: ${imp.stdout}`).not.toBe(0);
      expect(imp.stderr).toMatch(/cut short|not JSON|empty|header/);
      refused++;
      const left = await openStore({ db: target });
      expect(await left.countDocuments()).toBe(0);
      await left.close();
    }
    await expectChecked(source, true);
    const again = await cli(["export", "--format", "jsonl", "--full", "--db", source]);
    expect(again.code).toBe(0);
    expect(again.stdout.equals(cleanExport)).toBe(true);
    figures.push(`export --full: ${points.length} kills (after ${points.join(", ")} of ${cleanExport.length} bytes); ledger unchanged each time; ${refused} cut files refused by import`);
  }, 300_000);

  it("import: the ledger is empty or whole, checks clean, and a rerun gives the clean import's ledger", async () => {
    const clean = fresh("import-clean");
    const started = performance.now();
    let opened = 0;
    const r = await cli(["import", exportFile, "--db", clean], { watch: () => { if (!opened && existsSync(clean)) opened = performance.now(); } });
    expect(r.code, r.stderr).toBe(0);
    const took = performance.now() - (opened || started);
    expect(await dumpOf(clean)).toEqual(want);
    // Kill at fractions of the clean run's time, counted from the moment the ledger file appears.
    const fractions = [0.1, 0.5, 0.9];
    const outcomes = { empty: 0, whole: 0 };
    let midTransaction = 0;
    for (const f of fractions) {
      const db = fresh("import");
      let seen = 0;
      let walAtKill = 0;
      const k = await cli(["import", exportFile, "--db", db], {
        watch: (kill) => {
          if (!existsSync(db)) return;
          seen ||= performance.now();
          if (performance.now() - seen >= f * took) {
            walAtKill = existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
            kill();
          }
        },
      });
      if (k.killed && walAtKill > 0) midTransaction++;
      const store = await openStore({ db });
      const count = await store.countDocuments();
      await store.close();
      await expectChecked(db);
      if (count === 0) {
        outcomes.empty++;
        const rerun = await cli(["import", exportFile, "--db", db]);
        expect(rerun.code, rerun.stderr).toBe(0);
      } else {
        outcomes.whole++;
      }
      expect(await dumpOf(db)).toEqual(want);
    }
    await expectChecked(clean, true);
    figures.push(`import: ${fractions.length} kills over a clean run of ${(took / 1000).toFixed(1)} s (${outcomes.empty} left the ledger empty and the rerun restored it, ${outcomes.whole} finished first; ${midTransaction} with the write-ahead log holding pages at the kill)`);
    expect(outcomes.empty).toBeGreaterThan(0);
  }, 600_000);
});

// Leftover WAL files and journals of the killed runs must not be mistaken for ledgers by anything above.
it("left no stray files beside the ledgers but their own journals", () => {
  const stray = readdirSync(dir).filter((f) => !/\.(db|db-wal|db-shm|db-journal|jsonl)$/.test(f));
  expect(stray).toEqual([]);
});

// `armsflow export --full` then `armsflow import` into an empty ledger gives the same ledger:
// every version of every document, raw pages, diagnostics, claims, statements, sources; on each engine and across.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLedger } from "../../src/cli/check-ledger.js";
import { dumpLedger, importLedger } from "../../src/cli/full-dump.js";
import type { KyselyStore } from "../../src/store/open-store.js";
import { engines, sqliteEngine } from "../store/engines.js";
import { generateReport } from "../store/generate-reports.js";
import { makeDoc } from "../store/make-doc.js";
import { Readable } from "node:stream";

const all = await engines();
const dir = mkdtempSync(join(tmpdir(), "armsflow-full-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fill(store: KyselyStore): Promise<void> {
  for (let i = 0; i < 25; i++) {
    const r = generateReport(i);
    const doc = makeDoc(r.meta, r.sentences, r.claims);
    if (i === 3) doc.report("decode-bytes", "nul-dropped", "1 NUL character(s) dropped from the text", "warning");
    await store.putDocument(doc);
  }
  // A second version of one document (its first stays, not current), with a page that is not plain ASCII.
  const r = generateReport(4);
  await store.putDocument(makeDoc(r.meta, [...r.sentences, "Une note en français: «livraisons» — 🚀."], r.claims));
}

async function dump(store: KyselyStore): Promise<string[]> {
  const out: string[] = [];
  for await (const line of dumpLedger(store.db)) out.push(line);
  return out;
}

for (const from of all) {
  for (const to of all) {
    describe(`export --full on ${from.name}, import into ${to.name}`, () => {
      it("gives the same ledger, line for line, and the imported one passes check", async () => {
        const a = await from.open();
        const b = await to.open();
        try {
          await fill(a.store as KyselyStore);
          const first = await dump(a.store as KyselyStore);
          expect(first.some((l) => l.includes('"version":2'))).toBe(true);
          expect(first.some((l) => l.includes("nul-dropped"))).toBe(true);
          const result = await importLedger((b.store as KyselyStore).db, Readable.from(first.map((l) => `${l}\n`)));
          expect(result.rows.documents).toBe(26);
          const second = await dump(b.store as KyselyStore);
          // Within one engine the order is the same; across engines text may sort differently, so compare as sets.
          if (from.name === to.name) expect(second).toEqual(first);
          else expect([...second].sort()).toEqual([...first].sort());
          expect((await checkLedger((b.store as KyselyStore).db, to.name === "postgres" ? "postgres" : "sqlite")).findings).toEqual([]);
          expect(await b.store.listFlows()).toEqual(await a.store.listFlows());
          expect(await b.store.getDocument("r000004")).toEqual(await a.store.getDocument("r000004"));
        } finally {
          await a.dispose();
          await b.dispose();
        }
      }, 60_000);
    });
  }
}

describe("import refuses what it cannot take as given", () => {
  it("a ledger that holds documents, a file that is not an export, a broken line: nothing is written", async () => {
    const a = await sqliteEngine.open();
    const b = await sqliteEngine.open();
    try {
      await fill(a.store as KyselyStore);
      const lines = await dump(a.store as KyselyStore);
      await expect(importLedger((a.store as KyselyStore).db, Readable.from(lines.map((l) => `${l}\n`)))).rejects.toThrow(/not empty/);
      await expect(importLedger((b.store as KyselyStore).db, Readable.from(['{"hello":1}\n']))).rejects.toThrow(/header/);
      await expect(importLedger((b.store as KyselyStore).db, Readable.from([`${lines[0]}\n`, `${lines[1]}\n`, "{broken\n"]))).rejects.toThrow(/line 3 is not JSON/);
      expect(await b.store.countDocuments()).toBe(0);
    } finally {
      await a.dispose();
      await b.dispose();
    }
  });

  it("the commands: export --full > file, import file --db new, export again: the same bytes", async () => {
    const a = await sqliteEngine.open();
    try {
      await fill(a.store as KyselyStore);
      await a.store.close().catch(() => undefined);
      const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { encoding: "utf8", timeout: 60_000 });
      const out = run(["export", "--format", "jsonl", "--full", "--db", a.options.db!]);
      expect(out.status).toBe(0);
      writeFileSync(join(dir, "dump.jsonl"), out.stdout);
      const imp = run(["import", join(dir, "dump.jsonl"), "--db", join(dir, "restored.db")]);
      expect([imp.status, imp.stdout.trim()]).toEqual([0, expect.stringMatching(/^imported 26 documents/)]);
      const again = run(["export", "--format", "jsonl", "--full", "--db", join(dir, "restored.db")]);
      expect(again.stdout).toBe(out.stdout);
      expect(run(["export", "--format", "csv", "--full", "--db", a.options.db!]).status).toBe(2);
    } finally {
      await a.dispose().catch(() => undefined);
    }
  }, 120_000);
});

// Two ingests into one SQLite file at once: writes wait for each other instead of failing
// "database is locked", and no document is lost.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { generateReport } from "./generate-reports.js";

const CHILD = fileURLToPath(new URL("./ingest-child.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "armsflow-concurrent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, from: number, count: number): string {
  const d = join(dir, name);
  mkdirSync(d);
  for (let i = from; i < from + count; i++) writeFileSync(join(d, `r${i}.json`), JSON.stringify(generateReport(i)));
  return d;
}

function ingest(options: object, folderPath: string): Promise<{ code: number | null; stderr: string; done: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, JSON.stringify(options), folderPath], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stderr, done: stdout.split("\n").filter((l) => l.startsWith("done")).length }));
  });
}

describe("two ingests into one SQLite file", () => {
  it("both finish, every document of both is stored, none fails 'database is locked'", async () => {
    const N = 120;
    const a = folder("a", 0, N);
    const b = folder("b", 10_000, N);
    const options = { db: join(dir, "shared.db") };
    // The ledger exists (migrated) before both start, as when an analyst runs a second ingest beside a first.
    await (await openStore(options)).close();
    const [ra, rb] = await Promise.all([ingest(options, a), ingest(options, b)]);
    expect(ra.stderr).not.toMatch(/locked|busy/i);
    expect(rb.stderr).not.toMatch(/locked|busy/i);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect(ra.done + rb.done).toBe(2 * N);
    const store = await openStore({ ...options, mustExist: true });
    try {
      expect(await store.countDocuments()).toBe(2 * N);
    } finally {
      await store.close();
    }
  }, 120_000);

  it("two ingests that both find no ledger yet make one, migrated once, with every document", async () => {
    const N = 40;
    const a = folder("c", 20_000, N);
    const b = folder("d", 30_000, N);
    const options = { db: join(dir, "fresh.db") };
    const [ra, rb] = await Promise.all([ingest(options, a), ingest(options, b)]);
    expect([ra.code, rb.code, ra.stderr + rb.stderr]).toEqual([0, 0, ""]);
    const store = await openStore({ ...options, mustExist: true });
    try {
      expect(await store.countDocuments()).toBe(2 * N);
    } finally {
      await store.close();
    }
  }, 120_000);
});

// A ledger opened read-only (asked for, or a file that cannot be written): every read answers as before,
// every write is refused in our words, nothing on disk changes, and an old schema is named, not migrated.
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { checkLedger } from "../../src/cli/check-ledger.js";
import { openStore, StoreOpenError, type KyselyStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { engines, type Engine } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

const report = (id: string, outlet: string, published: string) =>
  makeDoc({ id, outlet, published, url: `https://${outlet.toLowerCase().replace(/\W+/g, "")}.example/${id}` }, [
    "A senior intelligence officer said about 2,300 containers of ammunition had been loaded onto northbound trains.",
  ], [
    { evidence: "A senior intelligence officer said about 2,300 containers of ammunition had been loaded onto northbound trains.", org: "National Intelligence Service", country: "KOR", quantity: { value: 2300, approx: true }, cumulative: true },
  ]);

/** What the readers see: documents, statements, flows, sources, one flow's timeline. */
async function reads(store: Store): Promise<unknown[]> {
  return [
    await store.countDocuments(),
    await store.listDocuments(),
    await store.listStatements(),
    await store.listFlows(),
    await store.listSources(),
    await store.getFlow("PRK", "RUS", "artillery-ammunition"),
    await store.listClaims(),
  ];
}

describe.each(list)("a read-only ledger on $name", (engine: Engine) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });

  async function filled() {
    const o = await engine.open();
    cleanup.push(() => o.dispose());
    await o.store.putDocument(report("r1", "Harbour Wire", "2024-04-02"));
    await o.store.putDocument(report("r2", "Steppe Daily", "2024-04-03"));
    return o;
  }

  it("answers every read as the writable one does, and refuses writes with LEDGER_READ_ONLY", async () => {
    const o = await filled();
    const expected = await reads(o.store);
    const ro = await openStore({ ...o.options, readOnly: true });
    cleanup.push(() => ro.close());
    expect(ro.readOnly).toBe(true);
    expect(o.store.readOnly).toBe(false);
    expect(await reads(ro)).toEqual(expected);
    const check = await checkLedger(ro.db, engine.name === "postgres" ? "postgres" : "sqlite");
    expect(check.ok).toBe(true);
    await expect(ro.putDocument(report("r3", "Coast Herald", "2024-04-04"))).rejects.toMatchObject({ code: "LEDGER_READ_ONLY", status: 403 });
    await expect(ro.deleteDocument({ id: "r1" })).rejects.toMatchObject({ code: "LEDGER_READ_ONLY" });
    expect(await ro.countDocuments()).toBe(2);
  });

  it("is refused at once to a caller that means to write", async () => {
    const o = await filled();
    await expect(openStore({ ...o.options, readOnly: true, write: true })).rejects.toThrow(/read-only.*writes to it/);
  });

  it("names a schema that needs a migration instead of migrating it", async () => {
    const o = await filled();
    const db = (o.store as KyselyStore).db;
    await db.deleteFrom("kysely_migration" as never).where("name" as never, "=", "0004-claims-by-occasion" as never).execute();
    const opening = openStore({ ...o.options, readOnly: true });
    await expect(opening).rejects.toBeInstanceOf(StoreOpenError);
    await expect(opening).rejects.toThrow(/older armsflow.*0004-claims-by-occasion.*migrating is a write/);
  });
});

describe("a SQLite ledger on disk, read-only", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) {
      chmodSync(d, 0o755);
      rmSync(d, { recursive: true, force: true });
    }
  });

  async function ledger(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "armsflow-ro-"));
    dirs.push(dir);
    const file = join(dir, "ledger.db");
    const store = await openStore({ db: file });
    await store.putDocument(report("r1", "Harbour Wire", "2024-04-02"));
    await store.close();
    return file;
  }

  const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

  it("leaves the file's bytes as they were, and writes nothing beside it", async () => {
    const file = await ledger();
    const before = hash(file);
    const ro = await openStore({ db: file, readOnly: true });
    expect(await ro.listFlows()).toHaveLength(1);
    await expect(ro.putDocument(report("r2", "Steppe Daily", "2024-04-03"))).rejects.toMatchObject({ code: "LEDGER_READ_ONLY" });
    await ro.close();
    expect(hash(file)).toBe(before);
    // SQLite may open an empty -wal file to read a WAL ledger; nothing is written into it.
    if (existsSync(`${file}-wal`)) expect(statSync(`${file}-wal`).size).toBe(0);
  });

  it("refuses a missing file rather than making one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "armsflow-ro-"));
    dirs.push(dir);
    await expect(openStore({ db: join(dir, "none.db"), readOnly: true })).rejects.toThrow(/no ledger at/);
    expect(existsSync(join(dir, "none.db"))).toBe(false);
  });

  it("names a file that holds no ledger", async () => {
    const dir = mkdtempSync(join(tmpdir(), "armsflow-ro-"));
    dirs.push(dir);
    const file = join(dir, "empty.db");
    new SQLite(file).close();
    await expect(openStore({ db: file, readOnly: true })).rejects.toThrow(/holds no armsflow tables/);
  });
});

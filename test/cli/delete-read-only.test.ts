// `armsflow delete` and read-only ledgers on the command line: the read commands answer on a ledger that
// cannot be written, the writing ones exit 1 saying why, and `check` passes after a delete.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { makeDoc } from "../store/make-doc.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = ["--import", "tsx", join(ROOT, "src/cli/main.ts")];

function run(args: string[], prefix: string[] = [], env: Record<string, string> = {}) {
  const [cmd, ...rest] = prefix.length ? [...prefix, process.execPath, ...CLI, ...args] : [process.execPath, ...CLI, ...args];
  const r = spawnSync(cmd, rest, { encoding: "utf8", cwd: ROOT, timeout: 120_000, env: { ...process.env, DATABASE_URL: "", ARMSFLOW_DB: "", HOME: tmpdir(), ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sentence = (n: number) => `Intelligence officials in Seoul said roughly ${n} containers of shells had been sent by sea so far.`;
const doc = (id: string, outlet: string, published: string, n: number) =>
  makeDoc({ id, outlet, published, url: `https://${outlet.toLowerCase().replace(/\W+/g, "")}.example/${id}` }, [sentence(n), `The ${outlet} could not confirm the count.`], [
    { evidence: sentence(n), org: "National Intelligence Service", country: "KOR", quantity: { value: n, approx: true }, cumulative: true, stated: published },
  ]);

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "armsflow-cli-ro-"));
  file = join(dir, "ledger.db");
  const store = await openStore({ db: file });
  await store.putDocument(doc("north-port", "Harbour Wire", "2024-04-02", 2300));
  await store.putDocument(doc("east-rail", "Steppe Daily", "2024-05-10", 2800));
  await store.putDocument(doc("west-quay", "Coast Herald", "2024-05-11", 2800));
  await store.close();
});
afterAll(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

describe("a ledger opened with --read-only", () => {
  it("answers flows, flow, statements, estimate, export and check", () => {
    for (const args of [
      ["flows", "--json"],
      ["flow", "PRK", "RUS", "artillery-ammunition", "--json"],
      ["statements", "--json"],
      ["estimate", "flow", "PRK", "RUS", "artillery-ammunition", "--json"],
      ["export", "--format", "jsonl", "--what", "statements"],
      ["check"],
    ]) {
      const r = run([...args, "--db", file, "--read-only"]);
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 0, stderr: "" });
      expect(r.stdout.length).toBeGreaterThan(10);
    }
  }, 240_000);

  it("refuses ingest and delete with exit 1 and the reason, and changes nothing", () => {
    const report = join(dir, "extra.txt");
    for (const args of [["delete", "north-port"], ["ingest", report]]) {
      const r = run([...args, "--db", file, "--read-only"]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/read-only \(opened read-only\): this command writes to it/);
    }
    const flows = JSON.parse(run(["flows", "--json", "--db", file]).stdout);
    expect(flows[0].reports).toBe(3);
  }, 120_000);
});

// Root writes any file whatever its mode: the permission case is run as the unprivileged user "nobody".
const asNobody = process.getuid?.() === 0 && existsSync("/usr/bin/setpriv") ? ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] : [];
const unprivileged = process.getuid?.() !== 0 || asNobody.length > 0;

describe.skipIf(!unprivileged)("a ledger whose file and folder cannot be written", () => {
  it("is read without --read-only, and writes are refused with the reason", () => {
    // The other user's own temporary folder (tsx keeps its cache there), inside ours; the run's folder
    // is opened for passing through, no more, while the test runs.
    const scratch = join(dir, "scratch");
    mkdirSync(scratch);
    chmodSync(scratch, 0o777);
    const base = tmpdir();
    const baseMode = statSync(base).mode & 0o777;
    chmodSync(base, baseMode | 0o011);
    chmodSync(dir, 0o555);
    chmodSync(file, 0o444);
    const env = asNobody.length ? { TMPDIR: scratch, HOME: scratch } : {};
    try {
      const flows = run(["flows", "--json", "--db", file], asNobody, env);
      expect(flows.stderr).toBe("");
      expect(JSON.parse(flows.stdout)[0]).toMatchObject({ supplier: "PRK", recipient: "RUS", reports: 3 });
      expect(run(["check", "--db", file], asNobody, env).status).toBe(0);
      const del = run(["delete", "north-port", "--db", file], asNobody, env);
      expect(del.status).toBe(1);
      expect(del.stderr).toMatch(/is read-only \(the file is not writable: no permission to write\)/);
    } finally {
      chmodSync(file, 0o644);
      chmodSync(dir, 0o700);
      chmodSync(base, baseMode);
    }
  }, 180_000);
});

describe("armsflow delete", () => {
  it("removes a document by id or address; check passes after; a missing one exits 1, no target 2", () => {
    const byId = run(["delete", "east-rail", "--db", file]);
    expect(byId.status).toBe(0);
    expect(byId.stdout).toMatch(/^deleted east-rail: 1 version, 1 claim; statements: 1 rebuilt from other reports, 0 removed/);
    const byUrl = run(["delete", "--url", "https://harbourwire.example/north-port", "--db", file, "--json"]);
    expect(byUrl.status).toBe(0);
    expect(JSON.parse(byUrl.stdout)).toEqual({ status: "deleted", id: "north-port", versions: 1, claims: 1, statements: { changed: 0, removed: 1 } });
    expect(run(["check", "--db", file]).stdout).toMatch(/^ok: 1 documents, 1 claims, 1 statements checked/);
    const again = run(["delete", "east-rail", "--db", file]);
    expect([again.status, again.stderr.trim()]).toEqual([1, "armsflow: no document east-rail in the ledger"]);
    expect(run(["delete", "--db", file]).status).toBe(2);
    expect(run(["delete", "west-quay", "--url", "https://x.example/", "--db", file]).status).toBe(2);
    const missing = run(["delete", "west-quay", "--db", join(dir, "typo.db")]);
    expect([missing.status, existsSync(join(dir, "typo.db"))]).toEqual([1, false]);
  }, 180_000);
});

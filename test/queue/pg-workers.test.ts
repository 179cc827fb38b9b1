// Three `armsflow worker` processes on PostgreSQL, one killed (SIGKILL) mid-run, end with the ledger one worker
// makes: every document stored once, the same claims, the same statements; the page that cannot be read is
// parked after three attempts with its error, visible in `queue status`. Schemas of our own (armsflow_test_<pid>_…),
// dropped at the end, so that other suites on the same database are not touched.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCrawl, writeCrawl } from "../../bench/generate-pages.js";
import { dropSchemas, PG_URL, pgReachable } from "../store/engines.js";

const root = join(import.meta.dirname, "../..");
const tag = `armsflow_test_${process.pid}_${Date.now()}`;
const schemas = { queueOne: `${tag}_q1`, ledgerOne: `${tag}_l1`, queueMany: `${tag}_q3`, ledgerMany: `${tag}_l3` };
let dir = "";
let reachable = false;

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
}

const run = async (args: string[]) => {
  const r = await finished(cli(args));
  if (r.code !== 0) throw new Error(`armsflow ${args.join(" ")} exited ${r.code}: ${r.err}`);
  return r.out;
};

const status = async (queue: string) => JSON.parse(await run(["queue", "status", "--database-url", PG_URL, "--queue-schema", queue, "--json"]));

async function ledger(schema: string) {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const docs = await client.query(`select id, hash from "${schema}".documents order by id`);
    const claims = await client.query(`select doc, claim_id, current, supplier, recipient, item, q_value, certainty, evidence from "${schema}".claims order by doc, claim_id, current`);
    // Statements compared by what they gather (their claims), not by their generated ids.
    const statements = await client.query(`select string_agg(doc || '/' || claim_id, ' ' order by doc, claim_id) as members from "${schema}".claims where statement is not null group by statement order by 1`);
    return { docs: docs.rows, claims: claims.rows, statements: statements.rows.map((r) => r.members as string) };
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  reachable = await pgReachable();
  dir = mkdtempSync(join(tmpdir(), "armsflow-pg-workers-"));
  writeCrawl(dir, generateCrawl({ mb: 0.05, onTopic: 0.5, seed: 12 }));
  // A page that can never be read: parked after three attempts.
  writeFileSync(join(dir, "zz-empty.txt"), "");
});

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (!reachable) return;
  await dropSchemas(Object.values(schemas));
});

// It used to take six minutes, nearly all of it waiting: pg-boss waited its 2 s polling interval after every job
// (src/queue/pg-queue.ts now wakes a worker that has just finished one). Three minutes under heavy load now, most
// of it the start-up of seven CLI processes.
describe("workers on PostgreSQL", () => {
  it("three workers, one killed mid-run, end with the ledger of one worker; a page failing three times is parked with its error", async (ctx) => {
    if (!reachable) return ctx.skip();
    const worker = (queue: string, ledgerSchema: string) =>
      cli(["worker", "--database-url", PG_URL, "--queue-schema", queue, "--ledger-schema", ledgerSchema, "--until-empty", "--expire-seconds", "6", "--json"]);

    // One worker: the reference ledger.
    await run(["queue", "add", dir, "--database-url", PG_URL, "--queue-schema", schemas.queueOne]);
    const one = await finished(worker(schemas.queueOne, schemas.ledgerOne));
    expect(one.code).toBe(0);

    // Three workers; the first is killed as soon as every one of them is busy.
    await run(["queue", "add", dir, "--database-url", PG_URL, "--queue-schema", schemas.queueMany]);
    // Added again: nothing new is queued.
    expect(JSON.parse(await run(["queue", "add", dir, "--database-url", PG_URL, "--queue-schema", schemas.queueMany, "--json"]))).toMatchObject({ added: 0 });
    const children = [0, 1, 2].map(() => worker(schemas.queueMany, schemas.ledgerMany));
    const results = children.map(finished);
    // Watched in SQL (a CLI start a poll would be slow): kill once two documents are done and two are running.
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      for (let i = 0; i < 1200; i++) {
        const { rows } = await client.query(`select count(*) filter (where state = 'active')::int as running, count(*) filter (where state = 'completed')::int as done from "${schemas.queueMany}".job`);
        if (rows[0].running >= 2 && rows[0].done >= 2) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await client.end();
    }
    children[0].kill("SIGKILL");
    const [killed, ...rest] = await Promise.all(results);
    expect(killed.code).toBe(null);
    for (const r of rest) expect(r.code, r.err).toBe(0);

    const s = await status(schemas.queueMany);
    expect(s).toMatchObject({ pending: 0, retry: 0, running: 0, failed: 1 });
    expect(s.failures).toHaveLength(1);
    expect(s.failures[0]).toMatchObject({ id: "zz-empty", attempts: 3 });
    expect(s.failures[0].error).toMatch(/empty/i);

    const a = await ledger(schemas.ledgerOne);
    const b = await ledger(schemas.ledgerMany);
    expect(a.docs.length).toBeGreaterThan(10);
    expect(b.docs).toEqual(a.docs);
    expect(b.claims).toEqual(a.claims);
    expect(b.statements).toEqual(a.statements);
  }, 600_000);
});

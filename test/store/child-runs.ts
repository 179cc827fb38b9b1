// Runs ingest-child.ts: killed with SIGKILL mid-way then resumed, or weighed at several folder sizes.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { openStore } from "../../src/store/open-store.js";
import { writeReports } from "./generate-reports.js";

const CHILD = fileURLToPath(new URL("./ingest-child.ts", import.meta.url));

function run(options: object, dir: string, onLine: (line: string, kill: () => void) => void, reportAt = ""): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", CHILD, JSON.stringify(options), dir, reportAt], { stdio: ["ignore", "pipe", "inherit"] });
    let buf = "";
    child.stdout.on("data", (d: Buffer) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        onLine(buf.slice(0, i), () => child.kill("SIGKILL"));
        buf = buf.slice(i + 1);
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code));
  });
}

/** Ingests `count` reports, SIGKILLs the child a third of the way, reruns it, and inspects what is stored. */
export async function crashAndResume(options: object, count: number) {
  const dir = mkdtempSync(join(tmpdir(), "armsflow-crash-"));
  try {
    writeReports(dir, count);
    let killedAt = count;
    await run(options, dir, (line, kill) => {
      const n = Number(line.split(" ")[1]);
      if (line.startsWith("done") && n >= count / 3 && killedAt === count) {
        killedAt = n;
        kill();
      }
    });
    await run(options, dir, () => {});
    const store = (await openStore(options)) as Awaited<ReturnType<typeof openStore>> & { db: import("kysely").Kysely<any> };
    const documents = await store.countDocuments();
    const half = await sql<{ n: number }>`select count(*) as n from documents d where (select count(*) from claims c where c.doc_key = d.key) <> 2`.execute(store.db);
    const dup = await sql<{ n: number }>`select count(*) as n from (select doc, claim_id from claims where current = 1 group by doc, claim_id having count(*) > 1) x`.execute(store.db);
    const versions = await sql<{ n: number }>`select count(*) as n from documents where version > 1`.execute(store.db);
    await store.close();
    return { killedAt, documents, halfDocuments: Number(half.rows[0].n), duplicateClaims: Number(dup.rows[0].n) + Number(versions.rows[0].n) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ingests `sizes.at(-1)` reports in a child and returns its heap and RSS after each size (after a GC). */
export async function memoryAtSizes(options: object, sizes: number[]): Promise<{ at: number; heapMB: number; rssMB: number }[]> {
  const dir = mkdtempSync(join(tmpdir(), "armsflow-memory-"));
  try {
    writeReports(dir, sizes.at(-1)!);
    const out: { at: number; heapMB: number; rssMB: number }[] = [];
    const code = await run(options, dir, (line) => {
      if (line.startsWith("memory ")) out.push(JSON.parse(line.slice(7)));
    }, sizes.join(","));
    if (code !== 0) throw new Error(`ingest child exited with ${code}`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

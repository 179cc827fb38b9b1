import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { InputFile } from "../ingest/read-files.js";
import type { Store, PutResult } from "../store/store.js";
import { WorkerPool } from "../work/extract-pool.js";
import * as timing from "../work/timing.js";

/**
 * Documents to ingest, queued in PostgreSQL for workers on any number of machines. The queue is
 * pg-boss (jobs taken with FOR UPDATE SKIP LOCKED, retries, expiry of jobs whose worker died), in a schema
 * of its own. A job carries the page's bytes and metadata, so a worker needs no access to the files.
 *
 * What makes a killed worker lose nothing: a job whose worker stops answering expires and is retried; the
 * store puts a document in one transaction, and putting the same bytes again changes nothing, so a retried
 * job never stores a document twice. A job that fails three times is parked (state `failed`) with its error.
 */

export const QUEUE = "armsflow-documents";
export const DEFAULT_QUEUE_SCHEMA = "armsflow_queue";
/** Attempts before a document is parked: the first and two retries. */
export const ATTEMPTS = 3;

export interface QueueOptions {
  readonly databaseUrl: string;
  /** The PostgreSQL schema of the queue's tables (default armsflow_queue). */
  readonly schema?: string;
  /** Seconds a job may stay active before it counts as failed and is retried (default 300). */
  readonly expireInSeconds?: number;
  /** Seconds between pg-boss maintenance passes, which expire the jobs of dead workers (default 30). */
  readonly maintenanceSeconds?: number;
}

export interface JobData {
  readonly path: string;
  readonly meta: InputFile["meta"];
  /** The page's bytes, base64. */
  readonly bytes: string;
  readonly problems?: InputFile["problems"];
}

const schemas = new WeakMap<PgBoss, string>();

/** Opens the queue, creating its schema and the documents queue on first use. Close with `boss.stop()`. */
export async function openQueue(options: QueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: options.schema ?? DEFAULT_QUEUE_SCHEMA,
    application_name: "armsflow-queue",
    max: 4,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
    schedule: false,
  });
  schemas.set(boss, options.schema ?? DEFAULT_QUEUE_SCHEMA);
  boss.on("error", (error) => console.error(`armsflow queue: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: ATTEMPTS - 1, retryDelay: 1, expireInSeconds: options.expireInSeconds ?? 300, retentionMinutes: 60 * 24 * 14 });
  return boss;
}

/**
 * One job id per document and bytes (a UUID from their hash), so adding a folder twice queues nothing new:
 * `jobId("a04", bytes)` is the same on every machine.
 */
export function jobId(id: string, bytes: Uint8Array): string {
  const h = createHash("sha256").update(id).update("\0").update(bytes).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Queues every input; returns how many were new and how many were queued already. */
export async function addDocuments(boss: PgBoss, inputs: AsyncIterable<InputFile>, published?: string | null): Promise<{ added: number; already: number }> {
  let added = 0;
  let already = 0;
  for await (const input of inputs) {
    const meta = published && !input.meta.published ? { ...input.meta, published } : input.meta;
    const data: JobData = { path: input.path, meta, bytes: Buffer.from(input.bytes).toString("base64"), ...(input.problems ? { problems: input.problems } : {}) };
    const id = await boss.send(QUEUE, data as unknown as object, { id: jobId(meta.id, input.bytes) });
    if (id) added++;
    else already++;
  }
  return { added, already };
}

export interface WorkOptions {
  /** Documents worked on at once; each extracts on a worker thread, one writer stores (default 1). */
  readonly jobs?: number;
  /** Stop once the queue has no pending or retrying job left and nothing is running here. */
  readonly untilEmpty?: boolean;
  /** Seconds between polls of an empty queue (default 2). */
  readonly pollSeconds?: number;
  /** Called after each document (for progress). */
  readonly onDone?: (path: string, result: PutResult | Error) => void;
}

/**
 * Works the queue: takes documents (SKIP LOCKED, so workers never take the same one), extracts them on
 * worker threads and stores them through `store`, one document at a time per process, reading the next while
 * one is stored. A document whose extraction failed fatally fails its job with the diagnostics as the reason
 * (retried, then parked).
 * Resolves when `signal` aborts or, with `untilEmpty`, when the queue is drained.
 */
export async function workQueue(boss: PgBoss, store: Store, options: WorkOptions = {}, signal?: AbortSignal): Promise<{ done: number; failed: number }> {
  const jobs = Math.max(1, options.jobs ?? 1);
  const pool = new WorkerPool(jobs);
  let writing: Promise<unknown> = Promise.resolve();
  // One writer per process: stores are serialised here; across processes the store's transactions decide.
  const write = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = writing.then(fn, fn);
    writing = next.catch(() => undefined);
    return next;
  };
  const counts = { done: 0, failed: 0 };
  let running = 0;
  let lastEnd = 0;
  try {
    // pg-boss waits its polling interval after every fetch, even one that found a job: a worker took one
    // document per 2 s whatever the documents cost. A worker that has just finished a job is told to fetch again
    // at once (notifyWorker); only an empty queue is polled at the interval.
    // One document more in hand than threads: the next one is taken and read while the last one is written, so
    // neither the thread nor the writer waits on the other (a killed worker's jobs, all of them, expire and are retried).
    const ids: string[] = [];
    for (let k = 0; k <= jobs; k++)
      ids[k] = await boss.work<JobData>(QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollSeconds ?? 2 }, async ([job]) => {
        running++;
        timing.mark("first_job_at");
        if (lastEnd) timing.add("between_jobs", performance.now() - lastEnd);
        try {
          const d = job.data;
          const doc = await timing.timed("extract", () => pool.run({ path: d.path, bytes: Buffer.from(d.bytes, "base64"), meta: d.meta, ...(d.problems ? { problems: d.problems } : {}) }));
          const fatal = doc.diagnostics.filter((x) => x.severity === "fatal");
          if (fatal.length) throw new Error(fatal.map((x) => `${x.code}: ${x.message}`).join("; "));
          const result = await timing.timed("write_wait_and_store", () => write(() => timing.timed("store", () => store.putDocument(doc))));
          counts.done++;
          options.onDone?.(d.path, result);
          return { status: result.status, claims: result.claims };
        } catch (error) {
          counts.failed++;
          options.onDone?.(job.data.path, error instanceof Error ? error : new Error(String(error)));
          throw error;
        } finally {
          running--;
          lastEnd = performance.now();
          if (ids[k] && !signal?.aborted) boss.notifyWorker(ids[k]);
        }
      });
    await new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      signal?.addEventListener("abort", () => resolve(), { once: true });
      if (options.untilEmpty) {
        const check = async () => {
          if (signal?.aborted) return;
          const left = await pendingCount(boss);
          if (left === 0 && running === 0) resolve();
          else setTimeout(check, 500);
        };
        setTimeout(check, 500);
      }
    });
    await boss.offWork(QUEUE);
    while (running > 0) await new Promise((r) => setTimeout(r, 100));
    await writing;
  } finally {
    await pool.close();
  }
  return counts;
}

/** Jobs not finished yet: waiting, waiting to be retried, or running somewhere. */
async function pendingCount(boss: PgBoss): Promise<number> {
  const s = await queueStatus(boss);
  return s.pending + s.retry + s.running;
}

export interface QueueStatus {
  readonly pending: number;
  readonly retry: number;
  readonly running: number;
  readonly done: number;
  /** Parked after ATTEMPTS failures. */
  readonly failed: number;
  /** The parked documents and why (the last error), newest first, at most 50. */
  readonly failures: { readonly path: string; readonly id: string; readonly attempts: number; readonly error: string; readonly at: string }[];
  /** Documents done per minute over the last five minutes. */
  readonly per_minute: number;
}

/** Counts by state (archived jobs included), the parked documents with their errors, and the recent rate. */
export async function queueStatus(boss: PgBoss, schema = schemas.get(boss) ?? DEFAULT_QUEUE_SCHEMA): Promise<QueueStatus> {
  const db = boss.getDb();
  const s = `"${schema.replace(/"/g, '""')}"`;
  const { rows } = await db.executeSql(
    `select state::text as state, count(*)::int as n, count(*) filter (where completed_on > now() - interval '5 minutes')::int as recent
       from (select state, completed_on from ${s}.job where name = $1 union all select state, completed_on from ${s}.archive where name = $1) j group by state`,
    [QUEUE],
  );
  const by = (state: string) => (rows as { state: string; n: number }[]).find((r) => r.state === state)?.n ?? 0;
  const recent = (rows as { state: string; recent: number }[]).find((r) => r.state === "completed")?.recent ?? 0;
  const failed = await db.executeSql(
    `select data->>'path' as path, data->'meta'->>'id' as id, retry_count as attempts, output, completed_on as at from ${s}.job
      where name = $1 and state = 'failed' order by completed_on desc limit 50`,
    [QUEUE],
  );
  return {
    pending: by("created"),
    retry: by("retry"),
    running: by("active"),
    done: by("completed"),
    failed: by("failed"),
    failures: (failed.rows as { path: string; id: string; attempts: number; output: unknown; at: Date | null }[]).map((r) => ({
      path: r.path,
      id: r.id,
      attempts: Number(r.attempts) + 1,
      error: errorText(r.output),
      at: r.at ? new Date(r.at).toISOString() : "",
    })),
    per_minute: +(recent / 5).toFixed(1),
  };
}

/** The message pg-boss kept of a job's last error (a serialised Error, or what the handler threw). */
function errorText(output: unknown): string {
  if (!output || typeof output !== "object") return String(output ?? "");
  const o = output as { message?: unknown; value?: { message?: unknown } };
  return String(o.message ?? o.value?.message ?? JSON.stringify(output)).split("\n")[0];
}

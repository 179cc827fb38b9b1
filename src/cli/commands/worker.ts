// `armsflow worker --database-url URL [--jobs N]`: takes queued documents (armsflow queue add) and stores them in the
// ledger of that PostgreSQL, until stopped (SIGINT, SIGTERM) or, with --until-empty, until the queue is drained.
// Run as many as wanted, on as many machines: jobs are taken with FOR UPDATE SKIP LOCKED (pg-boss).
import type { Command } from "commander";
import { DEFAULT_QUEUE_SCHEMA, openQueue, workQueue } from "../../queue/pg-queue.js";
import { openStore } from "../../store/open-store.js";
import { printJson, printTable } from "../format.js";
import { jobsOption } from "./extract.js";
import { queueUrl } from "./queue.js";

interface WorkerOptions {
  databaseUrl?: string;
  queueSchema: string;
  ledgerSchema?: string;
  jobs: string;
  untilEmpty?: boolean;
  keepEmpty?: boolean;
  expireSeconds: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command("worker")
    .description("ingest queued documents into the PostgreSQL ledger (run one per machine, or several)")
    .option("--database-url <url>", "PostgreSQL connection URL of the queue and the ledger (default: env DATABASE_URL)")
    .option("--queue-schema <name>", "PostgreSQL schema of the queue", DEFAULT_QUEUE_SCHEMA)
    .option("--ledger-schema <name>", "PostgreSQL schema of the ledger (default: the connection's search path)")
    .option("--jobs <n>", "documents at once, each extracted on a worker thread; one writer stores", "1")
    .option("--until-empty", "stop once no document is left to do")
    .option("--keep-empty", "keep pages that give no claim whole (by default they are recorded as seen only: hash and metadata)")
    .option("--expire-seconds <s>", "seconds a document may run before its job counts as failed and is retried", "300")
    .option("--json", "print a JSON object at the end")
    .action(async (opts: WorkerOptions) => {
      const url = queueUrl(opts);
      const jobs = jobsOption(opts.jobs);
      const expire = Number(opts.expireSeconds);
      if (!Number.isInteger(expire) || expire < 2) throw new Error(`--expire-seconds must be a whole number of at least 2, not ${JSON.stringify(opts.expireSeconds)}`);
      const store = await openStore({ databaseUrl: url, keepEmpty: Boolean(opts.keepEmpty), ...(opts.ledgerSchema ? { schema: opts.ledgerSchema } : {}) });
      const boss = await openQueue({ databaseUrl: url, schema: opts.queueSchema, expireInSeconds: expire, maintenanceSeconds: Math.max(1, Math.min(30, Math.floor(expire / 2))) });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        await store.migrate();
        const counts = await workQueue(boss, store, {
          jobs,
          untilEmpty: Boolean(opts.untilEmpty),
          onDone: (path, r) => {
            if (r instanceof Error) console.error(`failed ${path}: ${r.message.split("\n")[0]}`);
          },
        }, stop.signal);
        if (opts.json) printJson(counts);
        else printTable(["done", "failed (retried or parked)"], [[counts.done, counts.failed]]);
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await boss.stop({ graceful: false, wait: true });
        await store.close();
      }
    });
}

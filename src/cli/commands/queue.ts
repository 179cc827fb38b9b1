// `armsflow queue add PATH... --database-url URL` and `armsflow queue status --database-url URL`: documents queued in
// PostgreSQL for `armsflow worker` processes on any number of machines (src/queue/pg-queue.ts, pg-boss).
import type { Command } from "commander";
import { readInputs } from "../../ingest/read-files.js";
import { DEFAULT_QUEUE_SCHEMA, addDocuments, openQueue, queueStatus } from "../../queue/pg-queue.js";
import { printJson, printTable } from "../format.js";
import { date } from "../validate.js";

interface QueueCliOptions {
  databaseUrl?: string;
  queueSchema: string;
  json?: boolean;
  published?: string;
}

/** The queue's PostgreSQL: --database-url, else DATABASE_URL; the queue lives only there. */
export function queueUrl(opts: { databaseUrl?: string }): string {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error("the queue is in PostgreSQL: give --database-url postgres://... (or DATABASE_URL)");
  return url;
}

export function register(program: Command): void {
  const queue = program.command("queue").description("documents queued in PostgreSQL for `armsflow worker` processes");
  queue
    .command("add")
    .description("queue reports (files or folders) for the workers; a document already queued is not queued again")
    .argument("<paths...>", "files (.txt, .html) or folders; ID.meta.json beside ID.txt gives its metadata")
    .option("--database-url <url>", "PostgreSQL connection URL (default: env DATABASE_URL)")
    .option("--queue-schema <name>", "PostgreSQL schema of the queue", DEFAULT_QUEUE_SCHEMA)
    .option("--published <date>", "publication date (YYYY-MM-DD) for documents whose metadata has none")
    .option("--json", "print a JSON object")
    .action(async (paths: string[], opts: QueueCliOptions) => {
      if (opts.published) date(opts.published, "--published");
      const boss = await openQueue({ databaseUrl: queueUrl(opts), schema: opts.queueSchema });
      try {
        const r = await addDocuments(boss, readInputs(paths), opts.published ?? null);
        if (opts.json) printJson(r);
        else printTable(["queued", "queued before"], [[r.added, r.already]]);
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    });
  queue
    .command("status")
    .description("pending, retrying, running, done and failed documents (failed ones with their error), and the rate")
    .option("--database-url <url>", "PostgreSQL connection URL (default: env DATABASE_URL)")
    .option("--queue-schema <name>", "PostgreSQL schema of the queue", DEFAULT_QUEUE_SCHEMA)
    .option("--json", "print a JSON object")
    .action(async (opts: QueueCliOptions) => {
      const boss = await openQueue({ databaseUrl: queueUrl(opts), schema: opts.queueSchema });
      try {
        const s = await queueStatus(boss);
        if (opts.json) printJson(s);
        else {
          printTable(["pending", "retrying", "running", "done", "failed", "done per minute (last 5 min)"], [[s.pending, s.retry, s.running, s.done, s.failed, s.per_minute]]);
          if (s.failures.length) printTable(["failed document", "attempts", "error"], s.failures.map((f) => [`${f.id} (${f.path})`, f.attempts, f.error]));
        }
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    });
}

// `armsflow serve`: the HTTP API and the dashboard over a ledger.
import type { Command } from "commander";
import { serve } from "../../api/server.js";
import { resolveLedger } from "../format.js";
import { integer } from "../validate.js";

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API and the dashboard over a ledger (made empty if it does not exist)")
    .option("--db <file>", "SQLite ledger file (default: env ARMSFLOW_DB, else data/armsflow.db)")
    .option("--database-url <url>", "PostgreSQL URL of the ledger (default: env DATABASE_URL)")
    .option("--port <n>", "port to listen on (default: env PORT, else 8080)")
    .option("--host <address>", "address to bind", process.env.HOST ?? "127.0.0.1")
    .option("--public-reads", "answer reads from any address, not only this machine", false)
    .option("--read-only", "serve the ledger for reading only: writes are refused (a file that cannot be written is served so anyway)")
    .option("--keep-empty", "keep posted pages that give no claim whole (by default they are recorded as seen only: hash and metadata)")
    .option("--json", "print the address and ledger as one JSON line once listening")
    .action(async (options: { db?: string; databaseUrl?: string; port?: string; host: string; publicReads: boolean; json?: boolean; readOnly?: boolean; keepEmpty?: boolean }) => {
      const port = integer(options.port ?? process.env.PORT ?? "8080", "--port", 0, 65535);
      const ledger = resolveLedger(options);
      const lines: string[] = [];
      const running = await serve({
        ...(ledger.kind === "postgres" ? { databaseUrl: ledger.url } : { db: ledger.file }),
        port, host: options.host, publicReads: options.publicReads, readOnly: options.readOnly ?? false, keepEmpty: options.keepEmpty ?? false,
        ...(options.json ? { print: (line: string) => void lines.push(line) } : {}),
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ url: running.url, ledger: ledger.kind === "postgres" ? "postgresql" : ledger.file, messages: lines })}\n`);
      }
      const stop = () => void running.close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

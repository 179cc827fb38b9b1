// `armsflow serve`: the HTTP API and the dashboard over a ledger.
import type { Command } from "commander";
import { serve } from "../../api/server.js";

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API and the dashboard over a ledger")
    .option("--db <file>", "SQLite file of the ledger", "data/armsflow.db")
    .option("--database-url <url>", "PostgreSQL URL of the ledger (instead of --db)", process.env.DATABASE_URL)
    .option("--port <n>", "port to listen on", (v) => Number.parseInt(v, 10), Number(process.env.PORT ?? 8080))
    .option("--host <address>", "address to bind", process.env.HOST ?? "127.0.0.1")
    .option("--public-reads", "answer reads from any address, not only this machine", false)
    .action(async (options: { db: string; databaseUrl?: string; port: number; host: string; publicReads: boolean }) => {
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`--port: not a port: ${options.port}`);
      const running = await serve(options);
      const stop = () => void running.close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

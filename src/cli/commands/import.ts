// `armsflow import FILE`: reads `armsflow export --full` back into an empty ledger, in one transaction.
import { createReadStream, existsSync } from "node:fs";
import type { Command } from "commander";
import { importLedger } from "../full-dump.js";
import { printJson, withStore, withStoreOptions } from "../format.js";
import { RunError } from "../validate.js";

export function register(program: Command): void {
  withStoreOptions(
    program
      .command("import")
      .description("read a ledger written by `armsflow export --format jsonl --full` into an empty ledger (- reads standard input)")
      .argument("<file>", "the export file, or - for standard input"),
  ).action(async (file: string, opts: { db?: string; databaseUrl?: string; json?: boolean; create?: boolean }) => {
    if (file !== "-" && !existsSync(file)) throw new RunError(`no such file: ${file}`);
    const input = file === "-" ? process.stdin : createReadStream(file);
    const result = await withStore(opts, (store) => importLedger((store as unknown as { db: Parameters<typeof importLedger>[0] }).db, input), "create");
    if (opts.json) printJson(result);
    else process.stdout.write(`imported ${Object.entries(result.rows).map(([t, n]) => `${n} ${t}`).join(", ")}\n`);
  });
}

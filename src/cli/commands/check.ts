// `armsflow check`: the ledger's integrity; exit 1 on any finding.
import type { Command } from "commander";
import { checkLedger } from "../check-ledger.js";
import { oneLine } from "../diagnostics.js";
import { printJson, resolveLedger, withStore, withStoreOptions } from "../format.js";

export function register(program: Command): void {
  withStoreOptions(
    program
      .command("check")
      .description("check the ledger's integrity: the engine's own check, foreign keys, every claim's span, every statement's claims and recount"),
  ).action(async (opts: { db?: string; databaseUrl?: string; json?: boolean }) => {
    const engine = resolveLedger(opts).kind === "postgres" ? "postgres" : "sqlite";
    const report = await withStore(opts, (store) => checkLedger((store as unknown as { db: Parameters<typeof checkLedger>[0] }).db, engine));
    if (opts.json) printJson(report);
    else {
      for (const f of report.findings) process.stdout.write(`${f.check}: ${oneLine(f.detail)}\n`);
      const summary = Object.entries(report.counts).map(([k, n]) => `${n} ${k}`).join(", ");
      process.stdout.write(`${report.ok ? "ok" : "FAILED"}: ${report.documents} documents, ${report.claims} claims, ${report.statements} statements checked${summary ? `; findings: ${summary}` : ""}\n`);
    }
    if (!report.ok) process.exitCode = 1;
  });
}

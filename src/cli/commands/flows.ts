// `armsflow flows`: every flow with its latest best figure, statements, reports and independent sources.
import type { Command } from "commander";
import { formatQuantity, formatSource, printJson, printTable, withStore, withStoreOptions } from "../format.js";

export function register(program: Command): void {
  withStoreOptions(program.command("flows").description("list every flow: supplier, recipient, item, statements, latest figure, independent sources")).action(
    async (opts: { db?: string; databaseUrl?: string; json?: boolean }) => {
      // The busiest flows first: most statements, then most independent sources.
      const flows = (await withStore(opts, (store) => store.listFlows())).sort((a, b) => b.statements - a.statements || b.independent_sources - a.independent_sources);
      if (opts.json) return printJson(flows);
      printTable(
        ["supplier", "recipient", "item", "statements", "reports", "indep. sources", "latest figure", "stated", "source", "first", "last", "conflicts"],
        flows.map((f) => [f.supplier, f.recipient, f.item, f.statements, f.reports, f.independent_sources, `${formatQuantity(f.latest?.quantity ?? null)}${f.latest?.measure === "increment" ? " (increment)" : ""}`, f.latest?.stated, f.latest ? formatSource(f.latest.source) : "", f.first_stated, f.last_stated, f.conflicts?.length ?? 0]),
      );
    },
  );
}

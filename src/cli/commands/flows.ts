// `armsflow flows`: every flow with its latest best figure, statements, reports and independent sources.
import type { Command } from "commander";
import { formatQuantity, formatSource, printJson, printTable, withStore, withStoreOptions } from "../format.js";

export function register(program: Command): void {
  withStoreOptions(program.command("flows").description("list every flow: supplier, recipient, item, statements, latest figure, independent sources"))
    .option("--wide", "every column at full width (the table is otherwise fitted to 100 columns)")
    .action(
    async (opts: { db?: string; databaseUrl?: string; json?: boolean; wide?: boolean }) => {
      // The busiest flows first: most statements, then most independent sources.
      const flows = (await withStore(opts, (store) => store.listFlows())).sort((a, b) => b.statements - a.statements || b.independent_sources - a.independent_sources);
      if (opts.json) return printJson(flows);
      const latest = (f: (typeof flows)[number]) => `${formatQuantity(f.latest?.quantity ?? null)}${f.latest?.measure === "increment" ? " (increment)" : ""}`;
      if (opts.wide)
        return printTable(
          ["supplier", "recipient", "item", "statements", "reports", "indep. sources", "latest figure", "stated", "source", "first", "last", "conflicts"],
          flows.map((f) => [f.supplier, f.recipient, f.item, f.statements, f.reports, f.independent_sources, latest(f), f.latest?.stated, f.latest ? formatSource(f.latest.source) : "", f.first_stated, f.last_stated, f.conflicts?.length ?? 0]),
          { wide: true },
        );
      // Fitted to 100 columns: "supplier→recipient item" in one column, the dates of the first and last
      // statement, the count of reports and of conflicts left out as needed, the figure and its source wrapped.
      printTable(
        ["flow", "stmts", "indep.", "latest figure", "stated", "source", "reports", "conflicts", "first", "last"],
        flows.map((f) => [`${f.supplier}→${f.recipient} ${f.item}`, f.statements, f.independent_sources, latest(f), f.latest?.stated, f.latest ? formatSource(f.latest.source) : "", f.reports, f.conflicts?.length ?? 0, f.first_stated, f.last_stated]),
        { drop: ["first", "last", "conflicts", "reports"], wrap: ["source", "latest figure", "flow"] },
      );
    },
  );
}

// `armsflow statements`: statements with their reports, filtered by supplier, recipient, item, source, unit, date.
import type { Command } from "commander";
import type { Item } from "../../core/claim.js";
import { date, integer, item, state } from "../validate.js";
import { printJson, printTable, STATEMENT_FIT, STATEMENT_HEAD, statementJson, statementRows, withStore, withStoreOptions } from "../format.js";

interface Options {
  db?: string;
  databaseUrl?: string;
  json?: boolean;
  supplier?: string;
  recipient?: string;
  item?: string;
  source?: string;
  unit?: string;
  since?: string;
  limit?: string;
  wide?: boolean;
}

export function register(program: Command): void {
  withStoreOptions(
    program
      .command("statements")
      .description("list statements (one original act of claiming each) with their reports")
      .option("--supplier <state>", "supplier state (ISO alpha-3)")
      .option("--recipient <state>", "recipient state (ISO alpha-3)")
      .option("--item <item>", "item (e.g. artillery-ammunition)")
      .option("--source <name>", "speaker or body, any part of the name")
      .option("--unit <unit>", "unit of the figure (e.g. containers)")
      .option("--since <date>", "stated on or after YYYY-MM-DD")
      .option("--limit <n>", "at most this many statements")
      .option("--wide", "every column at full width, statement ids included (the table is otherwise fitted to 100 columns)"),
  ).action(async (opts: Options) => {
    // Checked before the ledger is opened: a typo is a usage error (exit 2) with a clear message.
    const filter = {
      supplier: opts.supplier === undefined ? undefined : state(opts.supplier, "--supplier"),
      recipient: opts.recipient === undefined ? undefined : state(opts.recipient, "--recipient"),
      item: opts.item === undefined ? undefined : (item(opts.item, "--item") as Item),
      source: opts.source,
      unit: opts.unit,
      since: opts.since === undefined ? undefined : date(opts.since, "--since"),
      limit: opts.limit === undefined ? undefined : integer(opts.limit, "--limit", 1),
    };
    const list = await withStore(opts, (store) => store.listStatements(filter));
    if (opts.json) return printJson(list.map(statementJson));
    printTable(STATEMENT_HEAD, statementRows(list), { ...STATEMENT_FIT, wide: opts.wide });
  });
}

// `armsflow flow SUPPLIER RECIPIENT ITEM`: the flow's timeline of statements, figures with bounds, sources and reports.
import type { Command } from "commander";
import type { Item } from "../../core/claim.js";
import { item as checkItem, integer, state } from "../validate.js";
import { formatQuantity, printJson, printTable, STATEMENT_FIT, STATEMENT_HEAD, statementJson, statementRows, withStore, withStoreOptions, wrapLine } from "../format.js";

export function register(program: Command): void {
  withStoreOptions(
    program
      .command("flow")
      .description("one flow's timeline: date, figure (with bounds), unit, source, certainty, reports")
      .argument("<supplier>", "supplier state (ISO alpha-3, e.g. PRK)")
      .argument("<recipient>", "recipient state (ISO alpha-3, e.g. RUS)")
      .argument("<item>", "item (e.g. artillery-ammunition)"),
  )
    .option("--wide", "every column at full width, statement ids included (the table is otherwise fitted to 100 columns)")
    .option("--limit <n>", "at most this many statements (a page of the timeline)")
    .option("--offset <n>", "skip this many statements first (with --limit: the next page)")
    .action(async (supplierArg: string, recipientArg: string, itemArg: string, opts: { db?: string; databaseUrl?: string; json?: boolean; wide?: boolean; limit?: string; offset?: string }) => {
    const supplier = state(supplierArg, "SUPPLIER");
    const recipient = state(recipientArg, "RECIPIENT");
    const item = checkItem(itemArg, "ITEM");
    const page = {
      ...(opts.limit === undefined ? {} : { limit: integer(opts.limit, "--limit", 1) }),
      ...(opts.offset === undefined ? {} : { offset: integer(opts.offset, "--offset", 0) }),
    };
    const [timeline, flow, chains] = await withStore(opts, async (store) => {
      const t = await store.getFlow(supplier.toUpperCase(), recipient.toUpperCase(), item as Item, page);
      const f = (await store.listFlows()).find((x) => x.supplier === supplier.toUpperCase() && x.recipient === recipient.toUpperCase() && x.item === item);
      const c = await store.listRelayChains({ supplier: supplier.toUpperCase(), recipient: recipient.toUpperCase(), item: item as Item });
      return [t, f, c] as const;
    });
    if (opts.json) return printJson(timeline.map(statementJson));
    if (!timeline.length) {
      process.stderr.write(`no statements on ${supplier} → ${recipient}, ${item}\n`);
      return;
    }
    printTable(STATEMENT_HEAD, statementRows(timeline), { ...STATEMENT_FIT, drop: ["flow", "id"], wide: opts.wide });
    if (flow && timeline.length < flow.statements) {
      const from = (page.offset ?? 0) + 1;
      process.stdout.write(`${wrapLine(`statements ${from}–${from + timeline.length - 1} of ${flow.statements} (--limit and --offset page through them)`)}
`);
    }
    if (flow?.latest) process.stdout.write(`${wrapLine(`latest best figure: ${formatQuantity(flow.latest.quantity)} (${flow.latest.stated ?? "undated"}); independent sources: ${flow.independent_sources}`)}\n`);
    for (const c of flow?.conflicts ?? []) process.stdout.write(`${wrapLine(`conflict around ${c.stated}: ${c.figures.map((f) => `${formatQuantity(f.quantity)} (${f.source.speaker ?? f.source.org})`).join(" vs ")}`)}\n`);
    for (const c of chains) process.stdout.write(`${wrapLine(`relayed${c.circular ? " (circular)" : ""}: ${c.chain.join(" → ")} [${c.doc}]`)}\n`);
  });
}

// `armsflow delete ID` (or `--url URL`): removes a document, every version of it, and its claims; the statements
// they carried are rebuilt from the reports left, or removed.
import type { Command } from "commander";
import { printJson, withStore, withStoreOptions } from "../format.js";
import { RunError, UsageError } from "../validate.js";

interface Options {
  db?: string;
  databaseUrl?: string;
  json?: boolean;
  readOnly?: boolean;
  url?: string;
}

export function register(program: Command): void {
  withStoreOptions(
    program
      .command("delete")
      .description("remove a document (every version) and its claims from the ledger; the statements they carried are rebuilt or removed")
      .argument("[id]", "the document's id (its meta id, else its file name without extension)")
      .option("--url <url>", "the document whose current version has this address, instead of an id"),
  ).action(async (id: string | undefined, opts: Options) => {
    if ((id === undefined) === (opts.url === undefined)) throw new UsageError("delete takes a document id or --url URL (one of them)");
    const target = opts.url !== undefined ? { url: opts.url } : { id: id! };
    const named = opts.url !== undefined ? `with the address ${opts.url}` : id!;
    const result = await withStore(opts, (store) => store.deleteDocument(target), "write");
    if (result.status === "not-found") throw new RunError(`no document ${named} in the ledger`);
    if (result.status === "ambiguous") throw new RunError(`${result.ids.length} documents have the address ${opts.url}: delete one by its id (${result.ids.join(", ")})`);
    if (opts.json) return printJson(result);
    const { changed, removed } = result.statements;
    process.stdout.write(
      `deleted ${result.id}: ${result.versions} version${result.versions === 1 ? "" : "s"}, ${result.claims} claim${result.claims === 1 ? "" : "s"}; ` +
        `statements: ${changed} rebuilt from other reports, ${removed} removed\n`,
    );
  });
}

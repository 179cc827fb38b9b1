// `armsflow ingest PATH...`: reads reports, extracts their claims, stores and links them, one transaction per document.
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { readInputs } from "../../ingest/read-files.js";
import type { ArmsDocument } from "../../core/document.js";
import { extractInOrder } from "../../work/extract-pool.js";
import type { PutResult } from "../../store/store.js";
import { date } from "../validate.js";
import { DiagnosticTally, type DiagnosticLike } from "../diagnostics.js";
import { printJson, printTable, withStore, withStoreOptions } from "../format.js";
import { jobsOption } from "./extract.js";

interface Options {
  db?: string;
  databaseUrl?: string;
  published?: string;
  json?: boolean;
  jobs?: string;
  keepEmpty?: boolean;
}

export interface IngestSummary {
  stored: number;
  unchanged: number;
  new_versions: number;
  failed: number;
  claims: number;
  failures: { path: string; id: string; diagnostics: string[] }[];
}

export function register(program: Command): void {
  withStoreOptions(
    program
      .command("ingest")
      .description("read reports (files or folders), extract their claims, store and link them")
      .argument("<paths...>", "files (.txt, .html) or folders; ID.meta.json beside ID.txt gives its metadata")
      .option("--published <date>", "publication date (YYYY-MM-DD) for documents whose metadata has none")
      .option("--jobs <n>", "worker threads that read and extract (default 1); one writer stores, in input order", "1")
      .option("--keep-empty", "keep pages that give no claim whole (text and raw page); by default such a page is recorded as seen only (its hash and metadata), so that ingesting it again is still unchanged"),
  ).action(async (paths: string[], opts: Options) => {
    if (opts.published) date(opts.published, "--published");
    const jobs = jobsOption(opts.jobs ?? "1");
    const tally = new DiagnosticTally();
    const summary = await withStore(opts, (store) => ingest(paths, (doc) => store.putDocument(doc, { keepEmpty: Boolean(opts.keepEmpty) }), opts.published, tally, { jobs }), "create");
    if (opts.json) printJson(summary);
    else printTable(["stored", "unchanged", "new versions", "failed", "claims"], [[summary.stored, summary.unchanged, summary.new_versions, summary.failed, summary.claims]]);
    tally.print();
    if (summary.failed > 0 || tally.notAsGiven > 0) process.exitCode = 1;
  });
}

/**
 * Ingests every input (memory does not grow with the folder); a failure stops only its document. With
 * `jobs` above 1, worker threads read and extract while this thread alone stores, in input order.
 */
export async function ingest(paths: string[], put: (doc: ArmsDocument) => Promise<PutResult>, published?: string, tally?: DiagnosticTally, options: { jobs?: number } = {}): Promise<IngestSummary> {
  const s: IngestSummary = { stored: 0, unchanged: 0, new_versions: 0, failed: 0, claims: 0, failures: [] };
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: "ingest {value} documents | {stored} stored, {unchanged} unchanged, {versions} new versions, {failed} failed | {file}", stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(0, 0, { stored: 0, unchanged: 0, versions: 0, failed: 0, file: "" });
  let n = 0;
  for await (const { input, doc } of extractInOrder(readInputs(paths), { jobs: options.jobs ?? 1, published: published ?? null })) {
    const fatal = doc.diagnostics.filter((d) => d.severity === "fatal");
    let storeFailure: DiagnosticLike | null = null;
    if (fatal.length) {
      s.failed++;
      s.failures.push({ path: input.path, id: doc.meta.id, diagnostics: fatal.map((d) => `${d.code}: ${d.message}`) });
    } else {
      try {
        const r = await put(doc);
        if (r.status === "stored") s.stored++;
        else if (r.status === "unchanged") s.unchanged++;
        else s.new_versions++;
        if (r.status !== "unchanged") s.claims += r.claims;
      } catch (error) {
        // The store's transaction rolled the whole document back; name it and go on with the next.
        s.failed++;
        const message = `${input.path}: document ${doc.meta.id} was not stored (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
        s.failures.push({ path: input.path, id: doc.meta.id, diagnostics: [`store-failed: ${message}`] });
        storeFailure = { code: "store-failed", severity: "fatal", message, stage: "store" };
      }
    }
    tally?.add(storeFailure ? [...doc.diagnostics, storeFailure] : doc.diagnostics);
    n++;
    bar?.setTotal(n);
    bar?.update(n, { stored: s.stored, unchanged: s.unchanged, versions: s.new_versions, failed: s.failed, file: input.path.slice(-40) });
  }
  bar?.stop();
  return s;
}

// `armsflow extract PATH...`: every claim of the pages given, one a line, readable or as SCHEMA.md JSONL.
import type { Command } from "commander";
import { toSchemaClaim, type Claim } from "../../core/claim.js";
import { readInputs } from "../../ingest/read-files.js";
import { date, oneOf } from "../validate.js";
import { DiagnosticTally } from "../diagnostics.js";
import { extractAll } from "../extract-all.js";
import { formatQuantity, formatSource } from "../format.js";
import { extractInOrder } from "../../work/extract-pool.js";

export function register(program: Command): void {
  program
    .command("extract")
    .description("extract the claims of reports (files or folders of .txt/.html pages, ID.meta.json beside them)")
    .argument("<paths...>", "files or folders")
    .option("--published <date>", "publication date (YYYY-MM-DD) for pages that carry none")
    .option("--format <format>", "text (readable) or jsonl (the claim form of docs/claims.md, with spans)", "text")
    .option("--json", "same as --format jsonl")
    .option("--link", "link claims across the documents into statements (adds `statement`)")
    .option("--documents", "with jsonl: also one line per document, {document, url, outlet, published, title, author, diagnostics}")
    .option("--jobs <n>", "worker threads that read and extract (default 1: this thread); output stays in input order", "1")
    .action(async (paths: string[], opts: { published?: string; format: string; json?: boolean; link?: boolean; documents?: boolean; jobs: string }) => {
      if (opts.published) date(opts.published, "--published");
      const format = opts.json ? "jsonl" : oneOf(opts.format, "--format", ["text", "jsonl"] as const);
      const jobs = jobsOption(opts.jobs);
      // Without --link nothing waits for the folder: each document's lines go out as soon as it (and those before it) are done.
      if (!opts.link) {
        await streamExtract(paths, { format, documents: Boolean(opts.documents), jobs, published: opts.published ?? null });
        return;
      }
      const result = await extractAll(readInputs(paths), { link: Boolean(opts.link), published: opts.published ?? null, jobs });
      if (format === "jsonl") {
        if (opts.documents) {
          for (const d of result.documents) {
            const { id, ...meta } = d.meta;
            process.stdout.write(`${JSON.stringify({ document: id, ...meta, diagnostics: d.diagnostics })}\n`);
          }
        }
        for (const line of result.lines) process.stdout.write(`${JSON.stringify(line)}\n`);
      }
      else process.stdout.write(readable(result.claims));
      const tally = new DiagnosticTally();
      for (const d of result.documents) tally.add(d.diagnostics);
      tally.print();
      console.error(`${result.documents.length} documents, ${result.claims.length} claims, ${result.failed.length} failed`);
      process.exitCode = tally.notAsGiven ? 1 : 0;
    });
}

/** `--jobs N`: a whole number from 1 to 64 (a usage error otherwise). */
export function jobsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`--jobs must be a whole number from 1 to 64, not ${JSON.stringify(value)}`);
  return n;
}

/** Writes each document's lines as it is done (memory does not grow with the folder); counts on stderr at the end. */
export async function streamExtract(
  paths: string[],
  opts: { format: "text" | "jsonl"; documents: boolean; jobs: number; published: string | null },
  write: (chunk: string) => void = (c) => void process.stdout.write(c),
): Promise<void> {
  const tally = new DiagnosticTally();
  let documents = 0;
  let claims = 0;
  let failed = 0;
  for await (const { doc } of extractInOrder(readInputs(paths), { jobs: opts.jobs, published: opts.published })) {
    documents++;
    claims += doc.claims.length;
    if (doc.failed) failed++;
    tally.add(doc.diagnostics);
    if (opts.format === "jsonl") {
      let out = "";
      if (opts.documents) {
        const { id, ...meta } = doc.meta;
        out += `${JSON.stringify({ document: id, ...meta, diagnostics: doc.diagnostics })}\n`;
      }
      for (const c of doc.claims) out += `${JSON.stringify(toSchemaClaim(c))}\n`;
      if (out) write(out);
    } else {
      const out = readable(doc.claims);
      if (out) write(out);
    }
  }
  tally.print();
  console.error(`${documents} documents, ${claims} claims, ${failed} failed`);
  process.exitCode = tally.notAsGiven ? 1 : 0;
}

/** One claim a line: document, parties, item, figure, period, certainty, source, then the evidence quoted. */
export function readable(claims: readonly Claim[]): string {
  const lines: string[] = [];
  for (const c of claims) {
    const parties = c.kind === "transfer" ? `${c.supplier} → ${c.recipient}` : `${c.supplier} (${c.kind})`;
    const period = c.period ? `${c.period.start ?? "…"}–${c.period.end ?? "…"}` : "";
    const figure = formatQuantity(c.quantity) + (c.calibre ? ` ${c.calibre}` : "");
    lines.push([c.doc, parties, c.item, figure, period, c.certainty, formatSource(c.source), c.statement ?? ""].filter(Boolean).join("  "));
    lines.push(`    “${c.evidence.text.replace(/\s+/g, " ")}” [${c.evidence.start}, ${c.evidence.end})`);
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

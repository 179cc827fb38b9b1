// `armsflow extract PATH...`: every claim of the pages given, one a line, readable or as SCHEMA.md JSONL.
import type { Command } from "commander";
import type { Claim } from "../../core/claim.js";
import { readInputs } from "../../ingest/read-files.js";
import { date, oneOf } from "../validate.js";
import { DiagnosticTally } from "../diagnostics.js";
import { extractAll } from "../extract-all.js";
import { formatQuantity, formatSource } from "../format.js";

export function register(program: Command): void {
  program
    .command("extract")
    .description("extract the claims of reports (files or folders of .txt/.html pages, ID.meta.json beside them)")
    .argument("<paths...>", "files or folders")
    .option("--published <date>", "publication date (YYYY-MM-DD) for pages that carry none")
    .option("--format <format>", "text (readable) or jsonl (the SCHEMA.md claim form with spans)", "text")
    .option("--json", "same as --format jsonl")
    .option("--link", "link claims across the documents into statements (adds `statement`)")
    .option("--documents", "with jsonl: also one line per document, {document, url, outlet, published, title, author, diagnostics}")
    .action(async (paths: string[], opts: { published?: string; format: string; json?: boolean; link?: boolean; documents?: boolean }) => {
      if (opts.published) date(opts.published, "--published");
      const format = opts.json ? "jsonl" : oneOf(opts.format, "--format", ["text", "jsonl"] as const);
      const result = await extractAll(readInputs(paths), { link: Boolean(opts.link), published: opts.published ?? null });
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

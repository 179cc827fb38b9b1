// `armsflow export --format csv|jsonl --what claims|statements|documents`: the ledger with its provenance, page by page.
import type { Command } from "commander";
import { toSchemaClaim } from "../../core/claim.js";
import type { Store } from "../../store/store.js";
import { statementJson, withStore, withStoreOptions } from "../format.js";
import { oneOf, UsageError } from "../validate.js";

const PAGE = 1000;

/**
 * The CSV columns of each table, fixed and documented (docs/data-formats.md): every row has every column,
 * whatever the first record held. Nested fields are dotted (quantity.value, source.speaker).
 */
export const CSV_COLUMNS = {
  claims: [
    "doc", "kind", "supplier", "recipient", "item", "quantity.value", "quantity.min", "quantity.max", "quantity.unit", "quantity.approx",
    "calibre", "period.start", "period.end", "cumulative", "stated", "certainty", "source.speaker", "source.org", "source.country",
    "relays", "statement", "evidence", "spans.evidence.start", "spans.evidence.end",
  ],
  // One row per report of a statement: a statement carried by three reports is three rows with one id.
  statements: [
    "id", "kind", "supplier", "recipient", "item", "quantity.value", "quantity.min", "quantity.max", "quantity.unit", "quantity.approx",
    "period.start", "period.end", "cumulative", "stated", "certainty", "source.speaker", "source.org", "source.country",
    "independent_sources", "report_count", "report.doc", "report.url", "report.outlet", "report.published", "report.relays",
    "report.evidence", "report.start", "report.end",
  ],
  documents: ["id", "version", "key", "hash", "url", "outlet", "title", "author", "published", "format", "group", "ingested_at", "diagnostics", "text"],
} as const;

type Table = keyof typeof CSV_COLUMNS;

/** The value at a dotted path: `pick({a: {b: 1}}, "a.b")` → 1; arrays as JSON. */
function pick(o: Record<string, unknown>, path: string): unknown {
  let v: unknown = o;
  for (const part of path.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
  return Array.isArray(v) ? JSON.stringify(v) : v;
}

/**
 * One CSV cell (RFC 4180 quoting). A text that a spreadsheet would run as a formula (it begins with = + - @,
 * a tab or a carriage return) gets a leading apostrophe; numbers stay numbers.
 */
export function cell(v: unknown): string {
  let s = v === null || v === undefined ? "" : String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV rows of one record: statements give one row per report. */
export function csvRows(table: Table, record: Record<string, unknown>): string[] {
  const columns = CSV_COLUMNS[table] as readonly string[];
  const line = (o: Record<string, unknown>) => columns.map((c) => cell(pick(o, c))).join(",");
  if (table !== "statements") return [line(record)];
  const reports = (record.reports as Record<string, unknown>[] | undefined) ?? [];
  const base = { ...record, report_count: reports.length };
  if (!reports.length) return [line(base)];
  return reports.map((report) => line({ ...base, report }));
}

async function* records(store: Store, what: string): AsyncGenerator<Record<string, unknown>> {
  for (let offset = 0; ; offset += PAGE) {
    let page: Record<string, unknown>[];
    if (what === "claims") page = (await store.listClaims({ limit: PAGE, offset })).map(toSchemaClaim);
    else if (what === "statements") page = (await store.listStatements({ limit: PAGE, offset })).map(statementJson);
    else page = (await store.listDocuments({ limit: PAGE, offset })).map(({ raw: _raw, ...d }) => ({ ...d, diagnostics: d.diagnostics.length }));
    yield* page;
    if (page.length < PAGE) return;
  }
}

export function register(program: Command): void {
  withStoreOptions(
    program
      .command("export")
      .description("write claims, statements or documents, with provenance, as CSV or JSONL on standard output")
      .option("--format <format>", "csv or jsonl", "jsonl")
      .option("--what <what>", "claims, statements (CSV: one row per report) or documents", "claims")
      .option("--full", "the whole ledger for `armsflow import`: every table, every document version, raw pages (base64), diagnostics (JSONL only)"),
  ).action(async (opts: { db?: string; databaseUrl?: string; format: string; what: string; full?: boolean }) => {
    const format = oneOf(opts.format, "--format", ["csv", "jsonl"] as const);
    if (opts.full) {
      if (format !== "jsonl") throw new UsageError("--full writes JSONL only: give --format jsonl");
      const { dumpLedger } = await import("../full-dump.js");
      return withStore(opts, async (store) => {
        for await (const line of dumpLedger((store as unknown as { db: Parameters<typeof dumpLedger>[0] }).db)) {
          if (!process.stdout.write(`${line}\n`)) await new Promise((r) => process.stdout.once("drain", r));
        }
      });
    }
    const what = oneOf(opts.what, "--what", ["claims", "statements", "documents"] as const);
    await withStore(opts, async (store) => {
      // A UTF-8 byte order mark, so spreadsheets read arrows and curly quotes as written.
      if (format === "csv") process.stdout.write(`\uFEFF${CSV_COLUMNS[what].join(",")}\n`);
      for await (const r of records(store, what)) {
        if (format === "jsonl") process.stdout.write(`${JSON.stringify(r)}\n`);
        else for (const row of csvRows(what, r)) process.stdout.write(`${row}\n`);
      }
    });
  });
}

// `armsflow export --format csv|jsonl --what claims|statements|documents`: the ledger with its provenance, page by page.
import type { Command } from "commander";
import { toSchemaClaim } from "../../core/claim.js";
import type { Store } from "../../store/store.js";
import { statementJson, withStore, withStoreOptions } from "../format.js";

const PAGE = 1000;

/** Flattens nested fields with dotted names (quantity.value, source.speaker) for CSV. */
const SHAPES: Record<string, Record<string, null>> = {
  quantity: { value: null, min: null, max: null, unit: null, approx: null },
  period: { start: null, end: null },
};

function flatten(o: Record<string, unknown>, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, raw] of Object.entries(o)) {
    // Null nested records keep their columns, so every row has the header's columns.
    const v = raw === null && !prefix && SHAPES[k] ? SHAPES[k] : raw;
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object" && !Array.isArray(v)) flatten(v as Record<string, unknown>, key, out);
    else out[key] = Array.isArray(v) ? JSON.stringify(v) : v;
  }
  return out;
}

// Hand-written: RFC 4180 quoting is three lines, not worth a dependency.
const cell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

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
      .option("--what <what>", "claims, statements or documents", "claims"),
  ).action(async (opts: { db?: string; databaseUrl?: string; format: string; what: string }) => {
    if (!["csv", "jsonl"].includes(opts.format)) throw new Error(`--format must be csv or jsonl, not ${opts.format}`);
    if (!["claims", "statements", "documents"].includes(opts.what)) throw new Error(`--what must be claims, statements or documents, not ${opts.what}`);
    // A reader that stops early (`| head`) is not an error.
    process.stdout.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
    await withStore(opts, async (store) => {
      let columns: string[] | null = null;
      for await (const r of records(store, opts.what)) {
        if (opts.format === "jsonl") {
          process.stdout.write(`${JSON.stringify(r)}\n`);
          continue;
        }
        const flat = flatten(r);
        if (!columns) {
          columns = Object.keys(flat);
          process.stdout.write(`${columns.map(cell).join(",")}\n`);
        }
        process.stdout.write(`${columns.map((c) => cell(flat[c])).join(",")}\n`);
      }
    });
  });
}

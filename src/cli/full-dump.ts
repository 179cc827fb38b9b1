// `armsflow export --full` and `armsflow import`: the whole ledger as JSONL, every table row by
// row (every version of every document, its raw page as base64, its diagnostics, every claim, statement and
// source), and back into an empty ledger, so that export then import gives the same ledger on either engine.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";

/** The tables dumped, parents first (import inserts in this order); flow_summaries is a cache, rebuilt on read. */
export const DUMP_TABLES = ["documents", "doc_bands", "claims", "statements", "sources"] as const;
type Table = (typeof DUMP_TABLES)[number];
/** A key that orders each table's rows, so that two dumps of one ledger are equal line for line. */
const ORDER: Record<Table, readonly string[]> = { documents: ["key"], doc_bands: ["doc_key", "band"], claims: ["key"], statements: ["id"], sources: ["id"] };
const PAGE = 500;
export const DUMP_FORMAT = "armsflow-ledger/1";

/**
 * The header line, then one line per row: `{"table":"claims","row":{...}}`, then the end line with the count of
 * rows per table (`{"end":{"documents":26,...}}`), so that an export cut short (a killed process, a full disk)
 * is refused on import instead of read as a smaller ledger. Document pages travel as base64 (`raw_base64`).
 */
export async function* dumpLedger(db: Kysely<Database>): AsyncGenerator<string> {
  yield JSON.stringify({ format: DUMP_FORMAT, tables: DUMP_TABLES });
  const counts: Record<string, number> = Object.fromEntries(DUMP_TABLES.map((t) => [t, 0]));
  for (const table of DUMP_TABLES) {
    for (let offset = 0; ; offset += PAGE) {
      let q = db.selectFrom(table as never).selectAll() as never as { orderBy(c: string): typeof q; limit(n: number): typeof q; offset(n: number): typeof q; execute(): Promise<Record<string, unknown>[]> };
      for (const c of ORDER[table]) q = q.orderBy(c);
      const rows = await q.limit(PAGE).offset(offset).execute();
      for (const row of rows) yield JSON.stringify({ table, row: encodeRow(table, row) });
      counts[table] += rows.length;
      if (rows.length < PAGE) break;
    }
  }
  yield JSON.stringify({ end: counts });
}

function encodeRow(table: Table, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" ? Number(v) : v;
  if (table === "documents") {
    out.raw_base64 = Buffer.from(String(row.raw), "utf8").toString("base64");
    delete out.raw;
    out.diagnostics = JSON.parse(String(row.diagnostics));
  }
  return out;
}

function decodeRow(table: Table, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== "documents") return row;
  const { raw_base64, ...rest } = row;
  if (typeof raw_base64 !== "string") throw new Error("a document row without raw_base64");
  return { ...rest, raw: Buffer.from(raw_base64, "base64").toString("utf8"), diagnostics: JSON.stringify(rest.diagnostics ?? []) };
}

export interface ImportResult {
  readonly rows: Record<string, number>;
}

/** Reads a dump into an empty ledger, in one transaction: all of it or none. Refuses a ledger that holds documents. */
export async function importLedger(db: Kysely<Database>, input: Readable): Promise<ImportResult> {
  // The iterator is made before anything is awaited: lines read while the transaction opens are kept, not lost.
  const lines = { [Symbol.asyncIterator]: ((it) => () => it)(createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]()) };
  const counts: Record<string, number> = Object.fromEntries(DUMP_TABLES.map((t) => [t, 0]));
  let header = false;
  let end: Record<string, unknown> | null = null;
  let n = 0;
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("documents").select("key").limit(1).execute();
    if (existing.length) throw new ImportError("the ledger is not empty: import goes into an empty ledger only (make one with --create)");
    const batches = new Map<Table, Record<string, unknown>[]>();
    const flush = async (table: Table) => {
      const rows = batches.get(table);
      if (rows?.length) await trx.insertInto(table as never).values(rows as never).execute();
      batches.set(table, []);
    };
    let current: Table | null = null;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      if (end) throw new ImportError(`line ${n}: rows after the end line`);
      let parsed: { format?: string; table?: string; row?: Record<string, unknown>; end?: Record<string, unknown> };
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new ImportError(`line ${n} is not JSON`);
      }
      if (!header) {
        if (parsed.format !== DUMP_FORMAT) throw new ImportError(`line 1 is not the header of an armsflow export --full (want format ${DUMP_FORMAT})`);
        header = true;
        continue;
      }
      if (parsed.end && typeof parsed.end === "object") {
        end = parsed.end;
        continue;
      }
      const table = parsed.table as Table;
      if (!DUMP_TABLES.includes(table) || !parsed.row || typeof parsed.row !== "object") throw new ImportError(`line ${n}: not a row of a known table`);
      if (current !== table) {
        if (current) await flush(current);
        current = table;
      }
      batches.set(table, [...(batches.get(table) ?? []), decodeRow(table, parsed.row)]);
      counts[table]++;
      if (batches.get(table)!.length >= 100) await flush(table);
    }
    if (current) await flush(current);
    if (!header) throw new ImportError("the input is empty");
    if (!end) throw new ImportError(`the export is cut short: no end line after line ${n} (was the export stopped or its disk full?); nothing was imported`);
    for (const table of DUMP_TABLES) {
      if (end[table] !== counts[table]) throw new ImportError(`the export's end line counts ${String(end[table])} ${table} rows, the file holds ${counts[table]}; nothing was imported`);
    }
  });
  return { rows: counts };
}

/** A dump that cannot be imported as given, in our words. */
export class ImportError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

// Shared output helpers of the CLI commands: readable tables, JSON, figures, and the store options.
import Table from "cli-table3";
import type { Command } from "commander";
import type { Quantity } from "../core/claim.js";
import type { Statement } from "../core/ledger.js";
import type { Store } from "../store/store.js";
import { RunError, UsageError } from "./validate.js";

const DEFAULT_DB = "data/armsflow.db";

/** Adds `--db FILE`, `--database-url URL`, `--create`, `--read-only` and `--json` to a command. */
export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option("--db <file>", "SQLite ledger file (default: env ARMSFLOW_DB, else data/armsflow.db)")
    .option("--database-url <url>", "PostgreSQL connection URL (default: env DATABASE_URL)")
    .option("--create", "make an empty ledger when none exists (read commands otherwise refuse a missing one)")
    .option("--read-only", "open the ledger for reading only (a file that cannot be written is opened so anyway)")
    .option("--json", "print JSON objects instead of a table");
}

export interface StoreChoiceOptions {
  db?: string;
  databaseUrl?: string;
  create?: boolean;
  readOnly?: boolean;
}

/** Where the ledger is, and which setting said so. */
export type LedgerChoice =
  | { readonly kind: "postgres"; readonly url: string; readonly from: string }
  | { readonly kind: "sqlite"; readonly file: string; readonly from: string };

/**
 * The one resolution of the ledger for every command: --database-url, else --db, else env DATABASE_URL,
 * else env ARMSFLOW_DB, else data/armsflow.db. An explicit flag always beats the environment.
 */
export function resolveLedger(opts: { db?: string; databaseUrl?: string }, env: NodeJS.ProcessEnv = process.env): LedgerChoice {
  if (opts.databaseUrl && opts.db) throw new UsageError("give --db or --database-url, not both");
  if (opts.databaseUrl) return { kind: "postgres", url: opts.databaseUrl, from: "--database-url" };
  if (opts.db) return { kind: "sqlite", file: opts.db, from: "--db" };
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL, from: "DATABASE_URL" };
  if (env.ARMSFLOW_DB) return { kind: "sqlite", file: env.ARMSFLOW_DB, from: "ARMSFLOW_DB" };
  return { kind: "sqlite", file: DEFAULT_DB, from: "the default" };
}

/**
 * Opens the ledger the options name (see resolveLedger). Read commands refuse a SQLite file that does not
 * exist (`create: true`, given by ingest, serve or --create, makes it); "create" and "write" (delete: the
 * ledger must exist) refuse a read-only ledger at once. The drivers are loaded only here.
 */
export async function storeFrom(opts: StoreChoiceOptions, mode: "read" | "create" | "write" = "read"): Promise<Store> {
  const choice = resolveLedger(opts);
  const { openStore, StoreOpenError } = await import("../store/open-store.js");
  const access = { readOnly: opts.readOnly ?? false, write: mode !== "read" };
  try {
    if (choice.kind === "postgres") return await openStore({ databaseUrl: choice.url, ...access });
    return await openStore({ db: choice.file, mustExist: mode !== "create" && !opts.create, ...access });
  } catch (error) {
    if (error instanceof StoreOpenError) throw new RunError(error.message, { cause: error });
    throw error;
  }
}

/** Runs `fn` with an open store and closes it however `fn` ends. */
export async function withStore<T>(opts: StoreChoiceOptions, fn: (store: Store) => Promise<T>, mode: "read" | "create" | "write" = "read"): Promise<T> {
  const store = await storeFrom(opts, mode);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The widest a table is printed without `--wide` (the terminal's width when that is narrower). */
export const TABLE_WIDTH = 100;

export interface TableFit {
  /** Every column at its natural width (`--wide`). */
  readonly wide?: boolean;
  /** Columns left out, in this order, while the table is too wide (`--wide` or `--json` shows them). */
  readonly drop?: readonly string[];
  /** Columns whose text may wrap onto more lines, narrowest last. */
  readonly wrap?: readonly string[];
  /** The width to fit (default: TABLE_WIDTH, or the terminal's width when smaller). */
  readonly width?: number;
}

/** Display width of a cell's text (one column a code point; tables hold no wide scripts in practice). */
const cellWidth = (text: string) => Math.max(0, ...text.split("\n").map((l) => [...l].length));

/**
 * Which columns to print and how wide (padding included) so the table fits `fit.width`: optional
 * columns are dropped while wrapping alone cannot fit it, then the wrapping columns are narrowed,
 * widest first, to no less than 12.
 * `widths` is undefined when the table fits as it is.
 */
export function fitColumns(head: readonly string[], rows: readonly (readonly string[])[], fit: TableFit = {}): { keep: number[]; widths?: number[] } {
  const all = head.map((_, i) => i);
  if (fit.wide) return { keep: all };
  const terminal = process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : Infinity;
  const budget = fit.width ?? Math.max(40, Math.min(TABLE_WIDTH, terminal));
  const natural = all.map((i) => 2 + Math.max(cellWidth(head[i]), ...rows.map((r) => cellWidth(r[i] ?? ""))));
  // A wrapped column is never narrower than its longest word (item names are cut otherwise).
  const word = all.map((i) => 2 + Math.max(...[head[i], ...rows.map((r) => r[i] ?? "")].flatMap((t) => t.split(/\s+/)).map(cellWidth)));
  const floor = (i: number, least: number) => Math.min(natural[i], Math.max(least, word[i]));
  const total = (keep: number[], widths: (i: number) => number) => keep.reduce((sum, i) => sum + widths(i) + 1, 1);
  const wraps = (i: number) => (fit.wrap ?? head).includes(head[i]);
  // A column is left out only while wrapping the others (to 16 columns each) would not be enough.
  const tightest = (i: number) => (wraps(i) ? floor(i, 16) : natural[i]);
  let keep = all;
  for (const name of fit.drop ?? []) {
    if (total(keep, tightest) <= budget) break;
    keep = keep.filter((i) => head[i] !== name);
  }
  if (total(keep, (i) => natural[i]) <= budget) return { keep };
  const widths = [...natural];
  const wrapping = keep.filter(wraps);
  let excess = total(keep, (i) => widths[i]) - budget;
  // Narrow the widest wrapping column one step at a time, so the room is shared out evenly.
  while (excess > 0) {
    const widest = wrapping.filter((i) => widths[i] > floor(i, 12)).sort((a, b) => widths[b] - widths[a])[0];
    if (widest === undefined) break;
    widths[widest]--;
    excess--;
  }
  return { keep, widths: keep.map((i) => widths[i]) };
}

export function printTable(head: string[], rows: (string | number | null | undefined)[][], fit: TableFit = {}): void {
  // No rule between rows: a ledger is read down its columns.
  const chars = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };
  const cells = rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v))));
  const { keep, widths } = fitColumns(head, cells, fit);
  const table = new Table({
    head: keep.map((i) => head[i]),
    chars,
    style: { head: process.stdout.isTTY ? ["cyan"] : [], border: process.stdout.isTTY ? ["grey"] : [] },
    wordWrap: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const r of cells) table.push(keep.map((i) => r[i] ?? ""));
  process.stdout.write(`${table.toString()}\n`);
  const dropped = head.filter((_, i) => !keep.includes(i));
  if (dropped.length && process.stderr.isTTY) process.stderr.write(`(columns left out to fit the width: ${dropped.join(", ")}; --wide shows them all)\n`);
}

/** A line of text wrapped at spaces to TABLE_WIDTH, continuation lines indented by two spaces. */
export function wrapLine(text: string, width = TABLE_WIDTH): string {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current && [...current].length + 1 + [...word].length > width) {
      lines.push(current);
      current = `  ${word}`;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines.join("\n");
}

const n = (x: number) => x.toLocaleString("en-US");

/** A figure as people read it: `formatQuantity({value: 6700, approx: true, unit: "containers"})` → "~6,700 containers" */
export function formatQuantity(q: Quantity | null): string {
  if (!q) return "";
  if (q.value !== null) return `${q.approx ? "~" : ""}${n(q.value)} ${q.unit}`;
  if (q.min !== null && q.max !== null) return `${n(q.min)}–${n(q.max)} ${q.unit}`;
  if (q.min !== null) return `≥${n(q.min)} ${q.unit}`;
  if (q.max !== null) return `≤${n(q.max)} ${q.unit}`;
  return q.unit;
}

export function formatSource(s: { speaker: string | null; org: string | null; country: string | null }): string {
  const who = [s.speaker, s.org].filter(Boolean).join(", ");
  return s.country ? `${who} (${s.country})`.trim() : who;
}

/** A statement as the `--json` output writes it (the fields, quantity in the SCHEMA.md form). */
export function statementJson(s: Statement): Record<string, unknown> {
  return {
    id: s.id,
    kind: s.kind,
    supplier: s.supplier,
    recipient: s.recipient,
    item: s.item,
    quantity: s.quantity,
    period: s.period,
    cumulative: s.cumulative,
    stated: s.stated,
    certainty: s.certainty,
    source: s.source,
    independent_sources: s.independent_sources,
    reports: s.reports.map((r) => ({ doc: r.doc, url: r.url, outlet: r.outlet, published: r.published, evidence: r.evidence, start: r.start, end: r.end, relays: r.relays })),
  };
}

/** The rows of a statements table. */
export function statementRows(list: readonly Statement[]): (string | number | null)[][] {
  return list.map((s) => [s.stated, `${s.supplier ?? ""}→${s.recipient ?? ""} ${s.item}`, formatQuantity(s.quantity) + (s.cumulative && s.quantity ? " (total)" : ""), s.certainty, formatSource(s.source), s.reports.length, s.independent_sources, s.id]);
}

export const STATEMENT_HEAD = ["stated", "flow", "figure", "certainty", "source", "reports", "indep.", "id"];

/** How a statements table fits 100 columns: the id goes first (`--wide` or `--json` has it), then the counts. */
export const STATEMENT_FIT = { drop: ["id", "indep.", "reports"], wrap: ["source", "figure", "flow"] } as const;


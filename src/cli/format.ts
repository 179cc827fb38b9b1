// Shared output helpers of the CLI commands: readable tables, JSON, figures, and the store options.
import Table from "cli-table3";
import type { Command } from "commander";
import type { Quantity } from "../core/claim.js";
import type { Statement } from "../core/ledger.js";
import type { Store } from "../store/store.js";
import { RunError, UsageError } from "./validate.js";

const DEFAULT_DB = "data/armsflow.db";

/** Adds `--db FILE`, `--database-url URL`, `--create` and `--json` to a command. */
export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option("--db <file>", "SQLite ledger file (default: env ARMSFLOW_DB, else data/armsflow.db)")
    .option("--database-url <url>", "PostgreSQL connection URL (default: env DATABASE_URL)")
    .option("--create", "make an empty ledger when none exists (read commands otherwise refuse a missing one)")
    .option("--json", "print JSON objects instead of a table");
}

export interface StoreChoiceOptions {
  db?: string;
  databaseUrl?: string;
  create?: boolean;
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
 * exist (`create: true`, given by ingest, serve or --create, makes it). The drivers are loaded only here.
 */
export async function storeFrom(opts: StoreChoiceOptions, mode: "read" | "create" = "read"): Promise<Store> {
  const choice = resolveLedger(opts);
  const { openStore, StoreOpenError } = await import("../store/open-store.js");
  try {
    if (choice.kind === "postgres") return await openStore({ databaseUrl: choice.url });
    return await openStore({ db: choice.file, mustExist: mode === "read" && !opts.create });
  } catch (error) {
    if (error instanceof StoreOpenError) throw new RunError(error.message, { cause: error });
    throw error;
  }
}

/** Runs `fn` with an open store and closes it however `fn` ends. */
export async function withStore<T>(opts: StoreChoiceOptions, fn: (store: Store) => Promise<T>, mode: "read" | "create" = "read"): Promise<T> {
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

export function printTable(head: string[], rows: (string | number | null | undefined)[][]): void {
  // No rule between rows: a ledger is read down its columns.
  const chars = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };
  const table = new Table({ head, chars, style: { head: process.stdout.isTTY ? ["cyan"] : [], border: process.stdout.isTTY ? ["grey"] : [] }, wordWrap: true });
  for (const r of rows) table.push(r.map((v) => (v === null || v === undefined ? "" : String(v))));
  process.stdout.write(`${table.toString()}\n`);
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
  return list.map((s) => [s.stated, `${s.supplier ?? ""}→${s.recipient ?? ""} ${s.item}`, formatQuantity(s.quantity) + (s.cumulative ? " (total)" : ""), s.certainty, formatSource(s.source), s.reports.length, s.independent_sources, s.id]);
}

export const STATEMENT_HEAD = ["stated", "flow", "figure", "certainty", "source", "reports", "indep.", "id"];

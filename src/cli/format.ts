// Shared output helpers of the CLI commands: readable tables, JSON, figures, and the store options.
import Table from "cli-table3";
import type { Command } from "commander";
import type { Quantity } from "../core/claim.js";
import type { Statement } from "../core/ledger.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";

/** Adds `--db FILE`, `--database-url URL` (or env DATABASE_URL) and `--json` to a command. */
export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option("--db <file>", "SQLite database file (default: data/armsflow.db)")
    .option("--database-url <url>", "PostgreSQL connection URL (default: env DATABASE_URL)")
    .option("--json", "print JSON objects instead of a table");
}

/** Opens the store the options name: --database-url, else --db, else env DATABASE_URL, else data/armsflow.db. */
export function storeFrom(opts: { db?: string; databaseUrl?: string }): Promise<Store> {
  if (opts.databaseUrl) return openStore({ databaseUrl: opts.databaseUrl });
  if (opts.db) return openStore({ db: opts.db });
  return openStore(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {});
}

/** Runs `fn` with an open store and closes it however `fn` ends. */
export async function withStore<T>(opts: { db?: string; databaseUrl?: string }, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await storeFrom(opts);
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

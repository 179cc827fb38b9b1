// Tables the reader orders and pages: the order and the page live in the address (shareable; Back
// restores them), a column's heading is a link (click or Enter) marked with aria-sort and an arrow, and a
// count says how many rows there are. The overview and the statements use the heading and the pager;
// the smaller tables (sources, states) are ordered and paged here, in the page.
import { h, type Child } from "./dom.js";

export type Dir = "asc" | "desc";

/** 1234567 → "1,234,567" (by hand: Intl would load the browser's locale data). */
export const grouped = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** The address of this page with `change` made to its query (null or "" removes a key). */
export function hrefWith(path: string, query: URLSearchParams, change: Record<string, string | null>): string {
  const next = new URLSearchParams(query);
  for (const [k, v] of Object.entries(change)) if (v === null || v === "") next.delete(k); else next.set(k, v);
  const text = next.toString();
  return `${path}${text ? `?${text}` : ""}`;
}

/**
 * A sortable column's heading: a link to the order it gives (`href`), `dir` the order it is sorted in now
 * (null: not this column). The link keeps the reader where they are and gets the focus back once the
 * table is drawn again (its id, `sort-KEY`).
 */
export function sortHeader(key: string, label: string, dir: Dir | null, href: string, cls?: string): HTMLTableCellElement {
  return h("th", { scope: "col", class: cls ?? null, "aria-sort": dir ? (dir === "asc" ? "ascending" : "descending") : null },
    h("a", { href, class: "sort", id: `sort-${key}`, "data-stay": "" }, label, dir ? (dir === "asc" ? " ▲" : " ▼") : ""));
}

/** The direction a click on a column gives: the other way on the sorted column, else the column's first. */
export function nextDir(key: string, sort: string, dir: Dir, first: Dir): Dir {
  return key === sort ? (dir === "asc" ? "desc" : "asc") : first;
}

/** First, previous, "Page a of b", next, last; null for one page. `hrefOf(n)` is the address of page n. */
export function pager(at: number, pages: number, hrefOf: (page: number) => string, label = "Pages"): HTMLElement | null {
  if (pages <= 1) return null;
  return h("nav", { class: "pager", "aria-label": label },
    at > 1 ? h("a", { href: hrefOf(1), class: "first", "aria-label": "First page" }, "« First") : null,
    at > 1 ? h("a", { href: hrefOf(at - 1), rel: "prev" }, "← Previous") : null,
    h("span", { class: "at" }, ` Page ${grouped(at)} of ${grouped(pages)} `),
    at < pages ? h("a", { href: hrefOf(at + 1), rel: "next" }, "Next →") : null,
    at < pages ? h("a", { href: hrefOf(pages), class: "last", "aria-label": "Last page" }, "Last »") : null);
}

/** Sorted by `key` in `dir`, ties kept in the order the rows came in. */
export function sortBy<T>(rows: readonly T[], key: (row: T) => string | number, dir: Dir): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return rows.map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : 0) || a.i - b.i)
    .map((x) => x.row);
}

export interface Column<T> {
  key: string;
  label: string;
  /** What the column sorts by; none: the column does not sort. */
  value?: (row: T) => string | number;
  /** The order a first click gives (words from A, numbers from the largest). */
  first?: Dir;
  cls?: string;
  cell: (row: T) => Child;
}

export interface TableOptions<T> {
  /** The page's path and query: the order and the page go in the query. */
  path: string;
  query: URLSearchParams;
  /** Put before `sort`, `dir` and `page` in the address, where a page has several tables ("out-"). */
  prefix?: string;
  columns: readonly Column<T>[];
  /** The order with nothing in the address: a column's key and direction. */
  initial: [string, Dir];
  /** "source", "sources". */
  noun: [string, string];
  pageSize?: number;
  cls: string;
  caption?: string;
  row: (row: T, cells: HTMLTableCellElement[]) => HTMLTableRowElement;
  /** Beside the count (export buttons). */
  beside?: Child;
  /** On a phone, a card a row instead of columns (style.css `table.cards`): for tables too wide for a phone's screen. */
  cards?: boolean;
}

/** The order and page a table's address asks for, each checked (an unknown column: the initial order; a page past the end: the last). */
export function orderOf(query: URLSearchParams, prefix: string, keys: readonly string[], initial: [string, Dir]): { sort: string; dir: Dir; page: number } {
  const asked = query.get(`${prefix}sort`);
  const sort = asked && keys.includes(asked) ? asked : initial[0];
  const d = query.get(`${prefix}dir`);
  const dir: Dir = d === "asc" || d === "desc" ? d : sort === initial[0] ? initial[1] : "asc";
  const page = Math.max(1, Math.floor(Number(query.get(`${prefix}page`))) || 1);
  return { sort, dir, page };
}

/**
 * A row's cell of a column. It names its column, so that a card can lay it out and label it, and says when it holds
 * only a dash (nothing known), which a card leaves out (style.css `table.cards`).
 */
function cell<T>(c: Column<T>, row: T): HTMLTableCellElement {
  const content = c.cell(row);
  const cls = [c.cls, content === "—" ? "empty" : null].filter(Boolean).join(" ");
  return h("td", { class: cls || null, "data-col": c.key, "data-label": c.label }, content);
}

/** A table sorted and paged in the page, with its count ("12 sources", or "Showing 1–100 of 1,130 sources"). */
export function sortableTable<T>(rows: readonly T[], o: TableOptions<T>): HTMLElement {
  const prefix = o.prefix ?? "";
  const size = o.pageSize ?? 100;
  const sortable = o.columns.filter((c) => c.value);
  const order = orderOf(o.query, prefix, sortable.map((c) => c.key), o.initial);
  const column = sortable.find((c) => c.key === order.sort)!;
  const sorted = sortBy(rows, column.value!, order.dir);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(order.page, pages);
  const shown = sorted.slice((at - 1) * size, at * size);
  const [one, many] = o.noun;
  const count = rows.length <= size
    ? `${grouped(rows.length)} ${rows.length === 1 ? one : many}`
    : `Showing ${grouped((at - 1) * size + 1)}–${grouped((at - 1) * size + shown.length)} of ${grouped(rows.length)} ${many}`;
  const page = (n: number) => hrefWith(o.path, o.query, { [`${prefix}page`]: n > 1 ? String(n) : null });
  const heading = (c: Column<T>) => {
    if (!c.value) return h("th", { scope: "col", class: c.cls ?? null }, c.label);
    const dir = nextDir(c.key, order.sort, order.dir, c.first ?? "asc");
    const initial = c.key === o.initial[0] && dir === o.initial[1];
    return sortHeader(`${prefix}${c.key}`, c.label, c.key === order.sort ? order.dir : null,
      hrefWith(o.path, o.query, { [`${prefix}sort`]: initial ? null : c.key, [`${prefix}dir`]: initial ? null : dir, [`${prefix}page`]: null }), c.cls);
  };
  return h("div", { class: "sortable", "data-table": o.cls },
    h("div", { class: "section-head" }, h("p", { class: "count", role: "status" }, count), o.beside ?? null),
    h("div", { class: "table-wrap" }, h("table", { class: o.cards ? `${o.cls} cards` : o.cls },
      o.caption ? h("caption", null, o.caption) : null,
      h("thead", null, h("tr", null, o.columns.map(heading))),
      h("tbody", null, shown.map((r) => o.row(r, o.columns.map((c) => cell(c, r))))))),
    pager(at, pages, page, `Pages of ${many}`));
}

// Statements, found and filtered: text, state, item, source, certainty and a date range, all in the
// address (shareable; Back restores them), sortable, counted and paged, and exportable as shown.
import { api, type Statement } from "../api.js";
import { h, linkRow, mount } from "../dom.js";
import { exportButtons, statementRow } from "../export.js";
import { central, figure, itemLabel, sourceLabel, stateName, when } from "../format.js";
import { certaintyBadge, failure, page } from "../parts.js";
import { navigate } from "../router.js";

export const PAGE_SIZE = 100;
const CERTAINTIES = ["asserted", "reported", "believed", "possible", "doubted", "denied"];
/** The API's own filters; the rest (text, end of range, sorting, paging) is done here. */
const SERVER_KEYS = ["source", "state", "item", "certainty"] as const;
const SORTS: Record<string, (a: Statement, b: Statement) => number> = {
  stated: (a, b) => (when(a) ?? "").localeCompare(when(b) ?? ""),
  flow: (a, b) => `${stateName(a.supplier)}${stateName(a.recipient)}${a.item}`.localeCompare(`${stateName(b.supplier)}${stateName(b.recipient)}${b.item}`),
  figure: (a, b) => (a.quantity?.unit ?? "").localeCompare(b.quantity?.unit ?? "") || (central(a.quantity) ?? -1) - (central(b.quantity) ?? -1),
  source: (a, b) => sourceLabel(a.source).localeCompare(sourceLabel(b.source)),
  certainty: (a, b) => CERTAINTIES.indexOf(a.certainty) - CERTAINTIES.indexOf(b.certainty),
  reports: (a, b) => a.reports.length - b.reports.length,
};

/** Whether a statement mentions the text: its states, item, source, or the sentences that carry it. */
export function mentions(s: Statement, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  const hay = [stateName(s.supplier), stateName(s.recipient), s.supplier, s.recipient, itemLabel(s.item), sourceLabel(s.source), ...s.reports.flatMap((r) => [r.evidence, r.outlet ?? ""])].join(" \u0000 ").toLowerCase();
  return needle.split(/\s+/).every((w) => hay.includes(w));
}

export function filterStatements(list: readonly Statement[], q: URLSearchParams): Statement[] {
  const text = q.get("q") ?? "";
  const from = q.get("from");
  const to = q.get("to");
  const sort = SORTS[q.get("sort") ?? ""] ? q.get("sort")! : "stated";
  const dir = q.get("dir") === "asc" ? 1 : -1;
  return list
    .filter((s) => mentions(s, text))
    .filter((s) => !from || (when(s) ?? "") >= from)
    .filter((s) => !to || (when(s) ?? "9999").slice(0, 10) <= to)
    .sort((a, b) => dir * SORTS[sort](a, b) || a.id.localeCompare(b.id));
}

function href(q: URLSearchParams, change: Record<string, string | null>): string {
  const next = new URLSearchParams(q);
  for (const [k, v] of Object.entries(change)) if (v === null || v === "") next.delete(k); else next.set(k, v);
  if (!("page" in change)) next.delete("page");
  const text = next.toString();
  return `/statements${text ? `?${text}` : ""}`;
}

function filters(q: URLSearchParams, items: readonly string[], states: readonly string[]): HTMLElement {
  const go = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === "string" && v.trim()) next.set(k, v.trim());
    for (const k of ["sort", "dir"]) if (q.get(k)) next.set(k, q.get(k)!);
    navigate(`/statements${next.toString() ? `?${next}` : ""}`);
  };
  const select = (name: string, label: string, options: readonly [string, string][]) =>
    h("label", { class: "field" }, h("span", null, label), h("select", { name, id: `f-${name}`, onchange: (e: Event) => go((e.target as HTMLElement).closest("form")!) },
      h("option", { value: "" }, "any"), options.map(([v, l]) => h("option", { value: v, selected: q.get(name) === v }, l))));
  return h("form", { class: "filters row", role: "search", "aria-label": "Filter statements", onsubmit: (e: Event) => { e.preventDefault(); go(e.target as HTMLFormElement); } },
    h("label", { class: "field grow" }, h("span", null, "Text"), h("input", { type: "search", name: "q", id: "f-q", value: q.get("q") ?? "", placeholder: "a state, person, body, item or words" })),
    select("state", "State", states.map((c) => [c, stateName(c)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1]))),
    select("item", "Item", items.map((i) => [i, itemLabel(i)] as [string, string])),
    h("label", { class: "field" }, h("span", null, "Source"), h("input", { type: "text", name: "source", id: "f-source", value: q.get("source") ?? "" })),
    select("certainty", "Certainty", CERTAINTIES.map((c) => [c, c] as [string, string])),
    h("label", { class: "field" }, h("span", null, "From"), h("input", { type: "date", name: "from", id: "f-from", value: q.get("from") ?? "" })),
    h("label", { class: "field" }, h("span", null, "To"), h("input", { type: "date", name: "to", id: "f-to", value: q.get("to") ?? "" })),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Filter"), h("a", { href: "/statements", class: "button-link" }, "Clear")));
}

export async function statementsPage(main: HTMLElement, _params: string[], query: URLSearchParams): Promise<void> {
  const server = new URLSearchParams([...SERVER_KEYS].flatMap((k) => (query.get(k) ? [[k, query.get(k)!]] : [])));
  if (query.get("from")) server.set("since", query.get("from")!);
  server.set("limit", "1000");
  const title = query.get("source") ? `Statements by ${query.get("source")}` : query.get("state") ? `Statements on ${stateName(query.get("state"))}` : "Statements";
  try {
    const [{ statements, total = statements.length }, { flows }] = await Promise.all([api.statements(server.toString()), api.flows()]);
    const list = filterStatements(statements, query);
    const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    const at = Math.min(pages, Math.max(1, Number(query.get("page")) || 1));
    const shown = list.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE);
    const sort = SORTS[query.get("sort") ?? ""] ? query.get("sort")! : "stated";
    const dir = query.get("dir") === "asc" ? "asc" : "desc";
    const head = (key: string, label: string, cls?: string) => h("th", { scope: "col", class: cls ?? null, "aria-sort": sort === key ? (dir === "asc" ? "ascending" : "descending") : null },
      h("a", { href: href(query, { sort: key, dir: sort === key && dir === "desc" ? "asc" : "desc" }), class: "sort" }, label, sort === key ? (dir === "asc" ? " ▲" : " ▼") : ""));
    const items = [...new Set(flows.map((f) => f.item))].sort();
    const states = [...new Set(flows.flatMap((f) => [f.supplier, f.recipient]))];
    // The server counts what matches its filters; past the 1,000 read here, the page says so rather than undercount.
    const capped = total > statements.length;
    const of = capped ? `${list.length.toLocaleString("en-US")} read of ${total.toLocaleString("en-US")} matching (narrow the filters to reach the rest)` : `${list.length.toLocaleString("en-US")} statement${list.length === 1 ? "" : "s"}`;
    const count = list.length === 0 ? "No statement matches." : `Showing ${(at - 1) * PAGE_SIZE + 1}–${(at - 1) * PAGE_SIZE + shown.length} of ${of}.`;
    const pager = pages > 1 ? h("nav", { class: "pager", "aria-label": "Pages" },
      at > 1 ? h("a", { href: href(query, { page: String(at - 1) }), rel: "prev" }, "← Previous") : null,
      h("span", null, ` Page ${at} of ${pages} `),
      at < pages ? h("a", { href: href(query, { page: String(at + 1) }), rel: "next" }, "Next →") : null) : null;
    mount(main, page(title,
      filters(query, items, states),
      h("div", { class: "section-head" }, h("p", { class: "count", role: "status" }, count), exportButtons("armsflow-statements", () => list.map(statementRow))),
      shown.length === 0 ? null : h("div", { class: "table-wrap" }, h("table", { class: "statement-list" },
        h("thead", null, h("tr", null, head("stated", "Stated"), head("flow", "Flow"), head("figure", "Figure", "num"), head("source", "Source"), head("certainty", "Certainty"), head("reports", "Reports", "num hide-narrow"))),
        h("tbody", null, shown.map((s) => linkRow(`/statements/${encodeURIComponent(s.id)}`, navigate,
          h("td", null, when(s) ?? "—"),
          h("td", null, `${stateName(s.supplier)} → ${s.recipient ? stateName(s.recipient) : s.kind}: ${itemLabel(s.item)}`),
          h("td", { class: "num" }, h("a", { href: `/statements/${encodeURIComponent(s.id)}` }, figure(s.quantity))),
          h("td", null, sourceLabel(s.source)),
          h("td", null, certaintyBadge(s.certainty)),
          h("td", { class: "num hide-narrow" }, s.reports.length)))))),
      pager));
  } catch (error) {
    mount(main, page(title, failure(error)));
  }
}

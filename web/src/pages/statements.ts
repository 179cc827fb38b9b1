// Statements, found and filtered: text, state, item, source, certainty and a date range, all in the
// address (shareable; Back restores them), sortable, counted and paged by the server (/api/statements
// finds, sorts and counts; the page asks for one page of 100), and the page shown exportable as it is.
import { api } from "../api.js";
import { h, linkRow, mount } from "../dom.js";
import { exportButtons, statementRow } from "../export.js";
import { figure, itemLabel, sourceLabel, stateName, when } from "../format.js";
import { certaintyBadge, failure, page } from "../parts.js";
import { navigate } from "../router.js";
import { grouped, hrefWith, nextDir, pager, sortHeader } from "../sorting.js";

export const PAGE_SIZE = 100;
const CERTAINTIES = ["asserted", "reported", "believed", "possible", "doubted", "denied"];
const SORTS = ["stated", "flow", "figure", "source", "certainty", "reports"];
/** The page's filters, as the API names them (`from` and `to` are `since` and `until` there). */
const FILTERS: [string, string][] = [["q", "q"], ["source", "source"], ["state", "state"], ["item", "item"], ["certainty", "certainty"], ["from", "since"], ["to", "until"]];

/** What the page asks the API for: its filters, order and page; the server finds, sorts, counts and pages. */
export function statementsQuery(q: URLSearchParams): { server: URLSearchParams; sort: string; dir: "asc" | "desc"; at: number } {
  const sort = SORTS.includes(q.get("sort") ?? "") ? q.get("sort")! : "stated";
  const dir = q.get("dir") === "asc" ? "asc" : "desc";
  const at = Math.max(1, Math.floor(Number(q.get("page"))) || 1);
  const server = new URLSearchParams();
  for (const [mine, theirs] of FILTERS) if (q.get(mine)?.trim()) server.set(theirs, q.get(mine)!.trim());
  server.set("sort", sort);
  server.set("dir", dir);
  server.set("limit", String(PAGE_SIZE));
  server.set("offset", String((at - 1) * PAGE_SIZE));
  return { server, sort, dir, at };
}

const count = grouped;

/** This page's address changed: a new filter or order starts again at page 1. */
const href = (q: URLSearchParams, change: Record<string, string | null>): string => hrefWith("/statements", q, "page" in change ? change : { ...change, page: null });

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
    h("label", { class: "field grow" }, h("span", null, "Text"), h("input", { type: "search", name: "q", id: "f-q", value: q.get("q") ?? "", placeholder: "a name or words" })),
    select("state", "State", states.map((c) => [c, stateName(c)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1]))),
    select("item", "Item", items.map((i) => [i, itemLabel(i)] as [string, string])),
    h("label", { class: "field" }, h("span", null, "Source"), h("input", { type: "text", name: "source", id: "f-source", value: q.get("source") ?? "" })),
    select("certainty", "Certainty", CERTAINTIES.map((c) => [c, c] as [string, string])),
    h("label", { class: "field date" }, h("span", null, "From"), h("input", { type: "date", name: "from", id: "f-from", value: q.get("from") ?? "" })),
    h("label", { class: "field date" }, h("span", null, "To"), h("input", { type: "date", name: "to", id: "f-to", value: q.get("to") ?? "" })),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Filter"), h("a", { href: "/statements", class: "button-link" }, "Clear")));
}

export async function statementsPage(main: HTMLElement, _params: string[], query: URLSearchParams): Promise<void> {
  const title = query.get("source") ? `Statements by ${query.get("source")}` : query.get("state") ? `Statements on ${stateName(query.get("state"))}` : "Statements";
  try {
    const { server, sort, dir, at: asked } = statementsQuery(query);
    let [{ statements, total = statements.length }, { flows }] = await Promise.all([api.statements(server.toString()), api.flows()]);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    let at = asked;
    if (at > pages && total > 0) {
      // A page past the end (an old link, fewer statements now): the last page instead.
      at = pages;
      server.set("offset", String((at - 1) * PAGE_SIZE));
      ({ statements, total = statements.length } = await api.statements(server.toString()));
    }
    const first = (at - 1) * PAGE_SIZE + 1;
    const head = (key: string, label: string, cls?: string) => sortHeader(key, label, sort === key ? dir : null, href(query, { sort: key, dir: nextDir(key, sort, dir, "desc") }), cls);
    const items = [...new Set(flows.map((f) => f.item))].sort();
    const states = [...new Set(flows.flatMap((f) => [f.supplier, f.recipient]))];
    const summary = statements.length === 0
      ? (total === 0 ? "No statement matches." : `No statements on this page: ${count(total)} match.`)
      : `Showing ${count(first)}–${count(first + statements.length - 1)} of ${count(total)} statement${total === 1 ? "" : "s"}.`;
    const paging = pager(at, pages, (n) => href(query, { page: n > 1 ? String(n) : null }));
    mount(main, page(title,
      filters(query, items, states),
      h("div", { class: "section-head" }, h("p", { class: "count", role: "status" }, summary), exportButtons("armsflow-statements", () => statements.map(statementRow))),
      statements.length === 0 ? null : h("div", { class: "table-wrap" }, h("table", { class: "statement-list" },
        h("thead", null, h("tr", null, head("stated", "Stated"), head("flow", "Flow"), head("figure", "Figure", "num"), head("source", "Source"), head("certainty", "Certainty"), head("reports", "Reports", "num hide-narrow"))),
        h("tbody", null, statements.map((s) => linkRow(`/statements/${encodeURIComponent(s.id)}`, navigate,
          h("td", { class: "date" }, when(s) ?? "—"),
          h("td", null, `${stateName(s.supplier)} → ${s.recipient ? stateName(s.recipient) : s.kind}: ${itemLabel(s.item)}`),
          h("td", { class: "num" }, h("a", { href: `/statements/${encodeURIComponent(s.id)}` }, figure(s.quantity))),
          h("td", null, sourceLabel(s.source)),
          h("td", null, certaintyBadge(s.certainty)),
          h("td", { class: "num hide-narrow" }, s.reports.length)))))),
      paging));
  } catch (error) {
    mount(main, page(title, failure(error)));
  }
}

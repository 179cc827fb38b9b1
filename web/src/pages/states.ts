// A page per state: what it sends and what it receives, by item, with the latest figures and their sources,
// and what it is said to make or hold (statements with no recipient).
import { api, type Flow, type Quantity, type Statement } from "../api.js";
import { h, linkRow, mount, type Child } from "../dom.js";
import { exportButtons, statementRow, type Row } from "../export.js";
import { central, figure, flowPath, isState, itemLabel, sourceLabel, statePath, stateName, when } from "../format.js";
import { certaintyBadge, failure, nowhere, page } from "../parts.js";
import { navigate } from "../router.js";
import { sortableTable, type Column } from "../sorting.js";

function flowRow(f: Flow): Row {
  return {
    supplier: f.supplier, recipient: f.recipient, item: f.item, latest_value: f.latest?.quantity.value ?? null, latest_min: f.latest?.quantity.min ?? null,
    latest_max: f.latest?.quantity.max ?? null, unit: f.latest?.quantity.unit ?? null, latest_stated: f.latest?.stated ?? null,
    latest_source: f.latest ? sourceLabel(f.latest.source) : null, latest_statement: f.latest?.statement ?? null,
    statements: f.statements, reports: f.reports, independent_sources: f.independent_sources, first_stated: f.first_stated, last_stated: f.last_stated,
  };
}

/** A state's flows one way, sortable by each column, counted and paged; `prefix` keeps its order apart from the other tables'. */
function flowsTable(flows: readonly Flow[], other: (f: Flow) => string, caption: string, cls: string, query: URLSearchParams, prefix: string): HTMLElement {
  if (flows.length === 0) return h("p", { class: "muted" }, `None in the ledger.`);
  const stated = (f: Flow) => f.latest?.stated ?? f.last_stated ?? "";
  const columns: Column<Flow>[] = [
    { key: "item", label: "Item", cls: "card-head card-title", value: (f) => `${itemLabel(f.item)}\u0000${stateName(other(f))}`, cell: (f) => h("a", { href: flowPath(f) }, itemLabel(f.item)) },
    { key: "with", label: "With", cls: "card-head card-dot", value: (f) => stateName(other(f)), cell: (f) => h("a", { href: statePath(other(f)) }, stateName(other(f))) },
    { key: "figure", label: "Latest figure", cls: "num", first: "desc", value: (f) => byUnit(f.latest?.quantity ?? null),
      cell: (f) => (f.latest ? h("a", { href: `/statements/${encodeURIComponent(f.latest.statement)}` }, figure(f.latest.quantity)) : h("span", { class: "muted" }, "no figure")) },
    { key: "stated", label: "Stated", cls: "hide-narrow card-quiet card-dot", first: "desc", value: stated, cell: (f) => stated(f) || "—" },
    { key: "source", label: "Source", cls: "hide-narrow card-quiet card-line", value: (f) => (f.latest ? sourceLabel(f.latest.source) : "\uffff"), cell: (f) => (f.latest ? sourceLabel(f.latest.source) : "—") },
    { key: "statements", label: "Statements", cls: "num card-head card-end card-label", first: "desc", value: (f) => f.statements, cell: (f) => f.statements },
  ];
  return sortableTable(flows, { path: window.location.pathname, query, prefix, columns, initial: ["item", "asc"], noun: ["flow", "flows"], cls, caption, cards: true, row: (f, cells) => linkRow(flowPath(f)!, navigate, cells) });
}

/** What a state is said to make or hold (statements with no recipient), sortable, counted and paged. */
function ownTable(own: readonly Statement[], query: URLSearchParams, beside: Child): HTMLElement {
  const columns: Column<Statement>[] = [
    { key: "stated", label: "Stated", cls: "date card-quiet card-dot-after", first: "desc", value: (s) => when(s) ?? "", cell: (s) => when(s) ?? "—" },
    { key: "kind", label: "Kind", cls: "card-quiet", value: (s) => s.kind, cell: (s) => s.kind },
    { key: "item", label: "Item", cls: "card-head card-title", value: (s) => itemLabel(s.item), cell: (s) => itemLabel(s.item) },
    { key: "figure", label: "Figure", cls: "num card-head", first: "desc", value: (s) => byUnit(s.quantity), cell: (s) => h("a", { href: `/statements/${encodeURIComponent(s.id)}` }, figure(s.quantity)) },
    { key: "source", label: "Source", cls: "card-quiet card-line", value: (s) => sourceLabel(s.source), cell: (s) => sourceLabel(s.source) },
    { key: "certainty", label: "Certainty", cls: "card-head card-end", value: (s) => CERTAINTY_RANK.indexOf(s.certainty), cell: (s) => certaintyBadge(s.certainty) },
  ];
  return sortableTable(own, { path: window.location.pathname, query, prefix: "own-", columns, initial: ["stated", "desc"], noun: ["statement", "statements"], cls: "own", beside, cards: true,
    row: (s, cells) => linkRow(`/statements/${encodeURIComponent(s.id)}`, navigate, cells) });
}

/** A figure as a key that sorts by unit, then by size within the unit (no figure: before every unit). */
function byUnit(q: Quantity | null): string {
  const v = central(q);
  return q && v !== null ? `${q.unit}\u0000${Math.max(0, v).toFixed(3).padStart(24, "0")}` : "";
}

/** From the surest to the least sure. */
const CERTAINTY_RANK = ["asserted", "reported", "believed", "possible", "doubted", "denied"];

/** Whether `code` names a state (an ISO code the dashboard knows) or a body of one ("RUS-WAGNER"). */
function knownState(code: string): { state: boolean; body: boolean } {
  const base = code.split("-")[0];
  return { state: isState(base), body: code.includes("-") };
}

export async function statePage(main: HTMLElement, [raw]: string[], query: URLSearchParams = new URLSearchParams()): Promise<void> {
  const code = raw.toUpperCase();
  const name = stateName(code);
  try {
    // A body of a state (RUS-WAGNER) is no ISO code the API filters by: such pages filter here.
    const iso = /^[A-Z]{3}$/.test(code);
    const [all, listed] = await Promise.all([api.flows(false, iso ? code : undefined), api.statements(iso ? `state=${code}&limit=1000` : "limit=1000")]);
    const flows = all.flows.filter((f) => f.supplier === code || f.recipient === code);
    const statements = listed.statements.filter((s) => s.supplier === code || s.recipient === code);
    const known = knownState(code);
    if (flows.length === 0 && statements.length === 0 && (!known.state || known.body)) {
      // No state by that code (or a body the ledger has never heard of): no page to show, not an empty one.
      mount(main, nowhere(known.state
        ? `This address names no state: the ledger knows nothing of \u201c${code}\u201d, a body of ${stateName(code.split("-")[0])}.`
        : `This address names no state: \u201c${raw}\u201d is no state\u2019s code, and the ledger knows nothing by it.`));
      return;
    }
    const sends = flows.filter((f) => f.supplier === code);
    const receives = flows.filter((f) => f.recipient === code);
    const own = statements.filter((s) => !s.recipient && s.supplier === code);
    mount(main, page(name,
      h("p", { class: "lede" }, `${sends.length} flow${sends.length === 1 ? "" : "s"} out, ${receives.length} in, ${statements.length} statement${statements.length === 1 ? "" : "s"} in all. `,
        h("a", { href: `/statements?state=${code}` }, "Every statement on ", name)),
      h("div", { class: "section-head" }, h("h2", null, "What it sends"), flows.length ? exportButtons(`armsflow-${code}-flows`, () => flows.map(flowRow)) : null),
      flowsTable(sends, (f) => f.recipient, `${name} to other states, by item`, "flows sends", query, "out-"),
      h("h2", null, "What it receives"),
      flowsTable(receives, (f) => f.supplier, `Other states to ${name}, by item`, "flows receives", query, "in-"),
      own.length ? [h("h2", null, "What it makes or holds"), ownTable(own, query, exportButtons(`armsflow-${code}-own`, () => own.map(statementRow)))] : null));
  } catch (error) {
    mount(main, page(name, failure(error)));
  }
}

/** Every state the ledger knows, with how much it sends and receives: sortable, counted and paged. */
export async function statesPage(main: HTMLElement, _params: string[] = [], query: URLSearchParams = new URLSearchParams()): Promise<void> {
  try {
    const { flows } = await api.flows();
    const rows = [...new Set(flows.flatMap((f) => [f.supplier, f.recipient]))].map((c) => ({
      code: c, out: flows.filter((f) => f.supplier === c).length, in: flows.filter((f) => f.recipient === c).length,
    }));
    const columns: Column<(typeof rows)[number]>[] = [
      { key: "state", label: "State", value: (r) => stateName(r.code), cell: (r) => h("a", { href: statePath(r.code) }, stateName(r.code)) },
      { key: "out", label: "Flows out", cls: "num", first: "desc", value: (r) => r.out, cell: (r) => r.out },
      { key: "in", label: "Flows in", cls: "num", first: "desc", value: (r) => r.in, cell: (r) => r.in },
    ];
    mount(main, page("States",
      sortableTable(rows, { path: "/states", query, columns, initial: ["state", "asc"], noun: ["state", "states"], cls: "states", row: (r, cells) => linkRow(statePath(r.code), navigate, cells) })));
  } catch (error) {
    mount(main, page("States", failure(error)));
  }
}

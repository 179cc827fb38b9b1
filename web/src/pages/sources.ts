// Sources: each with its grading and the reasons for it, and the reporting chains (circular ones first).
import { api, type Chain, type SourceRow } from "../api.js";
import { h, mount } from "../dom.js";
import { stateName } from "../format.js";
import { failure, page } from "../parts.js";
import { sortableTable, type Column } from "../sorting.js";

const name = (s: SourceRow) => s.speaker ?? s.org ?? s.id;

/** Every source, sortable by each column but the reasons, counted and paged. */
function sourceTable(sources: readonly SourceRow[], query: URLSearchParams): HTMLElement {
  const columns: Column<SourceRow>[] = [
    { key: "source", label: "Source", cls: "card-head card-title", value: (s) => name(s).toLowerCase(),
      cell: (s) => [h("a", { href: `/statements?source=${encodeURIComponent(name(s))}` }, name(s)), s.speaker && s.org ? h("div", { class: "muted" }, s.org) : null] },
    { key: "state", label: "State", cls: "card-dot-after", value: (s) => (s.country ? stateName(s.country) : "\uffff"), cell: (s) => (s.country ? stateName(s.country) : "—") },
    { key: "kind", label: "Kind", cls: "hide-narrow", value: (s) => s.kind, cell: (s) => s.kind },
    // Ungraded sources after F6, whichever way.
    { key: "grade", label: "Grade", cls: "card-head card-end card-label", value: (s) => s.grade ?? "\uffff", cell: (s) => (s.grade ? h("span", { class: "grade" }, s.grade) : h("span", { class: "muted" }, "ungraded")) },
    { key: "statements", label: "Statements", cls: "num card-label", first: "desc", value: (s) => s.statements, cell: (s) => s.statements },
    { key: "why", label: "Why", cell: (s) => (s.reasons.length ? h("details", null, h("summary", null, `${s.reasons.length} reason${s.reasons.length === 1 ? "" : "s"}`), h("ul", null, s.reasons.map((r) => h("li", null, r)))) : "—") },
  ];
  return sortableTable(sources, { path: "/sources", query, columns, initial: ["statements", "desc"], noun: ["source", "sources"], cls: "sources", cards: true, row: (_s, cells) => h("tr", null, cells) });
}

function chainList(chains: readonly Chain[]): HTMLElement {
  if (chains.length === 0) return h("p", { class: "muted" }, "No statement in the ledger reached print through more than one hop.");
  return h("ul", { class: "chains" }, chains.slice(0, 100).map((c) => h("li", null,
    c.circular ? h("span", { class: "badge c-doubted" }, "circular") : null, " ",
    c.links.map((l, i) => [i ? h("span", { class: "arrow-sep", "aria-label": "then" }, " → ") : null, h("span", { class: "link-name" }, l)]),
    h("span", { class: "muted" }, ` · ${c.reports} report${c.reports === 1 ? "" : "s"}, `),
    c.statements.slice(0, 3).map((id, i) => [i ? ", " : null, h("a", { href: `/statements/${encodeURIComponent(id)}` }, `statement ${i + 1}`)]))));
}

export async function sourcesPage(main: HTMLElement, _params: string[] = [], query: URLSearchParams = new URLSearchParams()): Promise<void> {
  try {
    const { sources, chains } = await api.sources();
    mount(main, page("Sources",
      h("p", { class: "lede" }, "Grades follow the Admiralty code: reliability A (reliable) to F (cannot be judged), credibility 1 (confirmed by other sources) to 6 (cannot be judged)."),
      sourceTable(sources, query),
      h("h2", null, "Reporting chains"),
      h("p", { class: "muted" }, "How statements reached print, from the original source through each relay to the outlet. A circular chain comes back to a name it started from: its reports do not confirm each other."),
      chainList(chains)));
  } catch (error) {
    mount(main, page("Sources", failure(error)));
  }
}

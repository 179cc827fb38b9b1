// Sources: each with its grading and the reasons for it, and the reporting chains (circular ones first).
import { api, type Chain, type SourceRow } from "../api.js";
import { h, mount } from "../dom.js";
import { stateName } from "../format.js";
import { failure, page } from "../parts.js";

function sourceTable(sources: readonly SourceRow[]): HTMLElement {
  return h("div", { class: "table-wrap" }, h("table", { class: "sources" },
    h("thead", null, h("tr", null, h("th", null, "Source"), h("th", null, "State"), h("th", { class: "hide-narrow" }, "Kind"), h("th", null, "Grade"), h("th", { class: "num" }, "Statements"), h("th", null, "Why"))),
    h("tbody", null, sources.map((s) => h("tr", null,
      h("td", null, h("a", { href: `/statements?source=${encodeURIComponent(s.speaker ?? s.org ?? s.id)}` }, s.speaker ?? s.org ?? s.id), s.speaker && s.org ? h("div", { class: "muted" }, s.org) : null),
      h("td", null, s.country ? stateName(s.country) : "—"),
      h("td", { class: "hide-narrow" }, s.kind),
      h("td", null, s.grade ? h("span", { class: "grade" }, s.grade) : h("span", { class: "muted" }, "ungraded")),
      h("td", { class: "num" }, s.statements),
      h("td", null, s.reasons.length ? h("details", null, h("summary", null, `${s.reasons.length} reason${s.reasons.length === 1 ? "" : "s"}`), h("ul", null, s.reasons.map((r) => h("li", null, r)))) : "—"))))));
}

function chainList(chains: readonly Chain[]): HTMLElement {
  if (chains.length === 0) return h("p", { class: "muted" }, "No statement in the ledger reached print through more than one hop.");
  return h("ul", { class: "chains" }, chains.slice(0, 100).map((c) => h("li", null,
    c.circular ? h("span", { class: "badge c-doubted" }, "circular") : null, " ",
    c.links.map((l, i) => [i ? h("span", { class: "arrow-sep", "aria-label": "then" }, " → ") : null, h("span", { class: "link-name" }, l)]),
    h("span", { class: "muted" }, ` · ${c.reports} report${c.reports === 1 ? "" : "s"}, `),
    c.statements.slice(0, 3).map((id, i) => [i ? ", " : null, h("a", { href: `/statements/${encodeURIComponent(id)}` }, `statement ${i + 1}`)]))));
}

export async function sourcesPage(main: HTMLElement): Promise<void> {
  try {
    const { sources, chains } = await api.sources();
    mount(main, page("Sources",
      h("p", { class: "lede" }, "Grades follow the Admiralty code: reliability A (reliable) to F (cannot be judged), credibility 1 (confirmed by other sources) to 6 (cannot be judged)."),
      sourceTable(sources),
      h("h2", null, "Reporting chains"),
      h("p", { class: "muted" }, "How statements reached print, from the original source through each relay to the outlet. A circular chain comes back to a name it started from: its reports do not confirm each other."),
      chainList(chains)));
  } catch (error) {
    mount(main, page("Sources", failure(error)));
  }
}

// Evidence: a statement with the reports that carry it, and the reader with the evidence highlighted at its span.
import { api, type Report } from "../api.js";
import { h, linkRow, mount, safeHref } from "../dom.js";
import { figure, flowPath, itemLabel, sourceLabel, stateName, when } from "../format.js";
import { certaintyBadge, claimsList, failure, markedText, page, readerHref } from "../parts.js";
import { navigate } from "../router.js";

/** What a statement's figure measures, in words (link/figure-measure.ts on the server). */
const MEASURE_WORDS = {
  stock: "running total to the day stated (never added to other totals)",
  increment: "amount moved over a window (added after the last running total)",
  rate: "a rate or share (never added to a flow)",
  plan: "a plan, target or ceiling (never added to a flow)",
} as const;

function reportRows(reports: readonly Report[]): HTMLElement {
  return h("div", { class: "table-wrap" }, h("table", { class: "reports" },
    h("thead", null, h("tr", null, h("th", null, "Report"), h("th", null, "Published"), h("th", null, "Passed on through"), h("th", null, "Evidence"))),
    h("tbody", null, reports.map((r) => linkRow(readerHref(r.doc, r.start, r.end), navigate,
      h("td", null, h("a", { href: readerHref(r.doc, r.start, r.end) }, r.outlet ?? r.doc)),
      h("td", null, r.published ?? "—"),
      h("td", null, r.relays.length ? r.relays.join(" ← ") : h("span", { class: "muted" }, "direct")),
      h("td", { class: "evidence" }, r.evidence))))));
}

export async function statementPage(main: HTMLElement, [id]: string[]): Promise<void> {
  try {
    const { statement: s } = await api.statement(id);
    const outlets = new Set(s.reports.map((r) => r.outlet ?? r.doc));
    mount(main, page(figure(s.quantity),
      h("p", { class: "lede" },
        h("a", { href: flowPath(s) }, `${stateName(s.supplier)} → ${s.recipient ? stateName(s.recipient) : s.kind}: ${itemLabel(s.item)}`),
        ` · stated ${when(s) ?? "undated"} by ${sourceLabel(s.source)} · `, certaintyBadge(s.certainty)),
      h("dl", { class: "facts" },
        h("dt", null, "Period"), h("dd", null, s.period ? `${s.period.start ?? "…"} to ${s.period.end ?? "…"}` : "not given"),
        h("dt", null, "Kind of figure"), h("dd", null, MEASURE_WORDS[s.measure ?? (s.cumulative ? "stock" : "increment")]),
        h("dt", null, "Independent sources"), h("dd", null, String(s.independent_sources)),
        h("dt", null, "Reports carrying it"), h("dd", null, `${s.reports.length} in ${outlets.size} outlet${outlets.size === 1 ? "" : "s"}`)),
      h("h2", null, "Reports that carry it"),
      reportRows(s.reports)));
  } catch (error) {
    mount(main, page("Statement", failure(error)));
  }
}

/** `?at=120-245` names the evidence to highlight. */
function targetOf(query: URLSearchParams): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(query.get("at") ?? "");
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

export async function readerPage(main: HTMLElement, [id]: string[], query: URLSearchParams): Promise<void> {
  try {
    const doc = await api.document(id);
    const target = targetOf(query);
    // Only web addresses become links; anything else (a javascript: URL) shows as the text it is.
    const url = doc.url ? (safeHref(doc.url) ? h("a", { href: doc.url, rel: "noopener noreferrer nofollow", target: "_blank" }, doc.url) : h("span", null, doc.url)) : null;
    mount(main, page(doc.title ?? doc.id,
      h("p", { class: "lede" }, [doc.outlet, doc.published].filter(Boolean).join(" · "), url ? [" · ", url] : null),
      h("div", { class: "reader" },
        h("article", { "aria-label": "Report text" }, markedText(doc.text, doc.claims.map((c) => ({ ...c.evidence, title: `${itemLabel(c.item)}: ${figure(c.quantity)}` })), target)),
        h("aside", null, h("h2", null, `Claims (${doc.claims.length})`), claimsList(doc.claims)))));
    const mark = document.getElementById("target");
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
    }
  } catch (error) {
    mount(main, page("Report", failure(error)));
  }
}

/** Statements filtered as the API allows (`?source=`, `?state=`, `?item=`, `?certainty=`, `?since=`). */
export async function statementsPage(main: HTMLElement, _params: string[], query: URLSearchParams): Promise<void> {
  const filter = new URLSearchParams([...query].filter(([k]) => ["source", "state", "item", "certainty", "since"].includes(k)));
  const title = filter.get("source") ? `Statements by ${filter.get("source")}` : "Statements";
  try {
    const { statements } = await api.statements(filter.toString());
    mount(main, page(title, statements.length === 0 ? h("p", { class: "muted" }, "No statement matches.") : h("div", { class: "table-wrap" }, h("table", null,
      h("thead", null, h("tr", null, h("th", null, "Stated"), h("th", null, "Flow"), h("th", null, "Figure"), h("th", null, "Source"), h("th", null, "Certainty"))),
      h("tbody", null, statements.map((s) => linkRow(`/statements/${encodeURIComponent(s.id)}`, navigate,
        h("td", null, when(s) ?? "—"),
        h("td", null, `${stateName(s.supplier)} → ${s.recipient ? stateName(s.recipient) : s.kind}: ${itemLabel(s.item)}`),
        h("td", { class: "num" }, h("a", { href: `/statements/${encodeURIComponent(s.id)}` }, figure(s.quantity))),
        h("td", null, sourceLabel(s.source)),
        h("td", null, certaintyBadge(s.certainty)))))))));
  } catch (error) {
    mount(main, page(title, failure(error)));
  }
}

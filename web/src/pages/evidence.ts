// Evidence: a statement with the reports that carry it, and the reader with the evidence highlighted at its span.
import { api, type Report } from "../api.js";
import { h, linkRow, mount, safeHref } from "../dom.js";
import { citation, exportButtons, statementRow } from "../export.js";
import { figure, flowPath, itemLabel, sourceLabel, statePath, stateName, when } from "../format.js";
import { certaintyBadge, claimsList, failure, markedText, notFound, page, readerHref } from "../parts.js";
import { navigate } from "../router.js";

/** What a statement's figure measures, in words (link/figure-measure.ts on the server). */
const MEASURE_WORDS = {
  stock: "running total to the day stated (never added to other totals)",
  increment: "amount moved over a window (added after the last running total)",
  rate: "a rate or share (never added to a flow)",
  plan: "a plan, target or ceiling (never added to a flow)",
} as const;

/** How the statement travelled: from its source, through each relay (stored nearest first), to the outlet. */
export function relayPath(source: string, r: Report): string {
  const hops = [source, ...[...r.relays].reverse(), r.outlet ?? r.doc];
  return hops.filter((hop, i) => i === 0 || hop.toLowerCase() !== hops[i - 1].toLowerCase()).join(" → ");
}

function reportRows(reports: readonly Report[], source: string): HTMLElement {
  return h("div", { class: "table-wrap" }, h("table", { class: "reports" },
    h("thead", null, h("tr", null, h("th", null, "Report"), h("th", null, "Published"), h("th", null, "How it reached print"), h("th", null, "Evidence"))),
    h("tbody", null, reports.map((r) => linkRow(readerHref(r.doc, r.start, r.end), navigate,
      h("td", null, h("a", { href: readerHref(r.doc, r.start, r.end) }, r.outlet ?? r.doc)),
      h("td", { class: "date" }, r.published ?? "—"),
      h("td", { class: "relay-path" }, r.relays.length ? relayPath(source, r) : h("span", { class: "muted" }, "direct from the source")),
      h("td", { class: "evidence" }, r.evidence))))));
}

export async function statementPage(main: HTMLElement, [id]: string[]): Promise<void> {
  try {
    const { statement: s } = await api.statement(id);
    const outlets = new Set(s.reports.map((r) => r.outlet ?? r.doc));
    const what = `${stateName(s.supplier)} → ${s.recipient ? stateName(s.recipient) : s.kind}: ${itemLabel(s.item)}`;
    const flow = flowPath(s);
    const cite = citation(s);
    const status = h("span", { class: "status", role: "status", "aria-live": "polite" });
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(cite);
        status.textContent = "Citation copied.";
      } catch {
        // No clipboard (an insecure page, a refusal): select the text so the reader can copy it.
        const range = document.createRange();
        range.selectNodeContents(citeText);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        status.textContent = "Select and copy the citation above.";
      }
    };
    const citeText = h("blockquote", { class: "citation", id: "citation" }, cite);
    mount(main, page(figure(s.quantity),
      h("p", { class: "lede" },
        flow ? h("a", { href: flow }, what) : [what, " (", s.supplier ? h("a", { href: statePath(s.supplier) }, stateName(s.supplier)) : null, ")"],
        ` · stated ${when(s) ?? "undated"} by ${sourceLabel(s.source)} · `, certaintyBadge(s.certainty)),
      h("dl", { class: "facts" },
        h("dt", null, "Period"), h("dd", null, s.period ? `${s.period.start ?? "…"} to ${s.period.end ?? "…"}` : "not given"),
        h("dt", null, "Kind of figure"), h("dd", null, MEASURE_WORDS[s.measure ?? (s.cumulative ? "stock" : "increment")]),
        h("dt", null, "Independent sources"), h("dd", null, String(s.independent_sources)),
        h("dt", null, "Reports carrying it"), h("dd", null, `${s.reports.length} in ${outlets.size} outlet${outlets.size === 1 ? "" : "s"}`)),
      h("h2", null, "Cite it"),
      citeText,
      h("div", { class: "actions" }, h("button", { type: "button", id: "copy-citation", class: "small", onclick: () => void copy() }, "Copy citation"), exportButtons(`armsflow-statement-${s.id}`, () => [statementRow(s)]), status),
      h("h2", null, "Reports that carry it"),
      reportRows(s.reports, sourceLabel(s.source))));
  } catch (error) {
    mount(main, notFound(error, "The ledger holds no statement at this address.") ?? page("Statement", failure(error)));
  }
}

/** `?at=120-245` names the evidence to highlight. */
function targetOf(query: URLSearchParams): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(query.get("at") ?? "");
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

/** What the reader says of a page recorded as seen only. */
export const SEEN_ONLY = "This page gave no claim and was recorded as seen only; ingest with --keep-empty to keep such pages whole.";

export async function readerPage(main: HTMLElement, [id]: string[], query: URLSearchParams): Promise<void> {
  try {
    const doc = await api.document(id);
    const target = targetOf(query);
    // Only web addresses become links; anything else (a javascript: URL) shows as the text it is.
    const url = doc.url ? (safeHref(doc.url) ? h("a", { href: doc.url, rel: "noopener noreferrer nofollow", target: "_blank" }, doc.url) : h("span", null, doc.url)) : null;
    mount(main, page(doc.title ?? doc.id,
      h("p", { class: "lede" }, [doc.outlet, doc.published].filter(Boolean).join(" · "), url ? [" · ", url] : null),
      h("div", { class: "reader" },
        // A page that gave no claim may have been recorded as seen only: no text to show, and the reason said.
        doc.seen
          ? h("article", { "aria-label": "Report text" }, h("p", { class: "seen-only" }, SEEN_ONLY))
          : h("article", { "aria-label": "Report text" }, markedText(doc.text, doc.claims.map((c) => ({ ...c.evidence, title: `${itemLabel(c.item)}: ${figure(c.quantity)}` })), target)),
        h("aside", null, h("h2", null, `Claims (${doc.claims.length})`), claimsList(doc.claims)))));
    // The router focuses the highlighted sentence (#target) once the page is shown.
  } catch (error) {
    mount(main, notFound(error, "The ledger holds no report at this address.") ?? page("Report", failure(error)));
  }
}


// Taking a page's data away: CSV and JSON of what it shows, with provenance columns (who said it, when,
// in which report, at which address, in which sentence), and a citation for one statement.
import type { Statement } from "./api.js";
import { h } from "./dom.js";
import { sourceLabel, when } from "./format.js";

export type Row = Record<string, string | number | boolean | null>;

/** One row a statement, its first report as the provenance (every report's address in `report_urls`). */
export function statementRow(s: Statement): Row {
  const first = s.reports[0];
  return {
    statement: s.id, stated: when(s), kind: s.kind, supplier: s.supplier, recipient: s.recipient, item: s.item,
    value: s.quantity?.value ?? null, min: s.quantity?.min ?? null, max: s.quantity?.max ?? null, unit: s.quantity?.unit ?? null, approx: s.quantity?.approx ?? null,
    measure: s.measure ?? (s.cumulative ? "stock" : "increment"), period_start: s.period?.start ?? null, period_end: s.period?.end ?? null,
    certainty: s.certainty, source: sourceLabel(s.source), source_speaker: s.source.speaker, source_org: s.source.org, source_country: s.source.country,
    independent_sources: s.independent_sources, reports: s.reports.length,
    outlet: first?.outlet ?? null, published: first?.published ?? null, url: first?.url ?? null, document: first?.doc ?? null,
    relays: first ? first.relays.join(" > ") : null, evidence: first?.evidence ?? null,
    report_urls: s.reports.map((r) => r.url).filter(Boolean).join(" "),
  };
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. A leading = + - @ is defused for spreadsheets. */
export function toCsv(rows: readonly Row[]): string {
  if (rows.length === 0) return "";
  const columns = Object.keys(rows[0]);
  const cell = (v: Row[string]) => {
    if (v === null || v === undefined) return "";
    let t = String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(t)) t = `'${t}`;
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { download: name, style: "display:none" });
  a.href = url; // a blob: address, set directly (safeHref lets only our pages and web addresses through)
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download CSV" and "Download JSON" for the rows a page shows (read when clicked). */
export function exportButtons(name: string, rows: () => readonly Row[]): HTMLElement {
  return h("div", { class: "export", role: "group", "aria-label": "Export what this page shows" },
    h("button", { type: "button", class: "export-csv", onclick: () => download(`${name}.csv`, "text/csv;charset=utf-8", toCsv(rows())) }, "Download CSV"),
    h("button", { type: "button", class: "export-json", onclick: () => download(`${name}.json`, "application/json", JSON.stringify(rows(), null, 2)) }, "Download JSON"));
}

/** A citation for one statement: source, day, outlet, address, sentence. */
export function citation(s: Statement): string {
  const r = s.reports[0];
  const parts = [sourceLabel(s.source), when(s) ? `stated ${when(s)}` : "undated"];
  if (r) parts.push(`reported by ${r.outlet ?? r.doc}${r.published ? ` on ${r.published}` : ""}`);
  const sentence = r ? ` "${r.evidence.trim()}"` : "";
  return `${parts.join(", ")}.${sentence}${r?.url ? ` ${r.url}` : ""} (armsflow statement ${s.id})`;
}

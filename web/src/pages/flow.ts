// One flow: its timeline per unit, coloured by source, the estimate band, conflicting figures side by side,
// and the balance with what goes the other way.
import { api, type Balance, type BandValue, type FlowDetail, type Statement } from "../api.js";
import { bandNoteOf, bandOf, timeline } from "../charts/timeline.js";
import { h, linkRow, mount, svg, type Child } from "../dom.js";
import { exportButtons, statementRow } from "../export.js";
import { colourer, figure, flowPath, itemLabel, num, OTHER, sourceKey, sourceLabel, statePath, stateName, unitName, when, type Colourer } from "../format.js";
import { certaintyBadge, failure, notFound, page } from "../parts.js";
import { navigate } from "../router.js";

/** How a statement's figure reads beside it: a running total, a rate, a plan; an increment needs no mark. */
const MEASURE_MARK: Record<string, string> = { stock: " total", increment: "", rate: " rate", plan: " plan" };
const statementHref = (s: Statement) => `/statements/${encodeURIComponent(s.id)}`;

function statementTable(statements: readonly Statement[], colour: (k: string) => string): HTMLElement {
  return h("div", { class: "table-wrap" }, h("table", { class: "statements" },
    h("thead", null, h("tr", null, h("th", null, "Stated"), h("th", null, "Figure"), h("th", null, "Source"), h("th", null, "Certainty"), h("th", { class: "num" }, "Reports"), h("th", { class: "num hide-narrow" }, "Independent"))),
    h("tbody", null, statements.map((s) => linkRow(statementHref(s), navigate,
      h("td", { class: "date" }, when(s) ?? "—"),
      h("td", { class: "num" }, h("a", { href: statementHref(s) }, figure(s.quantity)), s.quantity && MEASURE_MARK[s.measure ?? (s.cumulative ? "stock" : "increment")] ? h("span", { class: "muted" }, MEASURE_MARK[s.measure ?? (s.cumulative ? "stock" : "increment")]) : null),
      h("td", null, h("span", { class: "swatch", style: `background:${colour(sourceKey(s.source))}` }), sourceLabel(s.source)),
      h("td", null, certaintyBadge(s.certainty)),
      h("td", { class: "num" }, s.reports.length),
      h("td", { class: "num hide-narrow" }, s.independent_sources))))));
}

/** The view's state in the address (shareable, Back restores it): `scale=log`, `hide=` source keys, `from`/`to` days. */
interface ChartState { log: boolean; hidden: Set<string>; from: string | null; to: string | null }

function chartState(query: URLSearchParams): ChartState {
  return { log: query.get("scale") === "log", hidden: new Set(query.getAll("hide")), from: query.get("from"), to: query.get("to") };
}

function withQuery(change: (q: URLSearchParams) => void): string {
  const q = new URLSearchParams(window.location.search);
  change(q);
  const text = q.toString();
  return window.location.pathname + (text ? `?${text}` : "");
}

function charts(detail: FlowDetail, colour: Colourer, state: ChartState): Child[] {
  const units = [...new Set(detail.statements.map((s) => s.quantity?.unit).filter((u): u is string => !!u))];
  if (units.length === 0) return [h("p", { class: "muted" }, "No statement of this flow gives a figure yet.")];
  const sources = [...new Map(detail.statements.map((s) => [sourceKey(s.source), s.source])).entries()];
  const width = (document.getElementById("main")?.clientWidth ?? 1000) - 70;
  const day = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
  const controls = h("form", { class: "chart-controls", onsubmit: (e: Event) => e.preventDefault() },
    h("label", null, h("input", { type: "checkbox", id: "log-scale", checked: state.log, onchange: (e: Event) => navigate(withQuery((q) => ((e.target as HTMLInputElement).checked ? q.set("scale", "log") : q.delete("scale"))), { replace: true }) }), " Logarithmic scale"),
    h("label", null, "From ", h("input", { type: "date", id: "range-from", value: state.from ?? "", onchange: (e: Event) => navigate(withQuery((q) => { const v = day((e.target as HTMLInputElement).value); if (v) q.set("from", v); else q.delete("from"); })) })),
    h("label", null, "to ", h("input", { type: "date", id: "range-to", value: state.to ?? "", onchange: (e: Event) => navigate(withQuery((q) => { const v = day((e.target as HTMLInputElement).value); if (v) q.set("to", v); else q.delete("to"); })) })),
    state.from || state.to ? h("a", { href: withQuery((q) => { q.delete("from"); q.delete("to"); }) }, "all dates") : null);
  // Colours are given in legend order, so the legend and the marks agree.
  for (const [key] of sources) colour(key);
  return [
    controls,
    ...units.map((unit) => {
      const note = bandNoteOf(detail.estimate, unit);
      const onBrush = (from: string, to: string) => navigate(withQuery((q) => { q.set("from", from); q.set("to", to); }), { stay: true });
      return h("figure", { class: "chart", "data-unit": unit }, h("figcaption", null, `In ${unitName(unit)}${state.log ? " (logarithmic scale)" : ""}`),
        timeline(detail.statements, unit, colour, bandOf(detail.estimate, unit), width, { ...state, bandNote: note, onBrush }),
        note ? h("p", { class: "band-note", "data-unit": unit }, h("strong", null, "Why figures lie outside the band: "), state.from || state.to ? "(over the whole flow, not only the dates shown) " : null, note.note) : null);
    }),
    markLegend(detail.statements),
    h("div", { class: "legend", role: "group", "aria-label": "Sources: switch each on or off" },
      sources.map(([key, s]) => {
        const off = state.hidden.has(key);
        return h("button", { type: "button", class: `source-toggle${off ? " off" : ""}`, "aria-pressed": String(!off), "data-source": key,
          onclick: () => navigate(withQuery((q) => { const rest = q.getAll("hide").filter((k) => k !== key); q.delete("hide"); for (const k of rest) q.append("hide", k); if (!off) q.append("hide", key); }), { replace: true }) },
        h("span", { class: "swatch", style: `background:${colour(key)}` }), sourceLabel(s));
      }),
      colour.overflow() ? h("span", null, h("span", { class: "swatch", style: `background:${OTHER}` }), `${colour.overflow()} more sources share grey`) : null),
    h("p", { class: "muted legend-note" }, "Drag across a chart to narrow the dates; Back undoes it."),
  ];
}

/** What each kind of mark means, drawn as the chart draws it: only the kinds this flow has, and the band. */
function markLegend(statements: readonly Statement[]): HTMLElement {
  const has = new Set<string>(statements.filter((s) => s.quantity).map((s) => (s.quantity!.value === null ? (s.quantity!.min !== null && s.quantity!.max !== null ? "range" : "open") : s.measure ?? (s.cumulative ? "stock" : "increment"))));
  const icon = (...parts: SVGElement[]) => svg("svg", { viewBox: "0 0 22 18", "aria-hidden": "true" }, parts);
  const ink = "#444";
  const kinds: [string, SVGSVGElement, string][] = [
    ["stock", icon(svg("circle", { cx: 11, cy: 9, r: 5, fill: ink, stroke: ink, "stroke-width": 2 })), "running total"],
    ["increment", icon(svg("line", { x1: 1, x2: 11, y1: 9, y2: 9, stroke: ink, "stroke-width": 2, "stroke-opacity": 0.6 }), svg("circle", { cx: 14, cy: 9, r: 5, fill: "#fff", stroke: ink, "stroke-width": 2 })), "amount over a window (line: the window)"],
    ["rate", icon(svg("path", { d: "M11,2 L18,9 L11,16 L4,9 Z", fill: ink })), "rate (per period: not a total)"],
    ["plan", icon(svg("circle", { cx: 11, cy: 9, r: 5, fill: "#fff", stroke: ink, "stroke-width": 2, "stroke-dasharray": "3 2" })), "plan or target"],
    ["range", icon(svg("rect", { x: 7, y: 2, width: 8, height: 14, fill: ink, "fill-opacity": 0.35, stroke: ink, "stroke-width": 2 })), "between two bounds"],
    ["open", icon(svg("line", { x1: 4, x2: 18, y1: 15, y2: 15, stroke: ink, "stroke-width": 3 }), svg("line", { x1: 11, x2: 11, y1: 15, y2: 3, stroke: ink, "stroke-width": 2 }), svg("path", { d: "M6,8 L11,3 L16,8", fill: "none", stroke: ink, "stroke-width": 2 })), "at least (arrow up) or up to (arrow down)"],
  ];
  return h("div", { class: "mark-legend", role: "list", "aria-label": "What the marks mean" },
    kinds.filter(([k]) => has.has(k)).map(([k, i, text]) => h("span", { role: "listitem", "data-kind": k }, i, text)),
    h("span", { role: "listitem", "data-kind": "band" }, icon(svg("rect", { x: 1, y: 4, width: 20, height: 10, fill: "#0072b2", "fill-opacity": 0.12, stroke: "#0072b2", "stroke-opacity": 0.3 })), "estimate band"),
    h("span", { role: "listitem", "data-kind": "outside" }, icon(svg("circle", { cx: 11, cy: 9, r: 7, fill: "none", stroke: "#8a1c12", "stroke-width": 1.5 })), "outside the band (reason under the chart)"));
}

/** For one flow, each source's figures side by side over time: a row per source, in time order. */
function compareSources(detail: FlowDetail, colour: Colourer): Child {
  const bySource = new Map<string, Statement[]>();
  for (const s of detail.statements) if (s.quantity) bySource.set(sourceKey(s.source), [...(bySource.get(sourceKey(s.source)) ?? []), s]);
  if (bySource.size < 2) return null;
  return h("section", { "aria-labelledby": "compare-h" },
    h("h2", { id: "compare-h" }, "Sources compared"),
    h("div", { class: "table-wrap" }, h("table", { class: "compare" },
      h("thead", null, h("tr", null, h("th", null, "Source"), h("th", { class: "num" }, "Statements"), h("th", null, "Figures over time"))),
      h("tbody", null, [...bySource.values()].map((list) => h("tr", null,
        h("td", null, h("span", { class: "swatch", style: `background:${colour(sourceKey(list[0].source))}` }), sourceLabel(list[0].source)),
        h("td", { class: "num" }, list.length),
        h("td", null, [...list].sort((a, b) => (when(a) ?? "").localeCompare(when(b) ?? "")).map((s, i) => [i ? " → " : null, h("a", { href: statementHref(s) }, figure(s.quantity)), h("span", { class: "muted" }, ` (${when(s) ?? "undated"})`)]))))))));
}

function conflicts(detail: FlowDetail, colour: Colourer): Child {
  const list = detail.flow.conflicts ?? [];
  if (list.length === 0) return null;
  const byId = new Map(detail.statements.map((s) => [s.id, s]));
  return h("section", { "aria-labelledby": "conflicts-h" },
    h("h2", { id: "conflicts-h" }, "Conflicting figures"),
    list.map((c) => h("div", { class: "conflict" },
      h("h3", null, `${c.stated ?? "Undated"}, in ${c.unit}`),
      h("div", { class: "side-by-side" }, c.figures.map((f) =>
        h("a", { class: "card", href: `/statements/${encodeURIComponent(f.statement)}`, style: `border-color:${colour(sourceKey(f.source))}` },
          h("strong", null, figure(f.quantity)), h("span", null, sourceLabel(f.source)),
          h("span", { class: "muted" }, `${f.stated ?? ""} · ${byId.get(f.statement)?.certainty ?? ""} · ${byId.get(f.statement)?.reports.length ?? 0} report(s)`)))))));
}

const band = (b: BandValue, unit?: string) => (b.low === b.high ? num(b.median, false, unit) : `${num(b.median, false, unit)} (${num(b.low, false, unit)}–${num(b.high, false, unit)})`);

/** Both directions side by side, by item and unit, with the ratios statements give. */
function balanceTable(b: Balance | null): Child {
  if (!b || (b.forward.lines.length === 0 && b.reverse.lines.length === 0)) return null;
  const rows = [...b.forward.lines.map((l) => ({ dir: `${stateName(b.forward.supplier)} → ${stateName(b.forward.recipient)}`, l })), ...b.reverse.lines.map((l) => ({ dir: `${stateName(b.reverse.supplier)} → ${stateName(b.reverse.recipient)}`, l }))];
  return [
    h("div", { class: "table-wrap" }, h("table", { class: "balance" },
      h("caption", null, "Best totals known each way (median, with the band)"),
      h("thead", null, h("tr", null, h("th", null, "Direction"), h("th", null, "Item"), h("th", { class: "num" }, "Total"), h("th", null, "As of"), h("th", { class: "num" }, "Statements"))),
      h("tbody", null, rows.map(({ dir, l }) => h("tr", null, h("td", null, dir), h("td", null, itemLabel(l.item)), h("td", { class: "num" }, `${band(l.latest, l.unit)} ${unitName(l.unit)}`), h("td", { class: "date" }, l.latest.date), h("td", { class: "num" }, l.statements)))))),
    b.containerRatio ? h("p", null, `Containers back for each container out: ${band(b.containerRatio)} (latest figures, ${b.containerRatio.forwardDate} and ${b.containerRatio.reverseDate}).`) : null,
    b.ratios.length ? h("ul", null, b.ratios.map((r) => h("li", null, h("a", { href: `/statements/${encodeURIComponent(r.statement)}` }, r.says), ` — ${r.source}${r.date ? `, ${r.date}` : ""}`))) : null,
  ];
}

function balance(detail: FlowDetail): Child {
  const { flow, reverse } = detail;
  return h("section", { "aria-labelledby": "balance-h" },
    h("h2", { id: "balance-h" }, `What goes back: ${stateName(flow.recipient)} → ${stateName(flow.supplier)}`),
    h("p", null, "States: ", h("a", { href: statePath(flow.supplier) }, stateName(flow.supplier)), ", ", h("a", { href: statePath(flow.recipient) }, stateName(flow.recipient))),
    reverse.flows.length === 0
      ? h("p", { class: "muted" }, "No statement in the ledger tells of anything going the other way.")
      : h("ul", { class: "reverse" }, reverse.flows.map((f) => h("li", null, h("a", { href: flowPath(f) ?? statePath(f.supplier) }, itemLabel(f.item)), ": ", f.latest ? figure(f.latest.quantity) : "no figure", h("span", { class: "muted" }, ` (${f.statements} statement${f.statements === 1 ? "" : "s"})`)))),
    balanceTable(detail.balance));
}

/** What an address that leads to no flow asked for, in its own words: the item as written, each state by its name where it has one. */
export function askedFlow(supplier: string, recipient: string, item: string): string {
  const state = (code: string) => (stateName(code.toUpperCase()) === code.toUpperCase() ? `\u201c${code}\u201d` : stateName(code.toUpperCase()));
  return `This address names no flow in the ledger: it asks for \u201c${itemLabel(item)}\u201d from ${state(supplier)} to ${state(recipient)}.`;
}

export async function flowPage(main: HTMLElement, [supplier, recipient, item]: string[], query: URLSearchParams = new URLSearchParams()): Promise<void> {
  const title = `${stateName(supplier)} → ${stateName(recipient)}: ${itemLabel(item)}`;
  try {
    const detail = await api.flow(supplier, recipient, item);
    const colour = colourer();
    const f = detail.flow;
    const state = chartState(query);
    const shown = () => detail.statements.filter((s) => !state.hidden.has(sourceKey(s.source)) && (!state.from || (when(s) ?? "") >= state.from) && (!state.to || (when(s) ?? "").slice(0, 10) <= state.to));
    mount(main, page(title,
      h("p", { class: "lede" },
        f.latest ? ["Latest figure: ", h("a", { href: `/statements/${encodeURIComponent(f.latest.statement)}` }, figure(f.latest.quantity)), ` (${f.latest.stated ?? "undated"}, ${sourceLabel(f.latest.source)}). `] : "No figure yet. ",
        `${f.statements} statement${f.statements === 1 ? "" : "s"} in ${f.reports} report${f.reports === 1 ? "" : "s"}, from ${f.independent_sources} independent source${f.independent_sources === 1 ? "" : "s"}.`,
        detail.likelihood ? [" The flow is ", h("strong", null, detail.likelihood.phrase), ` (${Math.round(detail.likelihood.band[0] * 100)}–${Math.round(detail.likelihood.band[1] * 100)} %).`] : null),
      charts(detail, colour, state),
      conflicts(detail, colour),
      compareSources(detail, colour),
      h("div", { class: "section-head" }, h("h2", null, `Statements (${shown().length} of ${detail.statements.length})`), exportButtons(`armsflow-${supplier}-${recipient}-${item}`, () => shown().map(statementRow))),
      statementTable(shown(), colour),
      balance(detail)));
  } catch (error) {
    mount(main, notFound(error, askedFlow(supplier, recipient, item)) ?? page(title, failure(error)));
  }
}

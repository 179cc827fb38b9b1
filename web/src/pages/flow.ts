// One flow: its timeline per unit, coloured by source, the estimate band, conflicting figures side by side,
// and the balance with what goes the other way.
import { api, type Balance, type BandValue, type FlowDetail, type Statement } from "../api.js";
import { bandOf, timeline } from "../charts/timeline.js";
import { h, linkRow, mount, type Child } from "../dom.js";
import { colourer, figure, flowPath, itemLabel, num, sourceKey, sourceLabel, stateName, when } from "../format.js";
import { certaintyBadge, failure, page } from "../parts.js";
import { navigate } from "../router.js";

/** How a statement's figure reads beside it: a running total, a rate, a plan; an increment needs no mark. */
const MEASURE_MARK: Record<string, string> = { stock: " total", increment: "", rate: " rate", plan: " plan" };
const statementHref = (s: Statement) => `/statements/${encodeURIComponent(s.id)}`;

function statementTable(statements: readonly Statement[], colour: (k: string) => string): HTMLElement {
  return h("div", { class: "table-wrap" }, h("table", { class: "statements" },
    h("thead", null, h("tr", null, h("th", null, "Stated"), h("th", null, "Figure"), h("th", null, "Source"), h("th", null, "Certainty"), h("th", { class: "num" }, "Reports"), h("th", { class: "num hide-narrow" }, "Independent"))),
    h("tbody", null, statements.map((s) => linkRow(statementHref(s), navigate,
      h("td", null, when(s) ?? "—"),
      h("td", { class: "num" }, h("a", { href: statementHref(s) }, figure(s.quantity)), MEASURE_MARK[s.measure ?? (s.cumulative ? "stock" : "increment")] ? h("span", { class: "muted" }, MEASURE_MARK[s.measure ?? (s.cumulative ? "stock" : "increment")]) : null),
      h("td", null, h("span", { class: "swatch", style: `background:${colour(sourceKey(s.source))}` }), sourceLabel(s.source)),
      h("td", null, certaintyBadge(s.certainty)),
      h("td", { class: "num" }, s.reports.length),
      h("td", { class: "num hide-narrow" }, s.independent_sources))))));
}

function charts(detail: FlowDetail, colour: (k: string) => string): Child[] {
  const units = [...new Set(detail.statements.map((s) => s.quantity?.unit).filter((u): u is string => !!u))];
  if (units.length === 0) return [h("p", { class: "muted" }, "No statement of this flow gives a figure yet.")];
  const sources = [...new Map(detail.statements.map((s) => [sourceKey(s.source), s.source])).entries()];
  return [
    ...units.map((unit) => h("figure", { class: "chart" }, h("figcaption", null, `In ${unit === "usd" ? "US dollars" : unit}`), timeline(detail.statements, unit, colour, bandOf(detail.estimate, unit), (document.getElementById("main")?.clientWidth ?? 1000) - 70))),
    h("p", { class: "legend" }, sources.map(([key, s]) => h("span", null, h("span", { class: "swatch", style: `background:${colour(key)}` }), sourceLabel(s))),
      h("span", { class: "muted" }, "Filled dot: running total; hollow: one delivery; bar: bounds (dashed where open); shaded: estimate band.")),
  ];
}

function conflicts(detail: FlowDetail, colour: (k: string) => string): Child {
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

const band = (b: BandValue) => (b.low === b.high ? num(b.median) : `${num(b.median)} (${num(b.low)}–${num(b.high)})`);

/** Both directions side by side, by item and unit, with the ratios statements give. */
function balanceTable(b: Balance | null): Child {
  if (!b || (b.forward.lines.length === 0 && b.reverse.lines.length === 0)) return null;
  const rows = [...b.forward.lines.map((l) => ({ dir: `${stateName(b.forward.supplier)} → ${stateName(b.forward.recipient)}`, l })), ...b.reverse.lines.map((l) => ({ dir: `${stateName(b.reverse.supplier)} → ${stateName(b.reverse.recipient)}`, l }))];
  return [
    h("div", { class: "table-wrap" }, h("table", { class: "balance" },
      h("caption", null, "Best totals known each way (median, with the band)"),
      h("thead", null, h("tr", null, h("th", null, "Direction"), h("th", null, "Item"), h("th", { class: "num" }, "Total"), h("th", null, "As of"), h("th", { class: "num" }, "Statements"))),
      h("tbody", null, rows.map(({ dir, l }) => h("tr", null, h("td", null, dir), h("td", null, itemLabel(l.item)), h("td", { class: "num" }, `${band(l.latest)} ${l.unit}`), h("td", null, l.latest.date), h("td", { class: "num" }, l.statements)))))),
    b.containerRatio ? h("p", null, `Containers back for each container out: ${band(b.containerRatio)} (latest figures, ${b.containerRatio.forwardDate} and ${b.containerRatio.reverseDate}).`) : null,
    b.ratios.length ? h("ul", null, b.ratios.map((r) => h("li", null, h("a", { href: `/statements/${encodeURIComponent(r.statement)}` }, r.says), ` — ${r.source}${r.date ? `, ${r.date}` : ""}`))) : null,
  ];
}

function balance(detail: FlowDetail): Child {
  const { flow, reverse } = detail;
  return h("section", { "aria-labelledby": "balance-h" },
    h("h2", { id: "balance-h" }, `What goes back: ${stateName(flow.recipient)} → ${stateName(flow.supplier)}`),
    reverse.flows.length === 0
      ? h("p", { class: "muted" }, "No statement in the ledger tells of anything going the other way.")
      : h("ul", { class: "reverse" }, reverse.flows.map((f) => h("li", null, h("a", { href: flowPath(f) }, itemLabel(f.item)), ": ", f.latest ? figure(f.latest.quantity) : "no figure", h("span", { class: "muted" }, ` (${f.statements} statement${f.statements === 1 ? "" : "s"})`)))),
    balanceTable(detail.balance));
}

export async function flowPage(main: HTMLElement, [supplier, recipient, item]: string[]): Promise<void> {
  const title = `${stateName(supplier)} → ${stateName(recipient)}: ${itemLabel(item)}`;
  try {
    const detail = await api.flow(supplier, recipient, item);
    const colour = colourer();
    const f = detail.flow;
    mount(main, page(title,
      h("p", { class: "lede" },
        f.latest ? ["Latest figure: ", h("a", { href: `/statements/${encodeURIComponent(f.latest.statement)}` }, figure(f.latest.quantity)), ` (${f.latest.stated ?? "undated"}, ${sourceLabel(f.latest.source)}). `] : "No figure yet. ",
        `${f.statements} statement${f.statements === 1 ? "" : "s"} in ${f.reports} report${f.reports === 1 ? "" : "s"}, from ${f.independent_sources} independent source${f.independent_sources === 1 ? "" : "s"}.`,
        detail.likelihood ? [" The flow is ", h("strong", null, detail.likelihood.phrase), ` (${Math.round(detail.likelihood.band[0] * 100)}–${Math.round(detail.likelihood.band[1] * 100)} %).`] : null),
      charts(detail, colour),
      conflicts(detail, colour),
      h("h2", null, "Statements"),
      statementTable(detail.statements, colour),
      balance(detail)));
  } catch (error) {
    mount(main, page(title, failure(error)));
  }
}

// The overview: the map of flows, the list of flows with sparklines, and what is new since the last visit.
import { api, type DocumentSummary, type Flow } from "../api.js";
import { familyOf, FAMILIES } from "../families.js";
import { sparkline } from "../charts/sparkline.js";
import { h, linkRow, mount } from "../dom.js";
import { figure, flowPath, itemLabel, sourceLabel, stateName } from "../format.js";
import { failure, page } from "../parts.js";
import { navigate } from "../router.js";
import { nextDir, sortBy, sortHeader, type Dir } from "../sorting.js";

const LAST_VISIT = "armsflow.lastVisit";
// The previous visit is read once per page load: moving around the dashboard does not make it "seen".
let previousVisit: string | null | undefined;

function sinceLastVisit(): string | null {
  if (previousVisit === undefined) {
    previousVisit = localStorage.getItem(LAST_VISIT);
    localStorage.setItem(LAST_VISIT, new Date().toISOString());
  }
  return previousVisit;
}

function whatsNew(documents: readonly DocumentSummary[], flows: readonly Flow[]): HTMLElement {
  const since = sinceLastVisit();
  if (!since) return h("section", { class: "news", "aria-labelledby": "news-h" }, h("h2", { id: "news-h" }, "New since your last visit"), h("p", { class: "muted" }, `This is your first visit from this browser: the ledger holds ${flows.length} flows.`));
  const fresh = documents.filter((d) => d.ingested_at > since);
  const freshFlows = flows.filter((f) => f.last_stated && f.last_stated >= since.slice(0, 10));
  return h("section", { class: "news", "aria-labelledby": "news-h" },
    h("h2", { id: "news-h" }, "New since your last visit"),
    h("p", { class: "muted" }, `Since ${since.slice(0, 16).replace("T", " ")} UTC: ${fresh.length} new report${fresh.length === 1 ? "" : "s"}, ${freshFlows.length} flow${freshFlows.length === 1 ? "" : "s"} with new statements.`),
    fresh.length ? h("ul", null, fresh.slice(0, 8).map((d) => h("li", null, h("a", { href: `/documents/${encodeURIComponent(d.id)}` }, d.title ?? d.id), d.outlet ? ` — ${d.outlet}` : ""))) : null);
}

/** The orders the list of flows can take (`/?sort=KEY&dir=asc|desc`), each with the direction it starts in. */
const SORTS = {
  figure: { label: "Latest figure", first: "desc" },
  flow: { label: "Flow", first: "asc" },
  item: { label: "Item", first: "asc" },
  stated: { label: "Stated", first: "desc" },
  statements: { label: "Statements", first: "desc" },
  sources: { label: "Independent sources", first: "desc" },
} as const;
type SortKey = keyof typeof SORTS;

/** The order asked for in the address, else by latest figure. */
export function sortOf(search: string): { sort: SortKey; dir: Dir } {
  const q = new URLSearchParams(search);
  const asked = q.get("sort");
  const sort: SortKey = asked && asked in SORTS ? (asked as SortKey) : "figure";
  const dir = q.get("dir");
  return { sort, dir: dir === "asc" || dir === "desc" ? dir : SORTS[sort].first };
}

/** The flows in the order asked: by latest figure (units kept together), or by one column, ties by latest figure. */
export function sortFlows(flows: readonly Flow[], sort: SortKey, dir: Dir): Flow[] {
  const base = byLatestFigure(flows);
  if (sort === "figure") return dir === "desc" ? base : base.reverse();
  const key: Record<Exclude<SortKey, "figure">, (f: Flow) => string | number> = {
    flow: (f) => `${stateName(f.supplier)} → ${stateName(f.recipient)}`,
    item: (f) => itemLabel(f.item),
    stated: (f) => f.latest?.stated ?? f.last_stated ?? "",
    statements: (f) => f.statements,
    sources: (f) => f.independent_sources,
  };
  return sortBy(base, key[sort], dir);
}

function flowTable(flows: readonly Flow[], sort: SortKey, dir: Dir): HTMLElement {
  const head = (key: SortKey, cls?: string) => sortHeader(key, SORTS[key].label, sort === key ? dir : null,
    key === "figure" && sort !== "figure" ? "/" : `/?sort=${key}&dir=${nextDir(key, sort, dir, SORTS[key].first)}`, cls);
  return h("div", { class: "table-wrap" }, h("table", { class: "flows" },
    h("caption", null, `Flows, ${sort === "figure" && dir === "desc" ? "by their latest figure" : `by ${SORTS[sort].label.toLowerCase()}, ${dir === "asc" ? "ascending" : "descending"}`} (${flows.length})`),
    h("thead", null, h("tr", null, head("flow"), head("item"), head("figure"), head("stated", "hide-narrow"), head("statements", "num hide-narrow"), head("sources", "num hide-narrow"), h("th", { scope: "col", class: "hide-narrow" }, "Over time"))),
    h("tbody", null, flows.map((f) => linkRow(flowPath(f)!, navigate,
      h("td", null, h("a", { href: flowPath(f) }, `${stateName(f.supplier)} → ${stateName(f.recipient)}`)),
      h("td", null, h("span", { class: "swatch", style: `background:${familyOf(f.item).colour}` }), itemLabel(f.item)),
      h("td", { class: "num" }, f.latest ? h("a", { href: `/statements/${encodeURIComponent(f.latest.statement)}`, title: sourceLabel(f.latest.source) }, figure(f.latest.quantity)) : h("span", { class: "muted" }, "no figure")),
      h("td", { class: "hide-narrow" }, f.latest?.stated ?? f.last_stated ?? "—"),
      h("td", { class: "num hide-narrow" }, f.statements),
      h("td", { class: "num hide-narrow" }, f.independent_sources),
      h("td", { class: "hide-narrow spark", "data-flow": flowPath(f)! }))))));
}

/** Unit codes by their characters: localeCompare would load the browser's collation data before the first paint. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By their latest figure: biggest first within each unit (units in the order of how many flows use them); flows without a figure last. */
function byLatestFigure(flows: readonly Flow[]): Flow[] {
  const units = new Map<string, number>();
  for (const f of flows) if (f.latest) units.set(f.latest.quantity.unit, (units.get(f.latest.quantity.unit) ?? 0) + 1);
  const value = (f: Flow) => f.latest?.quantity.value ?? f.latest?.quantity.max ?? f.latest?.quantity.min ?? -1;
  const unitRank = (f: Flow) => (f.latest ? -(units.get(f.latest.quantity.unit) ?? 0) : 1);
  return [...flows].sort((a, b) => unitRank(a) - unitRank(b) || byCode(a.latest?.quantity.unit ?? "", b.latest?.quantity.unit ?? "") || value(b) - value(a) || b.statements - a.statements);
}

/** Fills the sparkline cells once the figures over time arrive (they cost the server a query per flow). */
async function fillSparklines(main: HTMLElement): Promise<void> {
  const { flows } = await api.flows(true);
  const byPath = new Map(flows.map((f) => [flowPath(f)!, f]));
  for (const cell of main.querySelectorAll<HTMLElement>("td.spark")) {
    const f = byPath.get(cell.dataset.flow ?? "");
    if (f) cell.replaceChildren(sparkline(f.points, familyOf(f.item).colour, f.latest?.quantity.unit ?? null));
  }
  performance.mark("armsflow:sparklines");
}

// The list comes first, so the page answers the keyboard at once; the map and the sparklines follow.
export async function overview(main: HTMLElement): Promise<void> {
  try {
    const recent = api.documents(30);
    const { flows } = await api.flows();
    const sorted = byLatestFigure(flows);
    const order = sortOf(window.location.search);
    const mapBox = h("figure", { class: "map-box" }, h("div", { class: "map map-placeholder", role: "img", "aria-label": "Map of the flows (drawing…)" }),
      h("figcaption", { class: "legend" }, FAMILIES.map((f) => h("span", null, h("span", { class: "swatch", style: `background:${f.colour}` }), f.name)), h("span", { class: "muted" }, "One arrow per supplier and recipient, in the colour of its heaviest flow and as wide as that flow's latest figure (log scale, against the largest figure of comparable units: things, people, each currency); \u201cN flows\u201d: several items, listed on the state's page; dashed: no figure yet. Sparklines show one unit: that of the latest figure.")));
    mount(main, page("Flows between states",
      h("div", { class: "overview" }, mapBox, h("section", { class: "news" })),
      flows.length ? flowTable(sortFlows(flows, order.sort, order.dir), order.sort, order.dir) : h("p", { class: "muted" }, "The ledger is empty: add a report.")));
    void recent.then(({ documents }) => main.querySelector("section.news")?.replaceWith(whatsNew(documents, flows))).catch(() => undefined);
    void fillSparklines(main).catch(() => undefined); // a missing sparkline is no reason to fail the page
    // The map and its geometry are a script of their own, fetched once the list is on the page.
    void import("../charts/map.js").then(({ flowMap }) => {
      mapBox.firstElementChild?.replaceWith(flowMap(sorted, mapBox.clientWidth - 14));
      performance.mark("armsflow:map");
    }).catch(() => mapBox.firstElementChild?.replaceWith(h("p", { class: "muted" }, "The map could not be loaded.")));
  } catch (error) {
    mount(main, page("Flows between states", failure(error)));
  }
}

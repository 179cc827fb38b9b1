// The overview: the map of flows, the list of flows with sparklines, and what is new since the last visit.
import { api, type DocumentSummary, type Flow } from "../api.js";
import { flowMap, familyOf, FAMILIES } from "../charts/map.js";
import { sparkline } from "../charts/sparkline.js";
import { h, linkRow, mount } from "../dom.js";
import { figure, flowPath, itemLabel, sourceLabel, stateName } from "../format.js";
import { failure, page } from "../parts.js";
import { navigate } from "../router.js";

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

function flowTable(flows: readonly Flow[]): HTMLElement {
  return h("div", { class: "table-wrap" }, h("table", { class: "flows" },
    h("caption", null, "Flows, by their latest figure"),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "Flow"), h("th", { scope: "col" }, "Item"), h("th", { scope: "col" }, "Latest figure"), h("th", { scope: "col", class: "hide-narrow" }, "Stated"), h("th", { scope: "col", class: "num hide-narrow" }, "Statements"), h("th", { scope: "col", class: "num hide-narrow" }, "Independent sources"), h("th", { scope: "col", class: "hide-narrow" }, "Over time"))),
    h("tbody", null, flows.map((f) => linkRow(flowPath(f), navigate,
      h("td", null, h("a", { href: flowPath(f) }, `${stateName(f.supplier)} → ${stateName(f.recipient)}`)),
      h("td", null, h("span", { class: "swatch", style: `background:${familyOf(f.item).colour}` }), itemLabel(f.item)),
      h("td", { class: "num" }, f.latest ? h("a", { href: `/statements/${encodeURIComponent(f.latest.statement)}`, title: sourceLabel(f.latest.source) }, figure(f.latest.quantity)) : h("span", { class: "muted" }, "no figure")),
      h("td", { class: "hide-narrow" }, f.latest?.stated ?? f.last_stated ?? "—"),
      h("td", { class: "num hide-narrow" }, f.statements),
      h("td", { class: "num hide-narrow" }, f.independent_sources),
      h("td", { class: "hide-narrow" }, sparkline(f.points, familyOf(f.item).colour)))))));
}

/** Biggest first within each unit; flows without a figure last. */
function byWeight(a: Flow, b: Flow): number {
  const va = a.latest?.quantity.value ?? a.latest?.quantity.max ?? a.latest?.quantity.min ?? -1;
  const vb = b.latest?.quantity.value ?? b.latest?.quantity.max ?? b.latest?.quantity.min ?? -1;
  return Number(!!b.latest) - Number(!!a.latest) || b.statements - a.statements || vb - va;
}

export async function overview(main: HTMLElement): Promise<void> {
  try {
    const [{ flows }, { documents }] = await Promise.all([api.flows(), api.documents(50)]);
    const sorted = [...flows].sort(byWeight);
    mount(main, page("Flows between states",
      h("div", { class: "overview" },
        h("figure", { class: "map-box" }, flowMap(sorted),
          h("figcaption", { class: "legend" }, FAMILIES.map((f) => h("span", null, h("span", { class: "swatch", style: `background:${f.colour}` }), f.name)), h("span", { class: "muted" }, "Width: latest figure against the largest of its unit; dashed: no figure yet."))),
        whatsNew(documents, flows)),
      flows.length ? flowTable(sorted) : h("p", { class: "muted" }, "The ledger is empty: add a report.")));
  } catch (error) {
    mount(main, page("Flows between states", failure(error)));
  }
}

// A page per state: what it sends and what it receives, by item, with the latest figures and their sources,
// and what it is said to make or hold (statements with no recipient).
import { api, type Flow } from "../api.js";
import { h, linkRow, mount } from "../dom.js";
import { exportButtons, statementRow, type Row } from "../export.js";
import { figure, flowPath, itemLabel, sourceLabel, statePath, stateName, when } from "../format.js";
import { certaintyBadge, failure, page } from "../parts.js";
import { navigate } from "../router.js";

function flowRow(f: Flow): Row {
  return {
    supplier: f.supplier, recipient: f.recipient, item: f.item, latest_value: f.latest?.quantity.value ?? null, latest_min: f.latest?.quantity.min ?? null,
    latest_max: f.latest?.quantity.max ?? null, unit: f.latest?.quantity.unit ?? null, latest_stated: f.latest?.stated ?? null,
    latest_source: f.latest ? sourceLabel(f.latest.source) : null, latest_statement: f.latest?.statement ?? null,
    statements: f.statements, reports: f.reports, independent_sources: f.independent_sources, first_stated: f.first_stated, last_stated: f.last_stated,
  };
}

function flowsTable(flows: readonly Flow[], other: (f: Flow) => string, caption: string, cls: string): HTMLElement {
  if (flows.length === 0) return h("p", { class: "muted" }, `None in the ledger.`);
  const sorted = [...flows].sort((a, b) => a.item.localeCompare(b.item) || stateName(other(a)).localeCompare(stateName(other(b))));
  return h("div", { class: "table-wrap" }, h("table", { class: cls },
    h("caption", null, caption),
    h("thead", null, h("tr", null, h("th", null, "Item"), h("th", null, "With"), h("th", { class: "num" }, "Latest figure"), h("th", { class: "hide-narrow" }, "Stated"), h("th", { class: "hide-narrow" }, "Source"), h("th", { class: "num" }, "Statements"))),
    h("tbody", null, sorted.map((f) => linkRow(flowPath(f)!, navigate,
      h("td", null, h("a", { href: flowPath(f) }, itemLabel(f.item))),
      h("td", null, h("a", { href: statePath(other(f)) }, stateName(other(f)))),
      h("td", { class: "num" }, f.latest ? h("a", { href: `/statements/${encodeURIComponent(f.latest.statement)}` }, figure(f.latest.quantity)) : h("span", { class: "muted" }, "no figure")),
      h("td", { class: "hide-narrow" }, f.latest?.stated ?? f.last_stated ?? "—"),
      h("td", { class: "hide-narrow" }, f.latest ? sourceLabel(f.latest.source) : "—"),
      h("td", { class: "num" }, f.statements))))));
}

export async function statePage(main: HTMLElement, [raw]: string[]): Promise<void> {
  const code = raw.toUpperCase();
  const name = stateName(code);
  try {
    // A body of a state (RUS-WAGNER) is no ISO code the API filters by: such pages filter here.
    const iso = /^[A-Z]{3}$/.test(code);
    const [all, listed] = await Promise.all([api.flows(false, iso ? code : undefined), api.statements(iso ? `state=${code}&limit=1000` : "limit=1000")]);
    const flows = all.flows.filter((f) => f.supplier === code || f.recipient === code);
    const statements = listed.statements.filter((s) => s.supplier === code || s.recipient === code);
    const sends = flows.filter((f) => f.supplier === code);
    const receives = flows.filter((f) => f.recipient === code);
    const own = statements.filter((s) => !s.recipient && s.supplier === code);
    mount(main, page(name,
      h("p", { class: "lede" }, `${sends.length} flow${sends.length === 1 ? "" : "s"} out, ${receives.length} in, ${statements.length} statement${statements.length === 1 ? "" : "s"} in all. `,
        h("a", { href: `/statements?state=${code}` }, "Every statement on ", name)),
      h("div", { class: "section-head" }, h("h2", null, "What it sends"), exportButtons(`armsflow-${code}-flows`, () => flows.map(flowRow))),
      flowsTable(sends, (f) => f.recipient, `${name} to other states, by item`, "flows sends"),
      h("h2", null, "What it receives"),
      flowsTable(receives, (f) => f.supplier, `Other states to ${name}, by item`, "flows receives"),
      own.length ? [h("h2", null, "What it makes or holds"), h("div", { class: "table-wrap" }, h("table", { class: "own" },
        h("thead", null, h("tr", null, h("th", null, "Stated"), h("th", null, "Kind"), h("th", null, "Item"), h("th", { class: "num" }, "Figure"), h("th", null, "Source"), h("th", null, "Certainty"))),
        h("tbody", null, own.map((s) => linkRow(`/statements/${encodeURIComponent(s.id)}`, navigate,
          h("td", { class: "date" }, when(s) ?? "—"), h("td", null, s.kind), h("td", null, itemLabel(s.item)),
          h("td", { class: "num" }, h("a", { href: `/statements/${encodeURIComponent(s.id)}` }, figure(s.quantity))),
          h("td", null, sourceLabel(s.source)), h("td", null, certaintyBadge(s.certainty))))))),
        exportButtons(`armsflow-${code}-own`, () => own.map(statementRow))] : null));
  } catch (error) {
    mount(main, page(name, failure(error)));
  }
}

/** Every state the ledger knows, with how much it sends and receives. */
export async function statesPage(main: HTMLElement): Promise<void> {
  try {
    const { flows } = await api.flows();
    const states = [...new Set(flows.flatMap((f) => [f.supplier, f.recipient]))].sort((a, b) => stateName(a).localeCompare(stateName(b)));
    mount(main, page("States",
      h("div", { class: "table-wrap" }, h("table", { class: "states" },
        h("thead", null, h("tr", null, h("th", null, "State"), h("th", { class: "num" }, "Flows out"), h("th", { class: "num" }, "Flows in"))),
        h("tbody", null, states.map((c) => linkRow(statePath(c), navigate,
          h("td", null, h("a", { href: statePath(c) }, stateName(c))),
          h("td", { class: "num" }, flows.filter((f) => f.supplier === c).length),
          h("td", { class: "num" }, flows.filter((f) => f.recipient === c).length))))))));
  } catch (error) {
    mount(main, page("States", failure(error)));
  }
}

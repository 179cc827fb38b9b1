// Search: states, people and bodies (sources), items, flows and the text of statements, from one box.
import { api } from "../api.js";
import { h, mount } from "../dom.js";
import { figure, flowPath, itemLabel, sourceLabel, statePath, stateName, when } from "../format.js";
import { failure, page } from "../parts.js";

const has = (hay: string | null | undefined, needle: string) => !!hay && hay.toLowerCase().includes(needle);

export async function searchPage(main: HTMLElement, _params: string[], query: URLSearchParams): Promise<void> {
  const q = (query.get("q") ?? "").trim();
  const needle = q.toLowerCase();
  const title = q ? `Search: ${q}` : "Search";
  const box = h("form", { class: "filters row", role: "search", action: "/search" },
    h("label", { class: "field grow" }, h("span", null, "Find"), h("input", { type: "search", name: "q", id: "search-page-q", value: q, placeholder: "a state, person, body, item or words" })),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Search")));
  if (!q) return mount(main, page(title, box));
  try {
    // The statements are found by the server (every word, in states, item, source, outlets and sentences): the first 50, newest first, and how many.
    const [{ flows }, { sources }, { statements: text, total = text.length }] = await Promise.all([api.flows(), api.sources(), api.statements(new URLSearchParams({ q, sort: "stated", dir: "desc", limit: "50" }).toString())]);
    const states = [...new Set(flows.flatMap((f) => [f.supplier, f.recipient]))].filter((c) => has(stateName(c), needle) || c.toLowerCase() === needle);
    const who = sources.filter((s) => has(s.speaker, needle) || has(s.org, needle));
    const items = [...new Set(flows.map((f) => f.item))].filter((i) => has(itemLabel(i), needle));
    const section = (name: string, n: number, body: HTMLElement) => h("section", { class: "results", "aria-label": name }, h("h2", null, `${name} (${n})`), n ? body : h("p", { class: "muted" }, "None."));
    mount(main, page(title, box,
      section("States", states.length, h("ul", null, states.map((c) => h("li", null, h("a", { href: statePath(c) }, stateName(c)))))),
      section("People and bodies", who.length, h("ul", null, who.map((s) => h("li", null, h("a", { href: `/statements?source=${encodeURIComponent(s.speaker ?? s.org ?? s.id)}` }, [s.speaker, s.org].filter(Boolean).join(", ")), h("span", { class: "muted" }, ` · ${s.statements} statement${s.statements === 1 ? "" : "s"}`))))),
      section("Items", items.length, h("ul", null, items.map((i) => h("li", null, h("a", { href: `/statements?item=${i}` }, itemLabel(i)), " · ", flows.filter((f) => f.item === i).map((f, k) => [k ? ", " : null, h("a", { href: flowPath(f) }, `${stateName(f.supplier)} → ${stateName(f.recipient)}`)]))))),
      section("Statements", total, h("div", null,
        h("ul", { class: "hits" }, text.map((s) => h("li", null, h("a", { href: `/statements/${encodeURIComponent(s.id)}` }, figure(s.quantity)), ` · ${stateName(s.supplier)} → ${s.recipient ? stateName(s.recipient) : s.kind}: ${itemLabel(s.item)} · ${sourceLabel(s.source)}, ${when(s) ?? "undated"}`))),
        total > text.length ? h("p", null, h("a", { href: `/statements?q=${encodeURIComponent(q)}` }, `All ${total} statements that mention it`)) : null))));
  } catch (error) {
    mount(main, page(title, box, failure(error)));
  }
}

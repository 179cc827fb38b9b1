// Add a report: paste text or a saved page, see its claims at once, store them with the write token.
import { api, ledgerReadOnly } from "../api.js";
import { h, mount } from "../dom.js";
import { claimsTable, failure, page } from "../parts.js";

const TOKEN = "armsflow.token";

function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h("label", { class: "field" }, h("span", null, label), input, hint ? h("small", { class: "muted" }, hint) : null);
}

export async function addPage(main: HTMLElement): Promise<void> {
  // A read-only ledger refuses every report (403 LEDGER_READ_ONLY): say so here instead of offering a form that cannot work.
  if (await ledgerReadOnly()) {
    mount(main, page("Add a report",
      h("p", { class: "notice", role: "note", id: "read-only" }, "This ledger is served read-only: reports cannot be added to it. ",
        "The server was started with ", h("code", null, "--read-only"), ", or its ledger cannot be written (a read-only file or database role). ",
        "Add reports with ", h("code", null, "armsflow ingest"), " on a ledger that can be written, or through a server started without ", h("code", null, "--read-only"), "."),
      h("p", null, h("a", { href: "/" }, "Back to the overview"))));
    return;
  }
  const text = h("textarea", { id: "report-text", rows: 12, required: true, placeholder: "Paste the report's text, or the HTML of a saved page" });
  const format = h("select", { id: "report-format" }, h("option", { value: "auto" }, "detect"), h("option", { value: "text" }, "text"), h("option", { value: "html" }, "HTML"));
  const url = h("input", { id: "report-url", type: "url", placeholder: "https://…" });
  const outlet = h("input", { id: "report-outlet", type: "text" });
  const published = h("input", { id: "report-published", type: "date" });
  const token = h("input", { id: "report-token", type: "password", autocomplete: "off", value: sessionStorage.getItem(TOKEN) ?? "" });
  const status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  const results = h("section", { id: "extracted", "aria-label": "Claims in this report" });

  const body = (): Record<string, string> => {
    const content = text.value;
    const isHtml = format.value === "html" || (format.value === "auto" && /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(content));
    return {
      [isHtml ? "html" : "text"]: content,
      ...(url.value ? { url: url.value } : {}),
      ...(outlet.value ? { outlet: outlet.value } : {}),
      ...(published.value ? { published: published.value } : {}),
    };
  };

  let ticket = 0;
  let last = "";
  const preview = async (force = false) => {
    if (!text.value.trim()) return mount(results);
    // The same report with the same date, outlet and address is not read again (the server limits reads a minute).
    const key = JSON.stringify(body());
    if (!force && key === last) return;
    last = key;
    const mine = ++ticket;
    status.textContent = "Reading…";
    try {
      const out = await api.extract(body());
      if (mine !== ticket) return;
      status.textContent = `${out.claims.length} claim${out.claims.length === 1 ? "" : "s"} found (not stored yet).`;
      mount(results, h("h2", null, "Claims found"), claimsTable(out.claims, { stored: false, published: published.value || null }));
    } catch (error) {
      last = "";
      if (mine === ticket) mount(results, failure(error));
      status.textContent = "";
    }
  };
  let timer: number | undefined;
  const later = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void preview(), 900);
  };
  // The preview follows every field it depends on, not only the text: a changed date or outlet is read again.
  text.addEventListener("input", later);
  for (const input of [format, url, outlet, published]) input.addEventListener("change", later);
  for (const input of [url, outlet]) input.addEventListener("input", later);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!text.value.trim()) return void (status.textContent = "Paste a report first.");
    sessionStorage.setItem(TOKEN, token.value);
    status.textContent = "Storing…";
    try {
      const out = await api.store(body(), token.value);
      status.textContent = out.status === "unchanged" ? "This report was already in the ledger." : `Stored as ${out.document.id}, with ${out.claims.length} claim${out.claims.length === 1 ? "" : "s"}.`;
      mount(results, h("h2", null, "Claims stored"), h("p", null, h("a", { href: `/documents/${encodeURIComponent(out.document.id)}` }, "Open the report in the reader")), claimsTable(out.claims, { stored: true, published: published.value || null }));
    } catch (error) {
      status.textContent = "";
      mount(results, failure(error));
    }
  };

  mount(main, page("Add a report",
    h("form", { class: "add", onsubmit: save },
      field("Report", text, "Claims appear below as you paste."),
      h("div", { class: "row" }, field("Format", format), field("Address (URL)", url), field("Outlet", outlet), field("Published", published)),
      h("div", { class: "row" }, field("Write token", token, "ARMSFLOW_TOKEN, or the token the server printed on first start."),
        h("div", { class: "actions" }, h("button", { type: "button", onclick: () => void preview(true) }, "Find claims"), h("button", { type: "submit", class: "primary" }, "Store in the ledger")))),
    status,
    results));
}

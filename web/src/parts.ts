// Pieces several pages share: headings, errors, the claims table, the highlighted text.
import type { Claim } from "./api.js";
import { ApiError } from "./api.js";
import { h, linkRow, type Child } from "./dom.js";
import { claimDay, figure, itemLabel, sourceLabel, stateName } from "./format.js";
import { navigate } from "./router.js";

export function page(title: string, ...children: Child[]): Child[] {
  document.title = `${title} · armsflow`;
  return [h("h1", null, title), ...children];
}

/**
 * The page for an address that leads to nothing the ledger holds (the API answered 404, or 400 for a path
 * it cannot read): said plainly, with ways on, instead of the API's error; null for any other failure.
 */
export function notFound(error: unknown, said: string): Child[] | null {
  if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) return null;
  return nowhere(said);
}

/** "Not found": what is not there, and ways on. */
export function nowhere(said: string): Child[] {
  return page("Not found", h("p", { class: "notice", role: "note" }, said),
    h("p", { class: "ways-on" }, "Go to ", h("a", { href: "/" }, "the overview"), ", ", h("a", { href: "/statements" }, "every statement"), " or ", h("a", { href: "/search" }, "search"), "."));
}

export function failure(error: unknown): HTMLElement {
  const message = error instanceof ApiError ? `${error.message} (${error.code})` : "The server did not answer.";
  return h("p", { class: "error", role: "alert" }, message);
}

export function certaintyBadge(c: string): HTMLElement {
  return h("span", { class: `badge c-${c}` }, c);
}

/** Claims as a table; each row opens the claim's sentence in the reader where the document is stored. */
export function claimsTable(claims: readonly Claim[], options: { stored: boolean; published?: string | null }): HTMLElement {
  if (claims.length === 0) return h("p", { class: "muted" }, "No claims found in this report.");
  return h("div", { class: "table-wrap" }, h("table", { class: "claims" },
    h("thead", null, h("tr", null, h("th", null, "Supplier → recipient"), h("th", null, "Item"), h("th", null, "Figure"), h("th", null, "Certainty"), h("th", null, "Source"), h("th", null, "Stated"), h("th", null, "Evidence"))),
    h("tbody", null, claims.map((c) => {
      const cells = [
        h("td", null, `${stateName(c.supplier)} → ${c.recipient ? stateName(c.recipient) : c.kind}`),
        h("td", null, itemLabel(c.item)),
        h("td", { class: "num" }, figure(c.quantity)),
        h("td", null, certaintyBadge(c.certainty)),
        h("td", null, sourceLabel(c.source)),
        // The day the claim is dated at: it follows the report's date ("on Monday"), so a changed date shows here.
        h("td", { class: "stated" }, claimDay(c.stated, options.published)),
        h("td", { class: "evidence" }, options.stored ? h("a", { href: readerHref(c.doc, c.evidence.start, c.evidence.end) }, c.evidence.text) : c.evidence.text),
      ];
      return options.stored ? linkRow(readerHref(c.doc, c.evidence.start, c.evidence.end), navigate, cells) : h("tr", null, cells);
    }))));
}

/** Claims as a list of small cards, for a side column (the reader): each links to its sentence. */
export function claimsList(claims: readonly Claim[]): HTMLElement {
  if (claims.length === 0) return h("p", { class: "muted" }, "No claims found in this report.");
  return h("ol", { class: "claim-list" }, claims.map((c) => h("li", null,
    h("a", { href: readerHref(c.doc, c.evidence.start, c.evidence.end) }, figure(c.quantity), " · ", itemLabel(c.item)),
    h("div", null, `${stateName(c.supplier)} → ${c.recipient ? stateName(c.recipient) : c.kind} `, certaintyBadge(c.certainty)),
    h("div", { class: "muted" }, sourceLabel(c.source)),
    c.statement ? h("div", null, h("a", { href: `/statements/${encodeURIComponent(c.statement)}` }, "its statement")) : null)));
}

export function readerHref(doc: string, start: number, end: number): string {
  return `/documents/${encodeURIComponent(doc)}?at=${start}-${end}`;
}

/**
 * A document's text with spans marked: `target` strongly (the evidence the reader came for), the
 * others lightly. Text goes in as text nodes, so markup in a report shows as what it is.
 */
export function markedText(text: string, spans: readonly { start: number; end: number; title?: string }[], target: { start: number; end: number } | null): HTMLElement {
  const all = [...spans.map((s) => ({ ...s, target: false })), ...(target ? [{ ...target, title: "the evidence", target: true }] : [])]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || Number(b.target) - Number(a.target));
  const out = h("div", { class: "doc-text" });
  let at = 0;
  for (const s of all) {
    if (s.start < at) continue; // overlapping marks: the first (the target, on ties) wins
    if (s.start > at) out.append(document.createTextNode(text.slice(at, s.start)));
    out.append(h("mark", { class: s.target ? "target" : "claim", ...(s.target ? { id: "target", tabindex: -1 } : {}), title: s.title ?? null }, text.slice(s.start, s.end)));
    at = s.end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

import { hash } from "node:crypto";
import { strongestCertainty, type Certainty, type Claim, type Item, type Quantity, type Source } from "../core/claim.js";
import type { ArmsDocument, Stage, Table, TableCell } from "../core/document.js";
import type { Span } from "../core/span.js";
import headerData from "../knowledge/table-headers.json" with { type: "json" };
import { parseAmounts } from "./amounts/scan.js";
import { findItems } from "./claims/find-items.js";
import { countUnitOf, isCurrency, toQuantity } from "./claims/quantity.js";
import { findMentions } from "./recognise-mentions.js";
import { resolveTimes } from "./resolve-times.js";
import { findCues } from "./weigh-certainty.js";
import { escapeRegExp } from "../core/escape-regexp.js";

type Role = keyof typeof headerData.roles;
const ROLES = Object.keys(headerData.roles) as Role[];
/** Each role's header words as one pattern of whole words. */
const rolePatterns = ROLES.map((role) => ({ role, re: new RegExp(`(?<![\\p{L}\\d])(?:${headerData.roles[role].map(escapeRegExp).join("|")})(?![\\p{L}\\d])`, "iu") }));
const salePattern = new RegExp(`(?<![\\p{L}\\d])(?:${headerData.sales.map(escapeRegExp).join("|")})(?![\\p{L}\\d])`, "iu");
const statusPatterns = (Object.entries(headerData.status) as [Certainty, string[]][]).map(([certainty, words]) => ({ certainty, re: new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu") }));

/** The role a header cell names ("Donor" → supplier, "Delivered to" → recipient), or null. */
export function headerRole(cell: string): Role | null {
  const words = cell.replace(/_/g, " ");
  for (const { role, re } of rolePatterns) if (re.test(words)) return role;
  return null;
}

/**
 * Reads the rows of a table of transfers into claims: a table whose header names the item's column and a supplier's
 * or a recipient's ("Donor | System | Quantity | Status"). Each row gives one claim, its parties, item, amount and
 * period read from its cells by the same gazetteer, item, amount and time readers as sentences are; a party the
 * table leaves out is the one the page's other claims name most. The row is the evidence; the page's own voice
 * (or whoever its sentence is credited to) the source. A table of anything else (prices, points, stocks) names no
 * such columns and gives nothing.
 */
export function tableClaims(): Stage {
  return (doc: ArmsDocument) => {
    for (const table of doc.tables) {
      const roles = table.header.map((c) => headerRole(c.text));
      const col = (role: Role) => roles.indexOf(role);
      if (col("item") < 0 || (col("supplier") < 0 && col("recipient") < 0)) continue;
      const valueHeader = col("value") >= 0 ? table.header[col("value")].text : "";
      const sales = table.header.some((c) => salePattern.test(c.text.replace(/_/g, " ")));
      for (const [r, row] of table.rows.entries()) {
        const claims = rowClaims(doc, table, r, row.cells, row.span, col, valueHeader, sales);
        // A delimited row read line by line as a sentence may give its parties in column order, so the wrong way
        // round: where its columns say who gives and who gets, its sentence readings give way to the row's.
        if (claims.length && table.delimited) doc.claims = doc.claims.filter((c) => !(c.evidence.start >= row.span.start && c.evidence.end <= row.span.end));
        const before = doc.claims;
        for (const claim of claims) if (!before.some((c) => sameClaim(c, claim))) doc.claims = [...doc.claims, claim];
      }
    }
  };
}

/**
 * A row's claims: one of the goods, with their count (else their value), and one of their value where the row gives
 * both (SCHEMA.md: an amount of goods and their money value are two claims). In a table of sales the value is the
 * price, money the buyer pays the seller.
 */
function rowClaims(doc: ArmsDocument, table: Table, r: number, cells: readonly TableCell[], span: Span, col: (role: Role) => number, valueHeader: string, sales: boolean): Claim[] {
  const cell = (role: Role): TableCell | null => (col(role) >= 0 ? (cells[col(role)] ?? null) : null);
  const count = rowQuantity(cell("quantity"), null);
  const value = rowValue(cell("value"), cell("currency"), valueHeader);
  const claim = rowClaim(doc, table, r, cells, span, cell, count ?? value ?? rowQuantity(cell("value"), null));
  if (!claim) return [];
  if (!count || !value || count.unit === value.unit) return [claim];
  const paid = sales && claim.recipient ? { supplier: claim.recipient, recipient: claim.supplier, item: "money" as const, thing: undefined, parts: {} } : {};
  return [claim, { ...claim, id: `${claim.id}v`, quantity: value, ...paid }];
}

function rowClaim(doc: ArmsDocument, table: Table, r: number, cells: readonly TableCell[], span: Span, cell: (role: Role) => TableCell | null, amount: Quantity | null): Claim | null {
  const itemCell = cell("item");
  if (!itemCell?.text) return null;
  const items = findItems(itemCell.text, itemCell.span.start);
  const item = items.find((i) => !i.generic) ?? items[0];
  if (!item) return null;
  const party = (role: "supplier" | "recipient") => {
    const c = cell(role);
    if (!c) return { state: mostNamed(doc, role), span: undefined };
    const m = findMentions(doc.text, c.span.start, c.span.end).find((x) => x.state);
    return { state: m?.state ?? null, span: m?.span };
  };
  const supplier = party("supplier");
  const recipient = party("recipient");
  if (!supplier.state || !recipient.state || supplier.state === recipient.state) return null;
  const quantity = amount && amount.unit === "items" ? rowQuantity(cell("quantity"), item.item) : amount;
  const dateCells = [cell("date"), cell("status")].filter((c): c is TableCell => c !== null && c.text !== "");
  const times = dateCells.flatMap((c) => resolveTimes(c.text, doc.meta.published, c.span.start));
  const time = times.find((t) => !t.speech);
  const sentence = doc.sentences.findIndex((s) => s.span.start >= span.start && s.span.start < span.end);
  const attribution = doc.attributions.find((a) => a.sentence === sentence);
  const source: Source = cellSource(doc, cell("source")) ?? attribution?.sources[0] ?? { speaker: null, org: doc.meta.outlet, country: null };
  const rowText = doc.text.slice(span.start, span.end);
  const cues = findCues(rowText).map((c) => c.certainty);
  for (const c of dateCells) for (const s of statusPatterns) if (s.re.test(c.text)) cues.push(s.certainty);
  const certainty: Certainty = cues.length ? strongestCertainty(cues) : "asserted";
  const core = [doc.meta.id, "table", table.span.start, r, supplier.state, recipient.state, item.item].join("|");
  return {
    id: `${doc.meta.id}:${hash("sha1", core, "hex").slice(0, 10)}`,
    doc: doc.meta.id,
    kind: "transfer",
    supplier: supplier.state,
    recipient: recipient.state,
    item: item.item,
    quantity,
    calibre: null,
    period: time?.period ?? null,
    cumulative: time?.cumulative ?? false,
    certainty,
    source,
    relays: attribution?.relays ?? [],
    stated: attribution?.stated ?? null,
    evidence: { start: span.start, end: span.end, text: rowText },
    parts: { item: item.span, ...(supplier.span ? { supplier: supplier.span } : {}), ...(recipient.span ? { recipient: recipient.span } : {}) },
    segment: doc.sentences[sentence]?.segment ?? 0,
    // (The whole cell: rows of one item, "Mohawk drones" and "Heron drones", are claims of their own.)
    thing: itemCell.text.toLowerCase(),
  };
}

/** A quantity or value cell's figure: money in its currency, a count in the item's unit (bare `items` with no item yet). */
function rowQuantity(c: TableCell | null, item: Item | null): Quantity | null {
  if (!c?.text) return null;
  const a = parseAmounts(c.text, c.span.start)[0];
  if (!a) return null;
  if (a.unit && (isCurrency(a.unit) || a.unit !== "items")) return toQuantity(a, a.unit);
  const unit = item ? countUnitOf(item) : "items";
  return unit ? toQuantity(a, unit) : null;
}

/** A value cell's sum, its currency named in the cell, else in a currency column, else in the header ("value_usd"). */
function rowValue(c: TableCell | null, currency: TableCell | null, header: string): Quantity | null {
  if (!c?.text) return null;
  for (const named of [c.text, `${c.text} ${currency?.text ?? ""}`, `${c.text} ${header.replace(/_/g, " ").replace(/^\s*\S+/, "")}`]) {
    const a = parseAmounts(named, c.span.start)[0];
    if (a?.unit && isCurrency(a.unit)) return toQuantity(a, a.unit);
  }
  return null;
}

/** The body a source column names ("Polish Ministry of National Defence"), with its state where the name holds one. */
function cellSource(doc: ArmsDocument, c: TableCell | null): Source | null {
  if (!c?.text) return null;
  const state = findMentions(doc.text, c.span.start, c.span.end).find((m) => m.state)?.state ?? null;
  return { speaker: null, org: c.text, country: state };
}

/** The party the page's other claims name most in a role (the recipient of a page of pledges to one state). */
function mostNamed(doc: ArmsDocument, role: "supplier" | "recipient"): string | null {
  const counts = new Map<string, number>();
  const inTable = (c: Claim) => doc.tables.some((t) => c.evidence.start >= t.span.start && c.evidence.end <= t.span.end);
  for (const c of doc.claims) if (c.kind === "transfer" && c[role] && !inTable(c)) counts.set(c[role]!, (counts.get(c[role]!) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** A sentence claim of the row already says the same. */
function sameClaim(a: Claim, b: Claim): boolean {
  return a.supplier === b.supplier && a.recipient === b.recipient && a.item === b.item && a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end;
}

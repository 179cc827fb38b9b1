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
const statusPatterns = (Object.entries(headerData.status) as [Certainty, string[]][]).map(([certainty, words]) => ({ certainty, re: new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu") }));

/** The role a header cell names ("Donor" → supplier, "Delivered to" → recipient), or null. */
export function headerRole(cell: string): Role | null {
  for (const { role, re } of rolePatterns) if (re.test(cell)) return role;
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
      for (const [r, row] of table.rows.entries()) {
        const claim = rowClaim(doc, table, r, row.cells, row.span, col);
        if (claim && !doc.claims.some((c) => sameClaim(c, claim))) doc.claims.push(claim);
      }
    }
  };
}

function rowClaim(doc: ArmsDocument, table: Table, r: number, cells: readonly TableCell[], span: Span, col: (role: Role) => number): Claim | null {
  const cell = (role: Role): TableCell | null => (col(role) >= 0 ? (cells[col(role)] ?? null) : null);
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
  const quantity = rowQuantity(cell("quantity"), item.item) ?? rowQuantity(cell("value"), item.item);
  const dateCells = [cell("date"), cell("status")].filter((c): c is TableCell => c !== null && c.text !== "");
  const times = dateCells.flatMap((c) => resolveTimes(c.text, doc.meta.published, c.span.start));
  const time = times.find((t) => !t.speech);
  const sentence = doc.sentences.findIndex((s) => s.span.start >= span.start && s.span.start < span.end);
  const attribution = doc.attributions.find((a) => a.sentence === sentence);
  const source: Source = attribution?.sources[0] ?? { speaker: null, org: doc.meta.outlet, country: null };
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

/** A quantity or value cell's figure: money in its currency, a count in the item's unit. */
function rowQuantity(c: TableCell | null, item: Item): Quantity | null {
  if (!c?.text) return null;
  const a = parseAmounts(c.text, c.span.start)[0];
  if (!a) return null;
  if (a.unit && (isCurrency(a.unit) || a.unit !== "items")) return toQuantity(a, a.unit);
  const unit = countUnitOf(item);
  return unit ? toQuantity(a, unit) : null;
}

/** The party the page's other claims name most in a role (the recipient of a page of pledges to one state). */
function mostNamed(doc: ArmsDocument, role: "supplier" | "recipient"): string | null {
  const counts = new Map<string, number>();
  for (const c of doc.claims) if (c.kind === "transfer" && c[role]) counts.set(c[role]!, (counts.get(c[role]!) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** A sentence claim of the row already says the same. */
function sameClaim(a: Claim, b: Claim): boolean {
  return a.supplier === b.supplier && a.recipient === b.recipient && a.item === b.item && a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end;
}

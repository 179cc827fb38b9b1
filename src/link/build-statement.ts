import { dayOrPublished, type Claim, type Quantity } from "../core/claim.js";
import type { Report, Statement } from "../core/ledger.js";
import { measureOf } from "./figure-measure.js";
import { narrowestItem } from "./knowledge.js";
import { agreedDay } from "./occasion.js";
import { isGenericSource, isMediaSource, isOwnVoice, normalizeOrg, sourceKey } from "./sources.js";

/** A claim that carries a statement, with what the report needs of its document. */
export interface Carrier {
  readonly claim: Claim;
  readonly doc: { readonly id: string; readonly url: string | null; readonly outlet: string | null; readonly published: string | null; readonly group: string | null };
}

/** A statement with what the store and independence need besides the public record. */
export interface BuiltStatement extends Statement {
  readonly source_key: string;
  /** True where the origin is the press (an outlet in its own voice, "US media"): it may relay someone. */
  readonly media: boolean;
  /** What carries it: `outlet:…`, `relay:…` and `group:…` keys of its reports (independence.ts). */
  readonly carriers: readonly string[];
}

const isPress = (c: Carrier) => isOwnVoice(c.claim, c.doc.outlet) || isMediaSource(c.claim.source, new Set([normalizeOrg(c.doc.outlet) ?? ""]));

/** Precision rank of a quantity: a plain figure beats "about", which beats a range, which beats one bound. */
export function precisionRank(q: Quantity | null): number {
  if (!q) return 0;
  if (q.value !== null) return q.approx ? 4 : 5;
  return q.min !== null && q.max !== null ? 3 : 2;
}

/** The day a carrier dates its claim by: the one its report tells, else its publication day (a span of days, "last week", gives none of its own). */
const dayOf = (c: Carrier): string | null => dayOrPublished(c.claim.stated, c.doc.published);

const byText = (a: string | null, b: string | null) => (a ?? "9999") < (b ?? "9999") ? -1 : (a ?? "9999") > (b ?? "9999") ? 1 : 0;

/**
 * Builds a statement record from the claims that carry it. The original source speaks for it (a named
 * speaker over a body over the press that relays them); the figure is the most precise one given; the day
 * is the most precise day its carriers agree on (occasion.ts, agreedDay). A statement is one act of one origin: one independent source.
 */
export function buildStatement(id: string, carriers: readonly Carrier[]): BuiltStatement {
  if (carriers.length === 0) throw new RangeError(`statement ${id} has no claims`);
  const ranked = [...carriers].sort(
    (a, b) =>
      // A placeholder ("report", "media") never speaks for a statement another carrier credits to a named source.
      Number(isGenericSource(a.claim.source)) - Number(isGenericSource(b.claim.source)) ||
      Number(isPress(a)) - Number(isPress(b)) ||
      Number(!a.claim.source.speaker) - Number(!b.claim.source.speaker) ||
      Number(!dayOf(a)) - Number(!dayOf(b)) ||
      byText(dayOf(a), dayOf(b)) ||
      byText(a.doc.id, b.doc.id) ||
      byText(a.claim.id, b.claim.id),
  );
  const lead = ranked[0].claim;
  const figureCarrier = lead.quantity ? ranked[0] : [...ranked].filter((c) => c.claim.quantity).sort((a, b) => precisionRank(b.claim.quantity) - precisionRank(a.claim.quantity))[0];
  const quantity = figureCarrier?.claim.quantity ?? null;
  // What the figure measures, read where it is told most exactly; a retelling that types it otherwise does not override the lead.
  const measure = figureCarrier ? measureOf(figureCarrier.claim, figureCarrier.doc.published) : null;
  const explicit = carriers.map(dayOf).filter((d): d is string => !!d);
  const stated = agreedDay(explicit) ?? carriers.map((c) => c.doc.published).filter((d): d is string => !!d).sort()[0] ?? null;
  // Siblings (one figure told of several things of a family, linker.ts) make one statement of the narrowest thing.
  const item = narrowestItem(carriers.map((c) => c.claim.item));
  // One report per document: of its siblings, the claim of the statement's own item, else the one told first.
  const told = new Map<string, Carrier>();
  for (const c of carriers) {
    const had = told.get(c.doc.id);
    const better = !had || (had.claim.item !== item && (c.claim.item === item || c.claim.evidence.start < had.claim.evidence.start || (c.claim.evidence.start === had.claim.evidence.start && byText(c.claim.id, had.claim.id) < 0)));
    if (better) told.set(c.doc.id, c);
  }
  const reports: Report[] = [...told.values()]
    .sort((a, b) => byText(a.doc.published, b.doc.published) || byText(a.doc.id, b.doc.id))
    .map((c) => ({
      doc: c.doc.id,
      url: c.doc.url,
      outlet: c.doc.outlet,
      published: c.doc.published,
      claim: c.claim.id,
      evidence: c.claim.evidence.text,
      start: c.claim.evidence.start,
      end: c.claim.evidence.end,
      relays: c.claim.relays,
    }));
  const keys = new Set<string>();
  for (const c of carriers) {
    const o = normalizeOrg(c.doc.outlet);
    if (o) keys.add(`outlet:${o}`);
    for (const r of c.claim.relays) keys.add(`relay:${normalizeOrg(r)}`);
    if (c.doc.group) keys.add(`group:${c.doc.group}`);
  }
  return {
    id,
    kind: lead.kind,
    supplier: lead.supplier,
    recipient: lead.recipient,
    item,
    quantity,
    // (Taken in rank order, not in the order the carriers came: a store and its recount read them in other orders.)
    period: lead.period ?? ranked.find((c) => c.claim.period)?.claim.period ?? null,
    cumulative: measure ? measure === "stock" : lead.cumulative || carriers.some((c) => c.claim.cumulative),
    measure,
    stated,
    certainty: lead.certainty,
    source: lead.source,
    independent_sources: 1,
    reports,
    source_key: sourceKey(lead.source),
    media: isPress(ranked[0]),
    carriers: [...keys].sort(),
  };
}

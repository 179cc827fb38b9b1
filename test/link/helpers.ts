// Builds claims for linking tests from SCHEMA.md-form objects (gold files, fixtures), and scores links the way score.mjs does.
import type { Claim, Quantity } from "../../src/core/claim.js";
import type { DocumentMeta } from "../../src/core/document.js";
import { expect } from "vitest";
import { linkClaims } from "../../src/link/link-claims.js";
import { processDocument } from "../../src/pipeline.js";

export interface SchemaClaim {
  doc: string;
  kind: Claim["kind"];
  supplier: string | null;
  recipient: string | null;
  item: Claim["item"];
  quantity: Quantity | null;
  period: Claim["period"];
  certainty: Claim["certainty"];
  source: Claim["source"];
  evidence: string;
  statement?: string;
  stated?: string | null;
  relays?: string[];
  cumulative?: boolean;
}

export function toClaim(s: SchemaClaim, index: number): Claim {
  return {
    id: `${s.doc}:${index}`,
    doc: s.doc,
    kind: s.kind,
    supplier: s.supplier,
    recipient: s.recipient,
    item: s.item,
    quantity: s.quantity,
    calibre: null,
    period: s.period,
    cumulative: s.cumulative ?? false,
    certainty: s.certainty,
    source: s.source,
    relays: s.relays ?? [],
    stated: s.stated ?? null,
    evidence: { start: 0, end: s.evidence.length, text: s.evidence },
    parts: {},
    segment: 0,
  };
}

export function meta(m: Partial<DocumentMeta> & { id: string }): DocumentMeta {
  return { url: null, outlet: null, title: null, author: null, published: null, ...m };
}

/** Cross-document pairs of claims sharing a statement, gold against predicted (score.mjs "statement links"). */
export function scoreLinks(gold: { claim: Claim; statement: string | undefined }[], predicted: Map<string, string>) {
  let goldLinks = 0, predLinks = 0, right = 0;
  const wrong: string[] = [], missed: string[] = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const a = gold[i], b = gold[j];
      if (a.claim.doc === b.claim.doc) continue;
      const g = !!a.statement && a.statement === b.statement;
      const p = predicted.get(a.claim.id) === predicted.get(b.claim.id);
      if (g) goldLinks++;
      if (p) predLinks++;
      if (g && p) right++;
      if (p && !g) wrong.push(`${a.claim.id} ~ ${b.claim.id}`);
      if (g && !p) missed.push(`${a.claim.id} ~ ${b.claim.id} (${a.statement})`);
    }
  }
  return { goldLinks, predLinks, right, precision: predLinks ? right / predLinks : 1, recall: goldLinks ? right / goldLinks : 1, wrong, missed };
}

/** A figure in the SCHEMA form, told exactly. */
export const exactly = (value: number, unit: string) => ({ value, min: null, max: null, unit, approx: false }) as Quantity;

/** One origin's figure told first and retold later by another outlet (the `*-kinds` tests of retellings). */
export interface RetoldCase {
  first: string;
  later: string;
  firstSource: Claim["source"];
  laterSource: Claim["source"];
  supplier: string;
  item: Claim["item"];
  quantity: Claim["quantity"];
  /** The periods each report gives the transfer (null: none). */
  periods?: [Claim["period"], Claim["period"]];
  /** The day of the first saying, its report's day, the later report's day. */
  days: [string, string, string];
}

let retold = 0;

/**
 * Whether the linker makes one statement of a retelling's two claims (from `supplier` to Ukraine), each in a report
 * of its own outlet; `laterSource` and `quantity` replace the later report's, `cumulative` marks both as running totals.
 */
export function linkedAsOne(c: RetoldCase, o: { outlets: [string, string]; cumulative?: boolean; laterSource?: Claim["source"]; quantity?: Claim["quantity"] }): boolean {
  const docs = new Map([
    ["a", meta({ id: "a", outlet: o.outlets[0], published: c.days[1] })],
    ["b", meta({ id: "b", outlet: o.outlets[1], published: c.days[2] })],
  ]);
  const [pa, pb] = c.periods ?? [null, null];
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: "UKR", item: c.item, certainty: "asserted" as const, cumulative: o.cumulative ?? false };
  const a = toClaim({ ...base, doc: "a", evidence: c.first, source: c.firstSource, quantity: c.quantity, period: pa, stated: c.days[0] }, retold++);
  const b = toClaim({ ...base, doc: "b", evidence: c.later, source: o.laterSource ?? c.laterSource, quantity: o.quantity ?? c.quantity, period: pb }, retold++);
  const links = linkClaims([a, b], docs);
  return links.get(a.id) === links.get(b.id);
}

/** One telling of an act: its sentence, its source, the period it gives the transfer and its report's day. */
export interface Telling {
  text: string;
  source: Claim["source"];
  period: Claim["period"];
  published: string;
}

/** An act told by one report and retold by another, neither telling the day of a saying (the `act-*-kinds` tests). */
export interface ActCase {
  supplier: string;
  recipient: string;
  item: Claim["item"];
  quantity: Claim["quantity"];
  first: Telling;
  later: Telling;
}

let acts = 0;

/**
 * Whether the linker makes one statement of an act's two tellings, each in a report of its own outlet; `later` and
 * `quantity` replace the later telling's; with `bothOrders`, the two orders of arrival must agree.
 */
export function actLinked(c: ActCase, o: { outlets: [string, string]; later?: Partial<Telling>; quantity?: Claim["quantity"]; bothOrders?: boolean }): boolean {
  const l = { ...c.later, ...o.later };
  const docs = new Map([
    ["a", meta({ id: "a", outlet: o.outlets[0], published: c.first.published })],
    ["b", meta({ id: "b", outlet: o.outlets[1], published: l.published })],
  ]);
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: "asserted" as const, stated: null };
  const a = toClaim({ ...base, doc: "a", evidence: c.first.text, source: c.first.source, quantity: c.quantity, period: c.first.period }, acts++);
  const b = toClaim({ ...base, doc: "b", evidence: l.text, source: l.source, quantity: o.quantity ?? c.quantity, period: l.period }, acts++);
  const links = linkClaims([a, b], docs);
  const together = links.get(a.id) === links.get(b.id);
  if (o.bothOrders) {
    const other = linkClaims([b, a], docs);
    expect(other.get(a.id) === other.get(b.id)).toBe(together);
  }
  return together;
}

/** A page of a linking test: its id, its text and its day of publication. */
export type Page = readonly [id: string, text: string, published: string];

const readPage = ([id, text, published]: Page) =>
  processDocument({ path: `${id}.txt`, bytes: Buffer.from(`Report ${id}\n\nBy staff writers\n\n${text}\n`), meta: { id, outlet: `Outlet ${id}`, published } as never });

/** The statement of each page's one claim, linked in both orders (the same statements whichever comes first). */
export function statementsOfPages(pages: readonly Page[]): string[] {
  const docs = pages.map(readPage);
  for (const d of docs) expect(d.claims, d.meta.id).toHaveLength(1);
  const claims = docs.flatMap((d) => d.claims);
  const metas = new Map(docs.map((d) => [d.meta.id, d.meta]));
  const forward = linkClaims(claims, metas), backward = linkClaims([...claims].reverse(), metas);
  const out = claims.map((c) => forward.get(c.id)!);
  expect(claims.map((c) => backward.get(c.id)!)).toEqual(out);
  return out;
}

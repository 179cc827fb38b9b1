// Builds claims for linking tests from SCHEMA.md-form objects (gold files, fixtures), and scores links the way score.mjs does.
import type { Claim, Quantity } from "../../src/core/claim.js";
import type { DocumentMeta } from "../../src/core/document.js";

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

// Builds processed documents by hand (text + claims), as the extraction pipeline would hand them to the store.
import type { Claim, Quantity } from "../../src/core/claim.js";
import { ArmsDocument, type DocumentMeta } from "../../src/core/document.js";

export interface ClaimSpec {
  kind?: Claim["kind"];
  supplier?: string | null;
  recipient?: string | null;
  item?: Claim["item"];
  quantity?: Partial<Quantity> | null;
  speaker?: string | null;
  org?: string | null;
  country?: string | null;
  certainty?: Claim["certainty"];
  cumulative?: boolean;
  period?: Claim["period"];
  stated?: string | null;
  relays?: string[];
  /** The sentence of the text carrying the claim (must occur in the text). */
  evidence: string;
}

/** A document whose text is its sentences, each claim's evidence located in it. */
export function makeDoc(meta: Partial<DocumentMeta> & { id: string }, sentences: string[], claims: ClaimSpec[], path = `${meta.id}.txt`): ArmsDocument {
  const text = sentences.join(" ");
  const doc = new ArmsDocument(path, new TextEncoder().encode(text), meta);
  doc.text = text;
  doc.claims = claims.map((c, i) => {
    const start = text.indexOf(c.evidence);
    if (start < 0) throw new Error(`evidence not in text: ${c.evidence}`);
    return {
      id: `${meta.id}#${i}`,
      doc: meta.id,
      kind: c.kind ?? "transfer",
      supplier: c.supplier === undefined ? "PRK" : c.supplier,
      recipient: c.recipient === undefined ? "RUS" : c.recipient,
      item: c.item ?? "artillery-ammunition",
      quantity: c.quantity === null || c.quantity === undefined ? null : { value: null, min: null, max: null, unit: "containers", approx: false, ...c.quantity },
      calibre: null,
      period: c.period ?? null,
      cumulative: c.cumulative ?? false,
      certainty: c.certainty ?? "asserted",
      source: { speaker: c.speaker ?? null, org: c.org ?? null, country: c.country ?? null },
      relays: c.relays ?? [],
      stated: c.stated ?? null,
      evidence: { start, end: start + c.evidence.length, text: c.evidence },
      parts: {},
      segment: 0,
    } satisfies Claim;
  });
  return doc;
}

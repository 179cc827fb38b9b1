import { ArmsDocument, type Segment } from "../core/document.js";
import type { Claim } from "../core/claim.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { isOffTopic } from "../extract/prefilter-page.js";

/**
 * What a worker thread sends back for one document: what the store and the CLI read (text, hash,
 * segments, claims, diagnostics), not the stages' working lists (sentences, mentions, tokens).
 */
export interface WireDocument {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly format: ArmsDocument["format"];
  readonly encoding: string;
  readonly hash: string;
  readonly meta: ArmsDocument["meta"];
  readonly segments: Segment[];
  readonly claims: Claim[];
  readonly diagnostics: Diagnostic[];
  readonly offTopic: boolean;
}

export function toWire(doc: ArmsDocument): WireDocument {
  return {
    path: doc.path, bytes: doc.bytes, text: doc.text, format: doc.format, encoding: doc.encoding, hash: doc.hash,
    meta: doc.meta, segments: doc.segments, claims: doc.claims, diagnostics: doc.diagnostics, offTopic: isOffTopic(doc),
  };
}

/** The document again, on the thread that stores or prints it. */
export function fromWire(w: WireDocument): ArmsDocument {
  const doc = new ArmsDocument(w.path, w.bytes, w.meta);
  doc.text = w.text;
  doc.format = w.format;
  doc.encoding = w.encoding;
  doc.hash = w.hash;
  doc.meta = w.meta;
  doc.segments = w.segments;
  doc.claims = w.claims;
  doc.diagnostics.push(...w.diagnostics);
  return doc;
}

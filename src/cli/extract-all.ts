import { toSchemaClaim, type Claim } from "../core/claim.js";
import type { DocumentMeta } from "../core/document.js";
import type { InputFile } from "../ingest/read-files.js";
import { linkClaims } from "../link/link-claims.js";
import { statementsPerThing } from "../link/statements-per-thing.js";
import { extractInOrder } from "../work/extract-pool.js";

export interface ExtractResult {
  readonly claims: Claim[];
  /** SCHEMA.md lines, with statement ids where linking ran (one per thing, statements-per-thing.ts). */
  readonly lines: Record<string, unknown>[];
  /** One message per document that could not be read, naming it. */
  readonly failed: string[];
  readonly documents: { readonly meta: DocumentMeta; readonly diagnostics: readonly { code: string; severity: string; message: string; stage?: string }[] }[];
}

/** Runs the pipeline over inputs one at a time; a bad document is reported and the batch goes on. */
export async function extractAll(inputs: AsyncIterable<InputFile>, options: { link?: boolean; published?: string | null; jobs?: number } = {}): Promise<ExtractResult> {
  const claims: Claim[] = [];
  const failed: string[] = [];
  const documents: ExtractResult["documents"][number][] = [];
  const metas = new Map<string, DocumentMeta>();
  for await (const { doc } of extractInOrder(inputs, { jobs: options.jobs ?? 1, published: options.published })) {
    documents.push({ meta: doc.meta, diagnostics: doc.diagnostics });
    metas.set(doc.meta.id, doc.meta);
    if (doc.failed) failed.push(...doc.diagnostics.filter((d) => d.severity === "fatal").map((d) => `${d.code}: ${d.message}`));
    claims.push(...doc.claims);
  }
  const statements = options.link ? await linkClaims(claims, metas) : new Map<string, string>();
  const linked = claims.map((c) => (statements.has(c.id) ? { ...c, statement: statements.get(c.id) } : c));
  // The claim form gives a statement told of several things per thing (statements-per-thing.ts); the ledger's claims keep one.
  const perThing = statementsPerThing(linked);
  const lines = linked.map((c) => toSchemaClaim(perThing.has(c.id) ? { ...c, statement: perThing.get(c.id) } : c));
  return { claims: linked, lines, failed, documents };
}

import { ArmsDocument, type DocumentMeta } from "../core/document.js";
import { runStages, type NamedStage } from "../core/pipeline.js";
import { decodeBytes, type DecodeOptions } from "./decode-bytes.js";
import { glancePage, skipSpared } from "./glance-page.js";
import { parseHtml, type ParseHtmlOptions } from "./parse-html.js";
import { readFeed } from "./read-feed.js";
import { readMetadata } from "./read-metadata.js";
import { readTables } from "./read-tables.js";
import { splitSegments } from "./split-segments.js";
import { splitSentences, type SplitSentencesOptions } from "./split-sentences.js";
import { stripBoilerplate } from "./strip-boilerplate.js";

export { readInputs, type InputFile } from "./read-files.js";

export interface IngestOptions {
  readonly decode?: DecodeOptions;
  readonly html?: ParseHtmlOptions;
  readonly sentences?: SplitSentencesOptions;
  /**
   * Where given, a glance at the decoded page: a page for which it answers true (it names no party) is spared the
   * reading stages (glance-page.ts). The pipeline passes the prefilter's test; reading alone gives none.
   */
  readonly namesNoParty?: (doc: ArmsDocument) => boolean;
}

/** The ingest stages in order: bytes → text (a saved feed: its items) → metadata → boilerplate → segments → tables → sentences. */
export function ingestStages(options: IngestOptions = {}): NamedStage[] {
  const reading: NamedStage[] = [
    { name: "strip-boilerplate", run: stripBoilerplate() },
    { name: "split-segments", run: splitSegments() },
    { name: "read-tables", run: readTables() },
    { name: "split-sentences", run: splitSentences(options.sentences) },
  ];
  return [
    { name: "decode-bytes", run: decodeBytes(options.decode) },
    { name: "read-feed", run: readFeed() },
    ...(options.namesNoParty ? [{ name: "glance-page", run: glancePage(options.namesNoParty) }] : []),
    // (parse-html reads a spared page's metadata all the same, and its article only where the metadata needs it.)
    { name: "parse-html", run: parseHtml(options.html) },
    { name: "read-metadata", run: readMetadata() },
    ...(options.namesNoParty ? reading.map(skipSpared) : reading),
  ];
}

export interface IngestInput {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly meta?: Partial<DocumentMeta> & { id?: string };
  /** A problem met while reading the input (see readInputs), reported on the document. */
  readonly problem?: { readonly code: string; readonly message: string; readonly severity: "info" | "warning" | "fatal" };
  /** Every problem met while reading the input (`problem` is the first); each becomes a diagnostic. */
  readonly problems?: readonly { readonly code: string; readonly message: string; readonly severity: "info" | "warning" | "fatal" }[];
}

/**
 * Creates the document and runs the ingest stages on it; never throws (problems are diagnostics).
 * Pass `stages` to reuse stages built once for a batch.
 */
export function readDocument(input: IngestInput, options: IngestOptions = {}, stages: readonly NamedStage[] = ingestStages(options)): ArmsDocument {
  const id = input.meta?.id ?? input.path.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const doc = new ArmsDocument(input.path, input.bytes, { ...input.meta, id });
  for (const p of input.problems ?? (input.problem ? [input.problem] : [])) doc.report("read-files", p.code, p.message, p.severity);
  return runStages(doc, stages);
}

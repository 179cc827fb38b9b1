import type { ArmsDocument, DocumentMeta } from "./core/document.js";
import { skipWhen, type NamedStage } from "./core/pipeline.js";
import { assembleClaims } from "./extract/assemble-claims.js";
import { attributeSentences } from "./extract/attribute-sentences.js";
import { findCandidates } from "./extract/find-candidates.js";
import { mergeClaims } from "./extract/merge-claims.js";
import { offTopicClaims } from "./extract/off-topic-claims.js";
import { parseAmountsStage } from "./extract/parse-amounts.js";
import { mayNameParty, prefilterEnabled, prefilterPage, skipOffTopic } from "./extract/prefilter-page.js";
import { recogniseMentions } from "./extract/recognise-mentions.js";
import { resolveTimesStage } from "./extract/resolve-times.js";
import { tableClaims } from "./extract/table-claims.js";
import { tagSentences } from "./extract/tag-sentences.js";
import { weighCertainty } from "./extract/weigh-certainty.js";
import { ingestStages, readDocument, type IngestInput, type IngestOptions } from "./ingest/index.js";

/** The whole way from page bytes to claims, as one readable list of stages (STYLE.md habit 2). */
export function pipelineStages(options: IngestOptions & { prefilter?: boolean } = {}): NamedStage[] {
  const heavy: NamedStage[] = [
    { name: "recognise-mentions", run: recogniseMentions() },
    { name: "find-candidates", run: findCandidates() },
    ...[
      { name: "tag-sentences", run: tagSentences() },
      { name: "parse-amounts", run: parseAmountsStage() },
      { name: "resolve-times", run: resolveTimesStage() },
      { name: "weigh-certainty", run: weighCertainty() },
      { name: "attribute-sentences", run: attributeSentences() },
      { name: "assemble-claims", run: assembleClaims() },
    ].map(skipWithoutCandidates),
    // (A page whose only transfers stand in a table has no candidate sentence: its rows are read all the same.)
    { name: "table-claims", run: tableClaims() },
    skipWithoutCandidates({ name: "merge-claims", run: mergeClaims() }),
    // A page of some length that never speaks of arms, war or sanctions gives claims of traded goods only (extract/off-topic-claims.ts).
    { name: "off-topic-claims", run: offTopicClaims() },
  ];
  // A page that names no party skips the heavy stages (extract/prefilter-page.ts); ARMSFLOW_PREFILTER=0 turns it off.
  if (!(options.prefilter ?? prefilterEnabled())) return [...ingestStages(options), ...heavy];
  // A page whose bytes name no party anywhere is not even read in full (ingest/glance-page.ts).
  const namesNoParty = (doc: ArmsDocument) => !mayNameParty(doc.source, doc.format);
  return [...ingestStages({ ...options, namesNoParty }), { name: "prefilter-page", run: prefilterPage() }, ...heavy.map(skipOffTopic)];
}

/**
 * A stage after find-candidates that does not run on a page with no candidate sentence: each of them reads
 * candidate sentences only (attribution reads the others just to follow speakers into a later candidate), so on
 * such a page they could add nothing. Most pages of a general crawl that name a state are of this kind.
 */
function skipWithoutCandidates(stage: NamedStage): NamedStage {
  return skipWhen(stage, (doc) => !doc.sentences.some((s) => s.candidate !== false));
}

let shared: NamedStage[] | null = null;

/** Reads one page and extracts its claims; never throws: problems are the document's diagnostics. */
export function processDocument(input: IngestInput, stages?: readonly NamedStage[]): ArmsDocument {
  shared ??= pipelineStages();
  return readDocument(input, {}, stages ?? shared);
}

export type { DocumentMeta, IngestInput };

import type { ArmsDocument, Stage } from "../core/document.js";
import { skipWhen, type NamedStage } from "../core/pipeline.js";

/**
 * glance-page: a look at the decoded page, before any reading, for pages that cannot give a claim. Most pages of a
 * general crawl name no party; for them the DOM, Readability, boilerplate, segments and sentences are work
 * nobody reads (the prefilter spares them the heavy stages, and the store keeps such a page as seen: its metadata,
 * hash and diagnostics). `namesNoParty` is the test (the pipeline passes extract/prefilter-page.ts's mayNameParty,
 * negated): it must answer true only where the full reading would find no party.
 *
 * A page spared here keeps its metadata as the full reading gives it: a text page is still read by read-metadata
 * as it was; an HTML page still gets its DOM parsed for the declared facts (title, date, outlet), and is spared
 * Readability only where those leave nothing for the article text to fill (parse-html.ts). Its `text` is then its
 * headline, and it has no segments or sentences.
 */
export function glancePage(namesNoParty: (doc: ArmsDocument) => boolean): Stage {
  return (doc) => {
    if (doc.text && namesNoParty(doc)) spared.add(doc);
  };
}

const spared = new WeakSet<ArmsDocument>();

/** Whether the glance cleared this page (it names no party): the reading stages after it do not run on it. */
export function isSpared(doc: ArmsDocument): boolean {
  return spared.has(doc);
}

/** For parse-html: the page needs its article text after all (its metadata would come from it). */
export function unspare(doc: ArmsDocument): void {
  spared.delete(doc);
}

/** A reading stage that does not run on a spared page. */
export function skipSpared(stage: NamedStage): NamedStage {
  return skipWhen(stage, isSpared);
}

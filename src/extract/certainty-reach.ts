import type { ArmsDocument, Attribution } from "../core/document.js";
import type { Span } from "../core/span.js";
import certaintyData from "../knowledge/certainty-cues.json" with { type: "json" };
import { stateMediaCountry } from "./attribution/speakers.js";

const madeBy = new RegExp(certaintyData.scope.madeBy, "iu");

/** What `productReach` needs of a claim: its kind and where it names its product. */
export interface ReachScope {
  readonly kind?: string;
  readonly parts: { readonly item?: Span };
}

/**
 * Where the cues that weigh a claim may start, where it is narrower than its sub-clause: a production told by
 * a participle right after its product ("still seeking money for the howitzers produced by Nexter", "may order
 * more drones made in Turkey") is weighed from the product on, since the clause's own verb weighs the product's
 * use, not its making. `productReach` on "may order rifles made in Turkey" is the start of "rifles"; else null.
 */
export function productReach(doc: ArmsDocument, d: ReachScope): number | null {
  const item = d.parts.item;
  if (d.kind !== "production" || !item) return null;
  return madeBy.test(doc.text.slice(item.end, item.end + 60)) ? item.start : null;
}

const officeVoice = new RegExp(certaintyData.scope.officeVoice, "iu");

/**
 * Whether unnamed speakers hold the speaking office of their body ("the MOFCOM spokesperson said", "a ministry
 * spokesman said"): the body speaks through them, so the claim is not passed on from unnamed officials.
 */
export function speaksForBody(attribution: Pick<Attribution, "sources">): boolean {
  return attribution.sources.length > 0 && attribution.sources.every((s) => !s.speaker && !!s.org && officeVoice.test(s.org.trim()));
}

/**
 * Whether every source is a state's own news agency (KCNA, TASS, IRNA): in its own voice it speaks for its state
 * (SCHEMA.md, "State media"), so what it tells is stated, not passed on from other media.
 */
export function stateMediaVoice(attribution: Pick<Attribution, "sources">): boolean {
  return attribution.sources.length > 0 && attribution.sources.every((s) => !s.speaker && !!s.country && stateMediaCountry(s.org) === s.country);
}

const newsReportAfter = new RegExp(certaintyData.scope.newsReportAfter, "u");
const newsReportBefore = new RegExp(certaintyData.scope.newsReportBefore, "iu");

/**
 * Whether a named agency reports what the sentence tells ("..., the state news agency IRNA reported", "Tasnim reported
 * on 2 September that"): news passed on, not the agency's word for its state (`stateMediaVoice`).
 */
// (Only a name in the sentence itself: "According to the agency" points back to a report told before, and speaks as the agency.)
export function reportsNews(doc: ArmsDocument, attribution: Pick<Attribution, "spans">, sentence: Span): boolean {
  return attribution.spans.some(
    (s) =>
      s.start >= sentence.start &&
      s.end <= sentence.end &&
      (newsReportAfter.test(doc.text.slice(s.end, Math.min(sentence.end, s.end + 40))) || newsReportBefore.test(doc.text.slice(Math.max(sentence.start, s.start - 60), s.start))),
  );
}

import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { SentenceSyntax } from "../syntax/arguments.js";
import type { Party, Trigger } from "./direction.js";

/**
 * Drops the states a sentence names for something other than giving or getting, by the phrase they
 * stand in: targets ("fired at Ukraine", "the invasion of Ukraine"), aggressors ("Russia's war"),
 * possessors of others ("Ukraine's allies"), reporters ("reports from Kyiv", "US officials") and
 * states inside a purpose ("for use in its war against Ukraine", "to strike the Ukrainian city").
 *
 *     "Iran sent drones to Russia for use against Ukraine" -> Iran, Russia
 */
export function partiesBySyntax(parties: readonly Party[], syntax: SentenceSyntax): Party[] {
  if (syntax.empty) return [...parties];
  return parties.filter((p) => syntax.notAParty(p.span) === null);
}

/** The syntax of a sentence, with its transfer words (an infinitive of one opens no purpose clause). */
export function sentenceSyntax(doc: ArmsDocument, sentence: Span, triggers: readonly Trigger[]): SentenceSyntax {
  return SentenceSyntax.of(doc, sentence, triggers);
}

/**
 * Drops the things of the trade that stand for who receives or uses ("Russian troops" in "Russian troops
 * attack with Iranian drones", "sent ammunition to Russian troops"): they name the receiver, not the goods.
 *
 *     "Russian troops fire Iranian drones" -> [drones]
 */
export function goodsOf<T extends { readonly span: Span }>(items: readonly T[], syntax: SentenceSyntax, triggers: readonly Trigger[]): T[] {
  if (syntax.empty || !triggers.length) return [...items];
  const receivers = syntax.receivingPhrases(triggers);
  return items.filter((i) => !receivers.some((r) => r.start <= i.span.start && i.span.end <= r.end && r.end - i.span.end <= 1));
}

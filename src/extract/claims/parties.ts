import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import grammar from "../../knowledge/chunks.json" with { type: "json" };
import { SentenceSyntax } from "../syntax/arguments.js";
import { bystander, namesReporter } from "./bystander-states.js";
import type { Party, Trigger } from "./direction.js";
import { withoutPresence } from "./party-frames.js";

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
  // "Indian military officials ... buying French tanks": officials who themselves give or get stand for their state.
  // (Read only where a reporter is found: most sentences have none, and each transfer word's arguments cost a walk.)
  let acting: Span[] | undefined;
  const actingSpans = () =>
    (acting ??= (triggersOf.get(syntax) ?? []).flatMap((t) => {
      const a = syntax.argumentsOf(t, t.role);
      return a ? [...a.giver, ...a.receiver] : [];
    }));
  // ("Latvian intelligence's estimates show": the state before a reporter's noun reports, whatever the phrase's head.)
  const why = (p: Party) => syntax.notAParty(p.span) ?? (namesReporter(p.span, syntax) ? "reporting" : null);
  const kept = (p: Party) => {
    const reason = why(p);
    return reason === null || (reason === "reporting" && actingSpans().some((a) => a.start <= p.span.start && p.span.end <= a.end));
  };
  // "China's Taiwan region": the state named inside the phrase is the party, not its claimed owner.
  return parties.filter((p) => kept(p) && !parties.some((q) => q.state !== p.state && syntax.possesses(p.span, q.span)) && !standsBy(p, parties, syntax));
}

/**
 * "talks in Paris", "said in Rome", "a fair hosted by Pakistan": a venue or host is no party. "once it gets
 * Vienna's approval": a state that permits is none either, where another state or the transfer word comes
 * before it ("Washington's approval of the sale" may be the seller's own).
 */
function standsBy(p: Party, parties: readonly Party[], syntax: SentenceSyntax): boolean {
  const why = bystander(p.span, syntax);
  if (why !== "permits") return why !== null;
  return parties.some((q) => q.state !== p.state && q.span.end <= p.span.start) || (triggersOf.get(syntax) ?? []).some((t) => t.end <= p.span.start);
}

const holderPrepositions = grammar.holderPrepositions;

/** The syntax of a sentence, with its transfer words (an infinitive of one opens no purpose clause). */
export function sentenceSyntax(doc: ArmsDocument, sentence: Span, triggers: readonly Trigger[]): SentenceSyntax {
  // ("Russian forces in Ukraine are using drones": a word of presence that yields to a verb of the clause opens no place.)
  const syntax = SentenceSyntax.of(doc, sentence, withoutPresence(doc.text, triggers));
  triggersOf.set(syntax, triggers);
  return syntax;
}

/** The transfer words each sentence's syntax was built with (their roles, which the syntax keeps only as spans). */
const triggersOf = new WeakMap<SentenceSyntax, readonly Trigger[]>();

/**
 * Drops the things of the trade that stand for who receives or uses ("Russian troops" in "Russian troops
 * attack with Iranian drones", "sent ammunition to Russian troops"): they name the receiver, not the goods.
 *
 *     "Russian troops fire Iranian drones" -> [drones]
 */
export function goodsOf<T extends { readonly span: Span; readonly item?: string }>(items: readonly T[], syntax: SentenceSyntax, triggers: readonly Trigger[]): T[] {
  if (syntax.empty) return [...items];
  // "the chips in Russian drones", "Western parts inside Iranian missiles": the second thing is where
  // the first is, not goods of its own.
  const holders = items.filter((i) => {
    const g = syntax.governorOf(i.span, holderPrepositions);
    return g !== null && items.some((o) => o !== i && g.start <= o.span.start && o.span.end <= g.end);
  });
  const receivers = triggers.length ? syntax.receivingPhrases(triggers) : [];
  // "a package for Ukraine, excluding support for the Polish ammunition initiative": what is left out does not move.
  // "Ukrainian soldiers unload Javelin missiles, delivered as part of US aid": people who do something else are no goods.
  const actors = items.filter((i) => (i.item === "troops" || i.item === "workers") && syntax.actsOtherwise(i.span));
  return items.filter((i) => !holders.includes(i) && !actors.includes(i) && !syntax.leftOut(i.span) && !receivers.some((r) => r.start <= i.span.start && i.span.end <= r.end && r.end - i.span.end <= 1));
}

const partsVerb = new RegExp(`^(?:${grammar.partsVerbs.join("|")})$`, "i");

/**
 * Drops the transfer words that tell what a thing is made of, not that it moved: "the tanks are equipped
 * with 120 mm guns", "each battery, armed with 32 missiles" (a participle of equipping followed by "with",
 * where no state stands before it to do the equipping).
 *
 *     "The frigates are fitted with Aster missiles" -> no transfer word
 */
export function tellingTriggers<T extends Trigger>(doc: ArmsDocument, sentence: Span, triggers: readonly T[]): T[] {
  const states = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state");
  return triggers.filter((t) => {
    if (!partsVerb.test(t.text) || !/^\s+with\b/i.test(doc.text.slice(t.end, t.end + 6))) return true;
    return states.some((m) => m.span.end <= t.start);
  });
}

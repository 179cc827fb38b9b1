import type { Attribution } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import type { SentenceSyntax } from "../syntax/arguments.js";
import type { Direction, Party } from "./direction.js";

// Verbs of paying or buying for another, or of sending (transfer-cues.json forBeneficiary and speakerPayers): the subject gives the goods.
const paysFor = new RegExp(`^(?:${[...(transferData.forBeneficiary as string[]), ...(transferData.speakerPayers as string[])].join("|")})$`, "i");
// "they had agreed to finance": an agreement already made (transfer-cues.json speakersAgreed).
const agreedBefore = new RegExp(transferData.speakersAgreed as string, "i");
// "they", "we": the subject is the speakers themselves (transfer-cues.json speakerPayerPronouns).
const speakersThemselves = new RegExp(`^(?:${(transferData.speakerPayerPronouns as string[]).join("|")})$`, "i");

/**
 * The states that give (pay for, finance, send), where several states speak a sentence and its subject is only
 * "they" or "we": "A, B and C said they would finance a batch of American missiles for D", "A and B said they would
 * send tanks to C". Each speaker's state gives the goods to the one they are for (SCHEMA.md: several givers, one
 * claim per supplier with the whole amount; a state that buys abroad and hands over is the supplier), in the claim
 * of its own source; the maker of the goods gives nothing here.
 * Null where the sentence is not of that shape.
 */
export function speakersWhoGive(text: string, attribution: Attribution | null, dir: Direction, syntax: SentenceSyntax, parties: readonly Party[], clause: Span): { payers: string[]; recipient: string; agreed: boolean } | null {
  if (!attribution || attribution.sources.length < 2 || !dir.trigger || syntax.empty) return null;
  const payers = [...new Set(attribution.sources.map((s) => s.country).filter((c): c is string => !!c))];
  if (payers.length < 2) return null;
  const role = dir.role;
  if (role !== "give" && role !== "get" && role !== "pay") return null;
  if (!paysFor.test(text.slice(dir.trigger.start, dir.trigger.end))) return null;
  const args = syntax.argumentsOf(dir.trigger, role);
  if (!args || args.passive) return null;
  // ("they would finance": the subject of giving; "they would buy", "we will pay for": the subject of getting or paying.)
  const subject = role === "give" ? args.giver : args.receiver;
  if (!subject.some((s) => speakersThemselves.test(text.slice(s.start, s.end).trim()))) return null;
  // The one the goods are for: a state after "for" (not a speaker), after the verb.
  const forParty = parties.find((p) => p.span.start >= dir.trigger!.end && p.span.end <= clause.end && p.form !== "adjective" && !payers.includes(p.state) && /\bfor\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, p.span.start - 12), p.span.start)));
  const recipient = forParty?.state ?? (dir.recipient && !payers.includes(dir.recipient) ? dir.recipient : null);
  if (!recipient) return null;
  // ("they had agreed to pay for": a done agreement, asserted from the day the speakers tell it; finish in assemble-claims.ts.)
  const agreed = agreedBefore.test(text.slice(clause.start, dir.trigger.start));
  return { payers: payers.filter((p) => p !== recipient), recipient, agreed };
}

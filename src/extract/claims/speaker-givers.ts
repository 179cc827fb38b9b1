import type { Attribution } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import type { SentenceSyntax } from "../syntax/arguments.js";
import type { Direction, Party } from "./direction.js";
import continuations from "../../knowledge/continuations.json" with { type: "json" };
import { BODIES, GENERIC_NOUNS } from "../../knowledge/gazetteer.js";

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

/**
 * The states that jointly announce a package, a tranche or a sum of aid: "A, B and C announced a package for D",
 * "A and B jointly unveiled a tranche for D". Each announcing state gives it to the one it is for (SCHEMA.md: several
 * givers, one claim per supplier with the whole amount), in the claim of its own source.
 * `announcesAfter` tells where a package's announcing follows the speakers' span (claims/carry-flow.ts).
 * Null where the sentence is not of that shape.
 */
export function announcersWhoGive(text: string, attribution: Attribution | null, dir: Direction, parties: readonly Party[], clause: Span, announcesAfter: (text: string, span: Span) => number | null, inFocus: string | null = null): { payers: string[]; recipient: string; agreed: boolean; announced: true } | null {
  if (!attribution?.span || attribution.sources.length < 2 || attribution.span.start < clause.start || attribution.span.end > clause.end) return null;
  const payers = [...new Set(attribution.sources.map((s) => s.country).filter((c): c is string => !!c))];
  if (payers.length < 2 || payers.length !== attribution.sources.length) return null;
  // ("Denmark, Norway and Sweden announced": the speakers' span may cover the first of them only; the names of the
  // others, side by side, run on to the verb, one for each further speaker.)
  let end = attribution.span.end;
  for (let k = 1; k < payers.length; k++) {
    const next = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}/u.exec(text.slice(end, end + 60));
    if (!next) break;
    end += next[0].length;
  }
  const announced = announcesAfter(text, { start: attribution.span.start, end });
  if (announced === null) return null;
  // The one the package is for: a state after "for" or "to" (not a speaker), after the announcing.
  const after = parties.find((p) => p.span.start >= announced && p.span.end <= clause.end && p.form !== "adjective" && !payers.includes(p.state) && /\b(?:for|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, p.span.start - 12), p.span.start)));
  // ("A, B and C jointly announced a contribution through the same fund", naming no receiver: the one in focus, read by the caller.)
  const recipient = after?.state ?? (dir.recipient && !payers.includes(dir.recipient) ? dir.recipient : null) ?? (inFocus && !payers.includes(inFocus) ? inFocus : null);
  if (!recipient) return null;
  return { payers, recipient, agreed: false, announced: true };
}

// (The kinds of a state's body whose word on a giving makes it that state's own: continuations.json givingBodyKinds.)
const givingKinds = new Set(continuations.givingBodyKinds);
const bodyKinds = new Map(BODIES.map((b) => [b.name, b.kind] as const));
// "Dutch defence ministry", "the Norwegian armed forces": such a body named by its common noun (continuations.json givingBodyGenerics).
const givingGeneric = new RegExp(`\\b(?:${continuations.givingBodyGenerics.flatMap((g) => GENERIC_NOUNS[g]?.aliases ?? []).join("|")})$`, "i");

/**
 * "The US national security adviser confirmed the missiles had been shipped to Ukraine", "Prague says its initiative got
 * a million shells to Kyiv": the state whose government, ministry or army is the one source of a sentence, where that
 * source speaks for its state's own deeds (not an intelligence service, a legislature or a court: their word tells what
 * others did). Null where the sentence has another source or none, or the source is of another kind.
 */
export function officialsState(attribution: Attribution | null): string | null {
  const source = attribution?.sources.length === 1 ? attribution.sources[0] : null;
  if (!source?.country || !source.org) return null;
  return givingGeneric.test(source.org) || givingKinds.has(bodyKinds.get(source.org) ?? "") ? source.country : null;
}

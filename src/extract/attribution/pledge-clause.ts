import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import { personTitles, titles } from "./names.js";
import type { Speaker } from "./speakers.js";

const roleWords = new Set(speechData.roleWords);
const verbs = `(?:${speechData.commitVerbs.join("|")})\\b`;
// A short time phrase or an adverb a clause may carry before its verb ("in October", "last August", "had first"); never
// "was" or "been", so a passive ("who was promised ...") is no pledge of the one named.
const filler = `(?:(?:had|has|have|also|first|already|once|publicly|formally|earlier|in\\s+(?:early\\s+|mid-|late\\s+)?\\p{Lu}\\p{Ll}+|in\\s+\\d{4}|last\\s+\\p{L}+|on\\s+\\p{Lu}\\p{Ll}+)\\s+){0,3}`;
// ", which in October pledged", ", who last year promised": a relative clause right after the one named, its verb a pledge.
const relativeAfter = new RegExp(`^,\\s+(?:which|who)\\s+${filler}${verbs}`, "u");
// "the jets that ", "the tranche which ": a relative word right before the one named, who is the clause's subject.
const relativeBefore = /\b(?:that|which)\s+$/i;
// " promised", " had first pledged": the pledge right after its subject.
const verbAfter = new RegExp(`^\\s+${filler}${verbs}`, "u");
// What may follow a verb whose object is gapped: the clause's end, a time phrase or a preposition ("promised in May", "pledged, which").
const gapAfter = /^(?:\s*(?:[,.;:)]|$)|\s+(?:in|on|at|last|this|earlier|during|since|to|for|by|before|after|when|and|but)\b)/;
// ", had undertaken to": the pledge after the apposition's closing comma.
const verbAfterComma = new RegExp(`^,\\s+${filler}${verbs}`, "u");

/**
 * The one who pledged a thing, told in a clause of its own rather than as the sentence's subject: in a relative
 * clause after them ("Ana Ruiz, who in May pledged 12 jets to Peru, says ..."), as the subject of a relative clause on
 * the thing ("the 12 jets that President Ana Ruiz promised"), or named between commas with their office, the pledge
 * after the apposition ("Chile's president, Ana Ruiz, had promised ...", "Ana Ruiz, Chile's president, promised ...").
 * The pledge is their own act, so they are the source, as the subject of a pledge is (committing-subject.ts). Only a
 * person; only in a sentence nobody says. Empty elsewhere.
 *
 *     "Peru still awaits the 12 jets that Ana Ruiz promised." -> [Ana Ruiz]
 */
export function pledgeClause(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  // (Only a person: a state's pledge told in a clause ("Chile, which pledged ...", "the jets that Chile pledged") may be the
  // outlet's own summing-up, or the page's own body's, as "Chile's pledge" is.)
  const inside = speakers.filter((s) => s.span.start >= sentence.start && s.span.end <= sentence.end && s.kind === "person");
  const rest = (s: Speaker) => doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 90));
  for (const s of inside) {
    const before = doc.text.slice(Math.max(sentence.start, s.span.start - 60), s.span.start);
    if (relativeAfter.test(rest(s))) return [s];
    // (The verb's object is the thing the clause is on, so none follows it: "reports that Ana Ruiz approved the sale" is what the reports say.)
    const verb = verbAfter.exec(rest(s));
    if (verb && relativeRightBefore(before) && gapAfter.test(rest(s).slice(verb[0].length))) return [s];
    const office = appositionOffice(doc, sentence, s);
    if (office) return [s.source.country ? s : { ...s, source: { ...s.source, country: stateIn(doc, office) } }];
  }
  return [];
}

/** Does a relative word stand right before a name, with nothing between but the name's titles ("that President ")? */
function relativeRightBefore(before: string): boolean {
  const words = before.split(/(?<=\s)(?=\S)/);
  for (let cut = 0; cut <= 4 && cut < words.length; cut++) {
    const tail = words.slice(words.length - cut);
    if (!tail.every((w) => isTitle(w.trim()) || /^(?:the|his|her)$/i.test(w.trim()) || /^\p{Lu}\p{Ll}+$/u.test(w.trim()))) return false;
    if (relativeBefore.test(words.slice(0, words.length - cut).join(""))) return cut === 0 || tail.some((w) => isTitle(w.trim()));
  }
  return false;
}
const isTitle = (w: string) => titles.has(w) || roleWords.has(w.toLowerCase()) || personTitles.has(w.toLowerCase());

/**
 * Is the person named between commas with their office, at the head of the clause, the pledge after: "Chile's
 * president, Ana Ruiz, promised" (office before the name) or "Ana Ruiz, Chile's president, pledged" (after it)?
 */
function appositionOffice(doc: ArmsDocument, sentence: Span, s: Speaker): Span | null {
  const head = doc.text.slice(sentence.start, s.span.start);
  const after = doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 120));
  // (The office before the name: the clause opens at the sentence's start or after a short phrase closed by a comma.)
  const officeBefore = /^(?:[^,;:]{1,30},\s+)?((?:the\s+)?[^,;:]{2,50}),\s+$/.exec(head);
  if (officeBefore && officeWords(officeBefore[1]) && verbAfterComma.test(after)) return { start: sentence.start + head.lastIndexOf(officeBefore[1]), end: s.span.start };
  // (The office after the name: the name opens the clause.)
  const officeAfter = /^,\s+([^,;:]{2,50}),/.exec(after);
  if (officeAfter && /^(?:[^,;:]{1,30},\s+)?$/.test(head) && officeWords(officeAfter[1]) && verbAfterComma.test(after.slice(officeAfter[0].length - 1))) return { start: s.span.end, end: s.span.end + officeAfter[0].length };
  return null;
}

/** The one state named in the office's words ("Chile's president"), or null. */
function stateIn(doc: ArmsDocument, office: Span): string | null {
  const states = new Set(doc.within(doc.mentions, office).filter((m) => m.kind === "state").map((m) => m.state ?? m.entity));
  return states.size === 1 ? [...states][0] : null;
}

/** Are the words an office and perhaps its state ("Chile's president", "the Chilean defence minister")? */
function officeWords(text: string): boolean {
  const words = text.trim().split(/\s+/).map((w) => w.replace(/['’]s$/, ""));
  const rest = /^the$/i.test(words[0] ?? "") ? words.slice(1) : words;
  return rest.length > 0 && rest.length <= 5 && isTitle(rest[rest.length - 1]) && rest.every((w) => isTitle(w) || /^\p{Lu}/u.test(w));
}

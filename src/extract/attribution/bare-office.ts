import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { escapeRegExp } from "../../core/escape-regexp.js";
import { BODIES, findBody, personNamed, stateByIso3 } from "../../knowledge/gazetteer.js";
import { matchAll, speech } from "../../knowledge/lexicon.js";
import { officeHolder } from "../../knowledge/offices.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import { datelineState, pageHome, type Recall, type Speaker } from "./speakers.js";

// (Lower-case words, "[cs]" the one class allowed: "defen[cs]e minister".)
if (!speechData.bareOffices.length || !speechData.bareOffices.every((w) => /^[a-z]+(?:\[cs\][a-z]*)?(?: [a-z]+(?:\[cs\][a-z]*)?)*$/.test(w))) throw new Error("speech.json: bareOffices must hold lower-case word patterns");
const offices = speechData.bareOffices.map((w) => w.replace(/ /g, "\\s+")).join("|");
// "the Prime Minister", "the president": the office alone, with no name, state or "of"/"for" phrase after it.
const bareTitle = new RegExp(`\\bthe\\s+(${offices})\\b(?![-'’])(?!\\s+(?:of|for)\\b)`, "gi");
// A capitalised word right after the title is the holder's name ("the President Ana Ruiz"): a name, no bare office.
const nameNext = /^\s+\p{Lu}/u;
// "As the Prime Minister set out to the House on 16 January, ...": what the office said, opening the sentence.
const asOpening = /^\W*as\s+$/i;
// " said", " has announced", " also told": a verb of saying right after the title, perhaps after an auxiliary or an adverb.
const verbNext = /^\s+(?:(?:has|had|have|also|first|again|then|already|once)\s+){0,2}$/i;

/**
 * "As the Prime Minister said on Monday, Chile will send ...", "On 3 May the President announced that ...": a state's
 * highest office named by its title alone (speech.json bareOffices), with no one of that title named before, speaks
 * for the state whose voice the page carries: that of the person who spoke just before (the minister whose briefing it
 * is), else the page's dateline or home, else the state the clause after it names first. The holder that offices.json names for the page's day is the speaker where it
 * knows one; the state's government otherwise. Empty where the page carries no one state's voice.
 *
 *     (a page of Chile's defence ministry) "As the President said, Chile will send 4 frigates." -> [Chile's president]
 */
export function bareOffices(doc: ArmsDocument, s: Span, recall: Recall, taken: readonly Speaker[]): { found: Speaker[]; replaced: Speaker[] } {
  const text = doc.slice(s);
  const out: Speaker[] = [];
  const replaced: Speaker[] = [];
  for (const m of text.matchAll(bareTitle)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (nameNext.test(doc.text.slice(end, end + 3))) continue;
    // A pointer that found one who holds the office ("President Ana Ruiz ... the President said") stands; one that found
    // whoever spoke last, in another office (the minister whose briefing it is), gives way.
    const over = taken.filter((o) => o.span.start < end && start < o.span.end);
    if (over.some((o) => o.kind !== "pointer" || holdsOffice(doc, o, m[1]))) continue;
    replaced.push(...over);
    const opens = asOpening.test(text.slice(0, m.index));
    const verb = matchAll(speech.verb, text.slice(m.index + m[0].length, m.index + m[0].length + 40), end)[0];
    if (!opens && !(verb && verbNext.test(doc.text.slice(end, verb.start)))) continue;
    const state = voiceState(doc, recall) ?? clauseState(doc, { start: end, end: s.end });
    if (!state) continue;
    const holder = officeHolder(m[1], state, doc.meta.published?.slice(0, 10) ?? null);
    const government = BODIES.find((b) => b.state === state && b.generic === "government")?.name ?? `${stateByIso3(state)?.adjectives[0] ?? stateByIso3(state)?.name} government`;
    out.push({
      span: { start, end },
      kind: holder ? "person" : "body",
      voice: "named",
      source: { speaker: holder?.name ?? null, org: (holder && findBody(holder.org)?.name) ?? government, country: state },
    });
  }
  return { found: out, replaced };
}

/** Whether the person a pointer found holds the office: the page names them with its title ("Prime Minister Ana Ruiz"), or the gazetteer's role does. */
function holdsOffice(doc: ArmsDocument, pointer: Speaker, office: string): boolean {
  const name = pointer.source.speaker;
  if (!name) return true;
  const title = new RegExp(`\\b${office.replace(/\s+/g, "\\s+")}\\b`, "i");
  if (title.test(personNamed(name)?.role ?? "")) return true;
  const last = name.split(/\s+/).pop() ?? name;
  return new RegExp(`\\b${office.replace(/\s+/g, "\\s+")}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(last)}\\b`, "iu").test(doc.text);
}

/**
 * The one state whose voice the page carries: the last person who spoke, where of one state; else the page's
 * dateline or home.
 */
function voiceState(doc: ArmsDocument, recall: Recall): string | null {
  // (A person of a government, whose briefing or answer it is; not a state or body named as a topic: "Ukraine: military aid".)
  const voices = (list: readonly Speaker[]) => list.filter((l) => l.kind === "person" && l.source.speaker && l.source.country);
  const last = new Set(voices(recall.last).map((l) => l.source.country));
  if (last.size === 1) return [...last][0];
  if (last.size > 1) return null;
  return datelineState(doc) ?? pageHome(doc);
}

/** The state the office's clause names first by its name ("..., the UK will gift ..."): whose office it is where nothing else tells. */
function clauseState(doc: ArmsDocument, rest: Span): string | null {
  const first = doc.within(doc.mentions, rest).find((m) => m.kind === "state" && (m.form === "name" || m.form === "alias"));
  return first ? first.state ?? first.entity : null;
}

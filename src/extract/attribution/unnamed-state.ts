import type { ArmsDocument } from "../../core/document.js";
import { datelineState, documentFocus } from "./speakers.js";

// Unnamed people who speak for a government, though the sentence does not say which one.
const officialsNoun = /^(?:(?:a|an|one|two|three|several|some)\s+)?(?:(?:senior|top|high-ranking|unnamed|anonymous)\s+)?(?:(?:government|administration|military|defen[cs]e|security|(?:defen[cs]e\s+|foreign\s+)?ministry)\s+)?(?:officials?|spokes(?:man|woman|person))$/i;
/** How many sentences back the state of an earlier speaker may reach. */
const reach = 4;

/**
 * "The Chilean navy said ... . Chile will also send ..., officials said.": unnamed officials whose sentence
 * names no state of theirs speak for the state of the segment's speaker just before them (within a few
 * sentences), where that speaker was a government voice (a person, body or officials of one state), no other
 * state's voice came between, and the sentence itself names that state. Their name stays as the text gives
 * it; only the state is filled in.
 */
export function stateOfUnnamed(doc: ArmsDocument): void {
  doc.attributions.forEach((a, n) => {
    if (a.voice !== "unnamed" || a.sources.length !== 1) return;
    const [only] = a.sources;
    if (only.country || only.speaker || !only.org || !officialsNoun.test(only.org.trim())) return;
    // "Western officials", "NATO officials", "foreign diplomats": a qualifier the lists do not know names whose they are; none to fill in.
    if (a.span && /(?:\b\p{Lu}[\p{L}-]*|\b(?:foreign|western|european|allied|international|other|independent|outside))\s+$/u.test(doc.text.slice(Math.max(0, a.span.start - 30), a.span.start))) return;
    const segment = doc.sentences[a.sentence].segment;
    let state: string | null = null;
    for (let i = n - 1; i >= 0; i--) {
      const b = doc.attributions[i];
      if (b.sentence >= a.sentence) continue;
      if (b.sentence < a.sentence - reach || doc.sentences[b.sentence].segment !== segment) break;
      if (b.voice === "outlet" || b.voice === "media") continue;
      const states = new Set(b.sources.map((s) => s.country).filter((c): c is string => c !== null));
      if (states.size > 1) return;
      if (states.size === 1) {
        state = [...states][0];
        break;
      }
    }
    // Only a state the sentence itself names ("Chile will also send ..., officials said"): else the officials may be anyone's.
    // ("a senior administration official", "government officials" serve the government that spoke just before, named or not.)
    const ofGovernment = /\b(?:administration|government)\b/i.test(only.org);
    const named = state && (ofGovernment || doc.within(doc.mentions, doc.sentences[a.sentence].span).some((m) => m.kind === "state" && (m.state ?? m.entity) === state));
    if (named) doc.attributions[n] = { ...a, sources: [{ ...only, country: state }] };
  });
}

/**
 * "The Chilean daily El Sur, citing two government sources, reports that ...": unnamed people of a government cited
 * by the teller, with no state of their own, serve the one state named before "citing" (the teller's, by its
 * adjective or name); where none is named there, the state the document is about, if the sentence names it
 * ("Senator X said, citing military officials, that Lima had ordered ..." in a report about Peru). Left alone
 * where several states stand before "citing": whose people they are is then not told.
 */
export function stateOfCitedUnnamed(doc: ArmsDocument): void {
  doc.attributions.forEach((a, n) => {
    if (a.voice !== "unnamed" || a.sources.length !== 1 || !a.span) return;
    const [only] = a.sources;
    if (only.country || only.speaker || !only.org || (!officialsNoun.test(only.org.trim()) && !governmentSources.test(only.org.trim()))) return;
    const sentence = doc.sentences[a.sentence].span;
    const citing = /\bciting\s+$/i.exec(doc.text.slice(Math.max(sentence.start, a.span.start - 10), a.span.start));
    if (!citing) return;
    const at = a.span.start - citing[0].length;
    const stateOf = (m: { state?: string | null; entity: string }) => m.state ?? m.entity;
    const named = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state");
    const before = new Set(named.filter((m) => m.span.end <= at).map(stateOf));
    let state: string | null = null;
    if (before.size === 1) state = [...before][0];
    else if (before.size === 0) {
      const focus = documentFocus(doc) ?? datelineState(doc);
      state = focus && named.some((m) => stateOf(m) === focus) ? focus : null;
    }
    if (state) doc.attributions[n] = { ...a, sources: [{ ...only, country: state }] };
  });
}

// "two government sources", "senior military sources": sources of a government, as officials are.
const governmentSources = /^(?:(?:a|an|one|two|three|several|some)\s+)?(?:(?:senior|top|high-ranking|unnamed|anonymous)\s+)?(?:government|administration|military|defen[cs]e|security|(?:defen[cs]e\s+|foreign\s+)?ministry)\s+sources?$/i;

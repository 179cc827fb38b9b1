import type { ArmsDocument, Mention } from "../../core/document.js";
import { anyOverlaps, firstFrom, indexAt, type Span } from "../../core/span.js";
import { GROUPS, GROUP_HOME_NOUNS, findGroup, findOutlet } from "../../knowledge/gazetteer.js";
import refs from "../../knowledge/references.json" with { type: "json" };
import { keyOf, verify, type Matcher } from "./matcher.js";
import { allMatches } from "../../core/all-matches.js";

/**
 * The document layer: descriptions that refer back to a party named earlier in the document become
 * mentions of that party, so a sentence that names its party only as "the country", "the isolated
 * state", "the Gulf nation", "the regime", "Pyongyang's partner" or "the rebels" carries its claim,
 * resolved. A description with nothing named before it ("pariah states") gives nothing.
 *
 * Focus: the party last named as an actor (not after "via", "to", "against", ...), in the same
 * sentence or the three before, else the party named last at all. A group description ("the
 * rebels") takes the group last named that it describes.
 *
 *     "Iran shipped drones. The country denies it." → "country" = IRN
 */
export function followReferences(doc: ArmsDocument, ranges: readonly Span[], matcher?: Matcher): Mention[] {
  const text = doc.text;
  const parties = candidates(doc);
  if (!parties.length) return [];
  const found: Mention[] = [];
  const taken = (s: Span) => anyOverlaps(doc.mentions, s);
  const sentenceAt = (at: number) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ranges[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const r of ranges) {
    const local = text.slice(r.start, r.end);
    for (const hit of allMatches(stateDescription, local)) {
      const noun = hit[2];
      const span = { start: r.start + hit.index! + hit[0].indexOf(hit[1]), end: 0 };
      span.end = span.start + hit[1].length;
      if (taken(span) || !describes(hit[1], noun)) continue;
      // "China sold rifles to the junta": after "to" or "from" the description is the other end of the sentence's
      // transfer, never a state named before it in that sentence.
      const theAt = r.start + hit.index! + hit[0].search(/[Tt]he/);
      const otherEnd = otherEndBefore.test(text.slice(Math.max(r.start, theAt - 8), theAt));
      const giver = (m: Mention) => otherEnd && m.span.start >= r.start && !outOfFocus.test(text.slice(Math.max(r.start, m.span.start - 24), m.span.start));
      // "the army": the state whose army the page named last ("Sudan's army", "the Sudanese army"), else none; never
      // as a possessor ("the army's trucks": the trucks are the goods, not the party).
      if (noun === "army" && /^['’]s\b/.test(text.slice(span.end, span.end + 3))) continue;
      const target = noun === "army"
        ? parties.filter((m) => m.span.end <= span.start && m.kind === "state" && !findGroup(m.entity) && !giver(m) && armyAfter.test(text.slice(m.span.end, m.span.end + 12))).pop() ?? null
        : focus(text, parties, span.start, ranges, sentenceAt(span.start), (m) => (m.kind !== "state" || !findGroup(m.entity)) && !giver(m));
      if (!target) continue;
      // "the country's defence minister": the body of the state referred to, as after its name.
      const theStart = r.start + hit.index! + hit[0].search(/[Tt]he/);
      found.push(bodyAfter(text, target, theStart, span.end, matcher) ?? refer(target, span));
    }
    for (const hit of allMatches(partnerDescription, local)) {
      const span = { start: r.start + hit.index! + hit[0].indexOf(hit[1]), end: 0 };
      span.end = span.start + hit[1].length;
      const owner = parties.find((m) => m.span.end <= span.start && span.start - m.span.end <= 3 && /^['’]s\s*$/.test(text.slice(m.span.end, span.start)));
      if (!owner || taken(span)) continue;
      const own = owner.state ?? owner.entity;
      const target = focus(text, parties, owner.span.start, ranges, sentenceAt(span.start), (m) => (m.state ?? m.entity) !== own);
      if (target) found.push(refer(target, span));
    }
    for (const hit of allMatches(ownDescription, local)) {
      // "Petr Pavel said his country had found 800,000 shells": the state of the one who owns it.
      const span = { start: r.start + hit.index!, end: r.start + hit.index! + hit[0].length };
      if (taken(span)) continue;
      const owner = ownerOf(text, parties, r, span.start, ranges, sentenceAt(span.start));
      if (owner) found.push(refer(owner, span));
    }
    for (const hit of allMatches(itsBody, local)) {
      // "Finland works differently. Its defence ministry announced a package": the body of the state "its" stands for,
      // the subject of the sentence before where "its" opens the sentence, else the state in focus. Not where a party
      // stands before it in its sentence ("Russia stations its army", "Tehran, through its mission"): the sentence's own
      // subject acts there, and is read as such.
      const span = { start: r.start + hit.index!, end: r.start + hit.index! + hit[0].length };
      if (taken(span) || parties.some((m) => m.span.start >= r.start && m.span.end <= span.start)) continue;
      const index = sentenceAt(span.start);
      const target = (r.start === span.start ? subjectBefore(text, parties, ranges[index - 1], ranges[index - 1]?.end ?? 0) : null) ?? focus(text, parties, span.start, ranges, index, (m) => m.kind !== "state" || !findGroup(m.entity));
      // (Where the state's own body is not in the gazetteer, "its" names the state, as "the country" does before it.)
      if (target && genericAfter(text, span.end, matcher)) found.push(bodyAfter(text, target, span.start, span.end, matcher) ?? refer(target, span));
    }
    for (const hit of allMatches(groupDescription, local)) {
      // "the paramilitary group": the describing word and the noun together first ("paramilitary group"), then the noun alone ("group").
      const nouns = hit[1] ? [`${hit[1]} ${hit[2]}`.toLowerCase(), hit[2].toLowerCase()] : [hit[2].toLowerCase()];
      const span = { start: r.start + hit.index! + hit[0].length - hit[2].length, end: r.start + hit.index! + hit[0].length };
      if (taken(span)) continue;
      for (const noun of nouns) {
        const last = parties.filter((m) => m.span.end <= span.start && m.kind === "state" && findGroup(m.entity)?.descriptions.includes(noun)).pop();
        if (last) {
          found.push(refer(last, noun === nouns[0] && hit[1] ? { start: r.start + hit.index! + /^[Tt]he\s+/.exec(hit[0])![0].length, end: span.end } : span));
          break;
        }
      }
    }
    for (const hit of allMatches(homeDescription, local)) {
      // "the Yemeni group" once the Houthis are named: the home state's adjective with a group noun is the group.
      const start = r.start + hit.index! + hit[0].length - hit[1].length;
      const adjective = doc.mentions.find((m) => m.kind === "state" && m.form === "adjective" && m.span.start === start);
      if (!adjective) continue;
      const phrase = hit[2].toLowerCase();
      const last = parties.filter((m) => m.span.end <= start && m.kind === "state" && findGroup(m.entity)?.home === adjective.entity).pop();
      const group = last && findGroup(last.entity);
      // (Bare "forces" stays the state's: "the Libyan forces" are as often its army.)
      if (!group || /^forces?$/.test(phrase) || !(GROUP_HOME_NOUNS.includes(phrase) || group.descriptions.includes(phrase))) continue;
      found.push(refer(last, { start, end: r.start + hit.index! + hit[0].length }));
    }
  }
  return found;
}

const homeNouns = [...new Set([...GROUP_HOME_NOUNS, ...GROUPS.flatMap((g) => g.descriptions)])].sort((a, b) => b.length - a.length);
const homeDescription = new RegExp(`\\b[Tt]he\\s+(\\p{Lu}\\p{Ll}+\\s+(${homeNouns.join("|")}))\\b`, "gu");
const stateDescription = new RegExp(`\\b[Tt]he\\s+((?:[\\p{L}-]+\\s+){0,2}(${refs.stateNouns.join("|")}))(?!['’]s\\s+(?:media|news)\\b)(?![\\p{L}-])(?!\\s+(?:${refs.notFollowedBy.join("|")})\\b)(?!-(?:run|owned|controlled|sponsored|backed|funded)\\b)`, "gu");
const partnerDescription = new RegExp(`['’]s\\s+((?:(?:main|key|closest|close|chief|top|new|old|biggest|principal|strategic|military)\\s+){0,2}(?:${refs.partnerNouns.join("|")}))\\b`, "giu");
const groupNouns = [...new Set(GROUPS.flatMap((g) => g.descriptions))].sort((a, b) => b.length - a.length);
const groupDescription = new RegExp(`\\b[Tt]he\\s+(?:(\\p{Ll}+)\\s+)?(${groupNouns.join("|")})\\b`, "gu");
const notDescribing = new Set(refs.notDescribing);
const otherEndBefore = /\b(?:to|from)\s+$/i;
const armyAfter = /^(?:['’]s)?\s+army\b/;
const actingAfter = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${refs.actingNouns.join("|")})\\b`, "iu");
const outOfFocus = new RegExp(`\\b(?:${refs.outOfFocus.join("|")})\\s+(?:the\\s+|neighbou?ring\\s+|its\\s+)?$`, "i");

const ownDescription = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:own\\s+)?(?:${refs.ownNouns.join("|")})\\b(?!['’]s\\s+(?:media|news)\\b)(?!\\s+(?:${refs.notFollowedBy.join("|")})\\b)`, "gu");

/**
 * Whose "his country" is: the person with a state named last before it in its sentence, else the body ("Finnish
 * President Stubb said his country", "Latvia's defence minister said her country"), else the state named last there as no destination ("the president of
 * Estonia, Alar Karis, said his country"), else the person or body named last in the two sentences before.
 */
function ownerOf(text: string, parties: readonly Mention[], sentence: Span, at: number, ranges: readonly Span[], index: number): Mention | null {
  const inSentence = parties.filter((m) => m.span.start >= sentence.start && m.span.end <= at);
  // (A person named outweighs a body named after them: "Zelensky, who met Germany's chancellor, said his country".)
  const person = inSentence.filter((m) => m.kind === "person").pop() ?? inSentence.filter((m) => m.kind === "body").pop();
  if (person) return person;
  const state = inSentence.filter((m) => m.kind === "state" && !findGroup(m.entity) && !destination.test(text.slice(Math.max(sentence.start, m.span.start - 24), m.span.start))).pop();
  if (state) return state;
  const from = ranges[Math.max(0, index - 2)]?.start ?? sentence.start;
  return parties.filter((m) => (m.kind === "person" || m.kind === "body") && m.span.start >= from && m.span.end <= sentence.start).pop() ?? null;
}

const itsBody = /\b[Ii]ts(?=\s)/g;
const subjectLead = /^\s*(?:(?:in|by|since|on|last|this|earlier|later)\s+[\p{L}\d]+\s*,?\s*)?(?:the\s+)?$/iu;

/**
 * The state that opens `range` before `at` as its subject ("Finland works differently."): a state named first there,
 * with at most a time phrase before it, else null. "Its" that opens the next sentence takes it before the page's focus.
 */
function subjectBefore(text: string, parties: readonly Mention[], range: Span | undefined, at: number): Mention | null {
  if (!range) return null;
  const first = parties.find((m) => m.span.start >= range.start && m.span.end <= Math.min(at, range.end));
  if (!first || first.kind !== "state" || findGroup(first.entity) || first.form === "adjective") return null;
  return subjectLead.test(text.slice(range.start, first.span.start)) ? first : null;
}

const destination = new RegExp(`\\b(?:${refs.outOfFocus.filter((w) => w !== "of").join("|")})\\s+(?:the\\s+)?$`, "i");

/** "the isolated state", "the Gulf nation": describing words only, none that makes it another state. */
function describes(phrase: string, noun: string): boolean {
  const words = phrase.split(/\s+/).slice(0, -1);
  // "the Islamic Republic", "the United Kingdom": a name, found (or not) by the gazetteer.
  if (["republic", "kingdom", "emirate"].includes(noun) && words.some((w) => /^\p{Lu}/u.test(w))) return false;
  return words.every((w) => !notDescribing.has(w.toLowerCase()) && !/^\d/.test(w));
}

/**
 * The party in focus before `at` (salience): every earlier mention counts, halving with each sentence
 * back, with a floor so the document's topic keeps some weight; an actor (subject, possessive) counts
 * fully, a state after a preposition ("via Chad", "to Taiwan") or as a modifier ("Chinese jets") less.
 */
function focus(text: string, parties: readonly Mention[], at: number, ranges: readonly Span[], sentence: number, fits: (m: Mention) => boolean): Mention | null {
  // Forty sentences back at most: the weight of older ones is the floor alone, and long pages stay linear.
  const from = ranges[Math.max(0, sentence - 40)]?.start ?? 0;
  const before = partiesWithin(parties, from, at).filter(fits);
  if (!before.length) return null;
  const score = new Map<string, { value: number; last: Mention }>();
  let k = sentence;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    while (k > 0 && ranges[k] && m.span.start < ranges[k].start) k--;
    const back = Math.max(0, sentence - k);
    const possessive = /^['’]s\b/.test(text.slice(m.span.end, m.span.end + 3));
    const weight = possessive ? 1 : outOfFocus.test(text.slice(Math.max(0, m.span.start - 24), m.span.start)) ? 0.4 : m.form === "adjective" && !actingAfter.test(text.slice(m.span.end, m.span.end + 30)) ? 0.3 : 1;
    const key = m.state ?? m.entity;
    const seen = score.get(key) ?? { value: 0, last: m };
    seen.value += weight * (0.5 ** back + 0.15);
    score.set(key, seen);
  }
  let best: { value: number; last: Mention } | null = null;
  for (const s of score.values()) if (!best || s.value > best.value) best = s;
  return best?.last ?? null;
}

/**
 * The parties that start at or after `from` and end by `at`, in their order. (Where the list is sorted by start, as
 * the stage leaves the page's mentions, only those starting in [from, at] are read: each reference asked the whole
 * page's list, and a long page grew with the square of its length.)
 */
function partiesWithin(parties: readonly Mention[], from: number, at: number): Mention[] {
  if (!sortedByStart(parties)) return parties.filter((m) => m.span.end <= at && m.span.start >= from);
  const lo = firstFrom(parties, from);
  const out: Mention[] = [];
  // (A party that ends by `at` starts by it.)
  for (let i = lo; i < parties.length && parties[i].span.start <= at; i++) if (parties[i].span.end <= at) out.push(parties[i]);
  return out;
}

// (Kept per list while it keeps its length, as span.ts keeps its indexes: a list that grows is looked at again.)
const sortedLists = new WeakMap<readonly Mention[], { length: number; sorted: boolean }>();
function sortedByStart(list: readonly Mention[]): boolean {
  let kept = sortedLists.get(list);
  if (!kept || kept.length !== list.length) {
    kept = { length: list.length, sorted: list.every((m, i) => i === 0 || list[i - 1].span.start <= m.span.start) };
    sortedLists.set(list, kept);
  }
  return kept.sorted;
}

/**
 * The state in focus at `at` in a document whose mentions are found: for a claim whose sentence names
 * its party only as "he", "it" or not at all ("He praised the output of the new launchers" after
 * "Kim toured the plants"). Null where nothing is named before.
 */
export function focusAt(doc: ArmsDocument, at: number, fits: (m: Mention) => boolean = () => true): string | null {
  const page = focusPage(doc);
  const { ranges } = page;
  const sentence = page.apart ? Math.max(-1, indexAt(doc.sentences, at)) : ranges.findIndex((r) => r.start <= at && at < r.end);
  const { parties } = page;
  const target = focus(doc.text, parties, at, ranges, Math.max(0, sentence), fits);
  return target ? (target.state ?? target.entity) : null;
}

/**
 * What focusAt reads of a page, once for all its clauses: the sentences' spans (and whether they stand apart, in order,
 * so that a binary search finds the one at an offset) and the parties that can be in focus, no group. Kept while the
 * page's lists of sentences and mentions are the same.
 */
const focusPages = new WeakMap<ArmsDocument, { sentences: unknown; count: number; candidates: Mention[]; ranges: Span[]; apart: boolean; parties: Mention[] }>();
function focusPage(doc: ArmsDocument): { ranges: Span[]; apart: boolean; parties: Mention[] } {
  const all = candidates(doc);
  const kept = focusPages.get(doc);
  if (kept && kept.sentences === doc.sentences && kept.count === doc.sentences.length && kept.candidates === all) return kept;
  const ranges = doc.sentences.map((s) => s.span);
  const apart = ranges.every((r, i) => i === 0 || ranges[i - 1].end <= r.start);
  const page = { sentences: doc.sentences, count: doc.sentences.length, candidates: all, ranges, apart, parties: all.filter((m) => !(m.kind === "state" && findGroup(m.entity))) };
  focusPages.set(doc, page);
  return page;
}

/** Mentions that can be in focus: states and groups, and people, bodies and a state's own media with their state. */
function candidates(doc: ArmsDocument): Mention[] {
  // (Kept while the page's list of mentions is the same and as long: focusAt asks it for many clauses of a page.)
  const kept = candidatesOf.get(doc.mentions);
  if (kept && kept.length === doc.mentions.length && kept.text === doc.text) return kept.parties;
  const parties = readCandidates(doc);
  candidatesOf.set(doc.mentions, { length: doc.mentions.length, text: doc.text, parties });
  return parties;
}
const candidatesOf = new WeakMap<readonly Mention[], { length: number; text: string; parties: Mention[] }>();

function readCandidates(doc: ArmsDocument): Mention[] {
  return doc.mentions
    .map((m) => {
      if (m.kind !== "outlet" || m.state) return m;
      const o = findOutlet(m.entity);
      // "Pyongyang's state media said the country ...": generic media speak from their state.
      return o?.kind === "media" && o.country ? { ...m, state: o.country } : m;
    })
    .filter((m) => (m.kind === "state" || m.state) && !inDateline(doc.text, m.span));
}

function bodyAfter(text: string, target: Mention, start: number, end: number, m: Matcher | undefined): Mention | null {
  if (!m) return null;
  const state = target.state ?? target.entity;
  m.nounAfter.lastIndex = end;
  const n = m.nounAfter.exec(text);
  if (!n) return null;
  const noun = (m.entries.get(keyOf(n[1])) ?? []).find((g) => g.kind === "generic" && verify(n[1], g));
  const hit = noun ? m.generic.get(`${state}|${keyOf(n[1])}`) : undefined;
  if (!hit) return null;
  return { kind: "body", span: { start, end: end + n[0].length }, entity: hit.body.id, name: hit.body.name, state: hit.body.state, org: hit.body.id, form: hit.role ? "role" : "alias" };
}

/** Whether a generic noun of a state's body ("defence ministry", "armed forces", "navy") follows `end`. */
function genericAfter(text: string, end: number, m: Matcher | undefined): boolean {
  if (!m) return false;
  m.nounAfter.lastIndex = end;
  const n = m.nounAfter.exec(text);
  return !!n && (m.entries.get(keyOf(n[1])) ?? []).some((g) => g.kind === "generic" && verify(n[1], g));
}

function refer(target: Mention, span: Span): Mention {
  const state = target.state ?? target.entity;
  return { kind: "state", span, entity: state, name: target.kind === "state" ? target.name : state, state, form: "alias" };
}

/** "DUBAI, United Arab Emirates (AP) —": a dateline places the reporter, not the story. */
function inDateline(text: string, s: Span): boolean {
  // (Looks back at most 60 characters: a search back to the line start made a one-line page quadratic.)
  let lineStart = s.start;
  while (lineStart > 0 && s.start - lineStart < 60 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (s.start - lineStart >= 60) return false;
  const head = text.slice(lineStart, Math.min(text.length, s.end + 30));
  return /^[A-Z][A-Z .'-]{2,},\s/.test(head) && /^[^—–]*?\([^)]{1,30}\)\s*[—–-]/.test(text.slice(s.end, s.end + 40)) && s.start - lineStart < 60;
}

import type { Source } from "../core/claim.js";
import type { ArmsDocument, Attribution, Mention, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import { findBody, outletByName, stateByIso3 } from "../knowledge/gazetteer.js";
import { matchAll, speech } from "../knowledge/lexicon.js";
import speechData from "../knowledge/speech.json" with { type: "json" };

/** Something in a sentence that could be the one who says it. */
interface Speaker {
  readonly span: Span;
  readonly source: Source;
  readonly voice: Attribution["voice"];
  readonly kind: "person" | "body" | "outlet" | "state" | "unnamed" | "media" | "pointer";
}

const titles = new Set(speechData.titles);
// Capitalised names not in the gazetteer ("Joe Byrne"): two or three capitalised words.
const properName = /(?<![\p{L}-])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?![\p{L}])/gu;

/**
 * Says who makes each candidate sentence's claims: "X said", "according to X", "X told reporters",
 * inverted "..., said X", chains ("citing X", "as cited by Y"), pointers back to the last named
 * speaker ("he added", "the officials said"), a "Source: X, citing Y" line that sets the voice of
 * the report, and else the document's own voice.
 */
export function attributeSentences(): Stage {
  return (doc) => {
    const lastBySegment = new Map<number, Speaker[]>();
    const voiceBySegment = new Map<number, { sources: Source[]; relays: string[]; media?: boolean }>();
    doc.sentences.forEach((sentence, index) => {
      const text = doc.slice(sentence.span);
      const sourceLine = /^source:\s*/i.exec(text);
      if (sourceLine) {
        const found = attribute(doc, index, lastBySegment.get(sentence.segment) ?? []);
        if (found) voiceBySegment.set(sentence.segment, { sources: [...found.sources], relays: [...found.relays] });
        return;
      }
      // Sentences with no claim matter only where they name a speaker that a later "he said" points back to.
      if (sentence.candidate === false && !doc.within(doc.mentions, sentence.span).some((m) => m.kind !== "state")) return;
      const found = attribute(doc, index, lastBySegment.get(sentence.segment) ?? []);
      if (found && found.voice !== "outlet") {
        if (sentence.candidate !== false) doc.attributions.push(found);
        // A report whose lead credits another outlet ("..., according to Merkur") relays that outlet throughout.
        if (found.voice === "media" && !voiceBySegment.has(sentence.segment) && isLead(doc, index)) voiceBySegment.set(sentence.segment, { sources: [...found.sources], relays: [...found.relays], media: true });
        lastBySegment.set(sentence.segment, found.sources.map((s) => ({ span: found.span ?? sentence.span, source: s, voice: found.voice, kind: "person" })));
        return;
      }
      if (sentence.candidate === false) return;
      const voice = voiceBySegment.get(sentence.segment);
      doc.attributions.push({
        sentence: index,
        sources: voice?.sources ?? [{ speaker: null, org: doc.meta.outlet, country: null }],
        span: null,
        spans: [],
        relays: voice?.relays ?? [],
        voice: voice ? (voice.media ? "media" : "named") : "outlet",
        stated: null,
      });
    });
  };
}

/** The first two body sentences of a segment. */
function isLead(doc: ArmsDocument, index: number): boolean {
  const segment = doc.sentences[index].segment;
  const body = doc.sentences.map((s, i) => [s, i] as const).filter(([s]) => s.segment === segment && !s.headline);
  return body.slice(0, 2).some(([, i]) => i === index);
}

function attribute(doc: ArmsDocument, index: number, last: readonly Speaker[]): Attribution | null {
  const sentence = doc.sentences[index];
  const { start, end } = sentence.span;
  const text = doc.slice(sentence.span);
  const speakers = speakersIn(doc, sentence.span, last);
  const chosen: Speaker[] = [];
  const relays: string[] = [];
  // Those who pass a claim on ("Wi said, citing the institute") speak too: they are no parties.
  const passedOn: Speaker[] = [];

  // "Kyiv: 60 missiles used ...", "Seoul: ...": a headline that names its source first.
  const lead = speakers.find((s) => s.span.start === start && /^\s*:/.test(doc.text.slice(s.span.end, s.span.end + 2)));
  // "... to Russia: JCS", "...: defence chief": a headline that names its source last.
  const tail = speakers.find((s) => s.span.end === end && /:\s*$/.test(doc.text.slice(Math.max(start, s.span.start - 3), s.span.start)));
  if (lead) chosen.push(lead);
  else if (tail) chosen.push(tail);
  // "according to X", "as cited by X": the speaker right after the phrase.
  for (const m of matchAll(speech.according, text, start)) {
    const group = groupAfter(doc, speakers, m.end, 4);
    if (!group.length) continue;
    if (/cited|reported|quoted/i.test(m.text)) relays.push(...group.map((g) => g.source.org ?? "").filter(Boolean));
    else chosen.push(...group);
  }
  // "X said", "..., said X". Where "according to" named only an outlet ("the minister said, according to
  // Yonhap"), the one who said it is the source and the outlet relays it.
  const accordingMedia = chosen.length > 0 && chosen.every((c) => c.kind === "media" || c.kind === "outlet");
  const accorded = accordingMedia ? chosen.splice(0, chosen.length) : [];
  if (!chosen.length) {
    for (const m of matchAll(speech.verb, text, start)) {
      const lead = doc.text.slice(Math.max(start, m.start - 12), m.start);
      // "is believed to", "was reported": passive, nobody is named as saying it.
      if (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(lead)) continue;
      // "..., said X." (X ends the clause): the speaker follows the verb.
      const after = /[,”"’']\s*$/.test(lead) ? groupAfter(doc, speakers, m.end, 3) : [];
      const tail = doc.text.slice(after.length ? after[after.length - 1].span.end : end, end);
      const inverted = after.length && (/^\s*(?:\S+\s*){0,2}(?:[.,;:]|$)/.test(tail) || /^\s+(?:Posted|Published|Updated|By)\b/.test(tail)) ? after : [];
      chosen.push(...(inverted.length ? inverted : groupBefore(doc, speakers, m.start, 5)));
      // "told the BBC": the outlet passes on what the speaker told it.
      if (/^told$/i.test(m.text)) relays.push(...groupAfter(doc, speakers, m.end, 1).map((g) => g.source.org ?? "").filter(Boolean));
    }
    // A state named as a speaker ("Seoul believes") gives way to the people and bodies that speak in the same sentence.
    if (chosen.some((c) => c.kind !== "state")) chosen.splice(0, chosen.length, ...chosen.filter((c) => c.kind !== "state"));
    const told = new Set(relays);
    chosen.splice(0, chosen.length, ...chosen.filter((c) => !told.has(c.source.org ?? "") || c.source.speaker));
    const media = new Set(accorded.map((a) => a.source.org));
    const speakersOnly = chosen.filter((c) => !media.has(c.source.org) && c.kind !== "media");
    if (accorded.length && speakersOnly.length) {
      chosen.splice(0, chosen.length, ...speakersOnly);
      relays.push(...accorded.map((a) => a.source.org ?? "").filter(Boolean));
    } else if (accorded.length) chosen.splice(0, chosen.length, ...accorded);
  }
  // "citing X": X is the source, whoever cites it relays it.
  for (const m of matchAll(speech.relay, text, start)) {
    if (/cited by|via/i.test(m.text)) continue;
    const cited = groupAfter(doc, speakers, m.end, 4);
    if (!cited.length) continue;
    relays.unshift(...chosen.map((c) => c.source.org ?? c.source.speaker ?? "").filter(Boolean));
    passedOn.push(...chosen);
    chosen.splice(0, chosen.length, ...cited);
    // "citing Yonhap, which quoted the defence minister": follow the chain to its origin.
    for (let hop = 0; hop < 4; hop++) {
      const last = chosen[chosen.length - 1];
      const next = /^\s*,?\s*(?:which|who)\s+(?:quoted|cited|relayed|was citing|was quoting)\s+/i.exec(doc.text.slice(last.span.end, end));
      if (!next) break;
      const further = groupAfter(doc, speakers, last.span.end + next[0].length, 3);
      if (!further.length) break;
      relays.unshift(...chosen.map((c) => c.source.org ?? c.source.speaker ?? "").filter(Boolean));
      passedOn.push(...chosen);
      chosen.splice(0, chosen.length, ...further);
    }
  }
  if (!chosen.length) return relays.length ? null : null;
  const sources = preferPeople(chosen);
  const voice = sources.some((s) => s.voice === "named") ? "named" : sources[0].voice;
  const stated = doc.times.find((t) => t.speech && t.span.start >= start && t.span.end <= end)?.period.start ?? null;
  return { sentence: index, sources: sources.map((s) => s.source), span: sources[0].span, spans: [...chosen, ...passedOn, ...accorded].map((c) => c.span), relays, voice, stated };
}

/** Where a person and the body or role they speak for stand together, the person is the source. */
function preferPeople(list: Speaker[]): Speaker[] {
  const unique = list.filter((s, i) => list.findIndex((o) => sameSource(o.source, s.source)) === i);
  return unique.filter(
    (s) => !(s.kind !== "person" && unique.some((p) => p.kind === "person" && p.source.country === s.source.country && s.source.country !== null)),
  );
}

function sameSource(a: Source, b: Source): boolean {
  return a.speaker === b.speaker && a.org === b.org && a.country === b.country;
}

const between = (doc: ArmsDocument, a: number, b: number) => doc.text.slice(Math.min(a, b), Math.max(a, b));
const tokens = (s: string) => s.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
const joinable = (gap: string) => /^\s*(?:and\s+)?$/.test(gap);

/** The speakers standing just before `at` (within `maxGap` words), with those joined to them by "and" or apposition. */
function groupBefore(doc: ArmsDocument, speakers: readonly Speaker[], at: number, maxGap: number): Speaker[] {
  const objectOf = (s: Speaker) => /\b(?:to|from|with|for|of|in|into|on|by|about|told)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, s.span.start - 12), s.span.start));
  const before = speakers.filter((s) => s.span.end <= at && !(s.kind === "state" && objectOf(s)) && !/\btold\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, s.span.start - 10), s.span.start))).sort((a, b) => b.span.end - a.span.end);
  if (!before.length) return [];
  const gap = between(doc, before[0].span.end, at);
  if (/[.;:“”"?!]/.test(gap) || tokens(gap) > maxGap) return [];
  const group = [before[0]];
  for (const s of before.slice(1)) {
    const g = between(doc, s.span.end, group[group.length - 1].span.start);
    // "A and B said"; or apposition, a role right before its holder ("White House spokesman John Kirby").
    if (joinable(g) || (/^[\s,]*$/.test(g) && s.kind !== group[group.length - 1].kind)) group.push(s);
    else break;
  }
  return group;
}

function groupAfter(doc: ArmsDocument, speakers: readonly Speaker[], at: number, maxGap: number): Speaker[] {
  const after = speakers.filter((s) => s.span.start >= at).sort((a, b) => a.span.start - b.span.start);
  if (!after.length) return [];
  const gap = between(doc, at, after[0].span.start);
  // "according to the first report of the Monitoring Team": a document stands between, its author speaks.
  const document = /\b(?:report|study|analysis|assessment|statement|data|figures|estimates?|findings|survey|review|briefing|document|paper)\s+(?:of|by|from)\s+(?:the\s+)?$/i.test(gap);
  if (/[.;:“”"?!]/.test(gap) || tokens(gap) > (document ? maxGap + 5 : maxGap)) return [];
  const group = [after[0]];
  for (const s of after.slice(1)) {
    const g = between(doc, group[group.length - 1].span.end, s.span.start);
    if (joinable(g) || (tokens(g) <= 2 && !/[.;:“”",]/.test(g))) group.push(s);
    else break;
  }
  return group;
}

/** Every candidate speaker of a sentence: gazetteer mentions, unnamed officials, media, pointers, unknown names. */
function speakersIn(doc: ArmsDocument, s: Span, last: readonly Speaker[]): Speaker[] {
  const text = doc.slice(s);
  const mentions = doc.within(doc.mentions, s);
  const out: Speaker[] = [];
  for (const m of mentions) {
    const speaker = fromMention(doc, m);
    if (speaker) out.push(speaker);
  }
  const free = (a: number, b: number) => !out.some((o) => o.span.start < b && a < o.span.end);
  for (const m of matchAll(speech.pointer, text, s.start)) {
    if (!last.length || !free(m.start, m.end)) continue;
    // "the officials said" still speaks for unnamed officials, "the news outlet notes" for that outlet.
    for (const l of last) out.push({ ...l, span: { start: m.start, end: m.end }, voice: l.voice === "unnamed" || l.voice === "media" ? l.voice : "pointer", kind: "pointer" });
  }
  // "senior US officials", "officials in Washington" (unnamed), "Ukrainian intelligence", "the defence
  // ministry in Berlin" (a body named by its state and a common noun).
  for (const [re, voice] of [[speech.unnamed, "unnamed"], [speech.bodyNoun, "named"]] as const) {
    for (const m of matchAll(re, text, s.start)) {
      // "US officials", "NATO officials", "Pentagon officials": the state or body they serve stands before them.
      const adj = mentions.filter((x) => (x.kind === "state" || (voice === "unnamed" && x.kind === "body")) && x.span.end <= m.start && /^[\s\p{L}'’]*$/u.test(between(doc, x.span.end, m.start)) && tokens(between(doc, x.span.end, m.start)) <= 2);
      const from = adj.length ? Math.min(...adj.map((x) => x.span.start)) : m.start;
      const qualifier = /(?:senior|unnamed|anonymous|prominent|two|three|several|some)\s+$/i.exec(doc.text.slice(Math.max(s.start, from - 12), from));
      const span = { start: qualifier ? from - qualifier[0].length : from, end: m.end };
      // "officials in Washington": the state they serve follows them.
      const seat = mentions.find((x) => x.kind === "state" && x.span.start >= m.end && /^\s+in\s+(?:the\s+)?$/.test(between(doc, m.end, x.span.start)));
      const country = adj[0]?.state ?? seat?.state ?? null;
      if (voice === "named" && !country) continue;
      if (seat) span.end = seat.span.end;
      out.splice(0, out.length, ...out.filter((o) => !((o.kind === "state" || o.kind === "body") && o.span.start >= span.start && o.span.end <= span.end)));
      if (!free(span.start, span.end)) continue;
      const org = doc.text.slice(span.start, span.end).replace(/^(?:the|a|an)\s+/i, "");
      out.push({ span, source: { speaker: null, org, country }, voice, kind: voice === "named" ? "body" : "unnamed" });
    }
  }
  for (const m of matchAll(speech.media, text, s.start)) {
    const adj = mentions.find((x) => x.kind === "state" && x.span.end <= m.start && /^\s*$/.test(between(doc, x.span.end, m.start)));
    const span = { start: adj ? adj.span.start : m.start, end: m.end };
    if (!free(span.start, span.end) && !adj) continue;
    out.splice(0, out.length, ...out.filter((o) => o !== undefined && !(adj && o.span.start === adj.span.start)));
    if (!free(span.start, span.end)) continue;
    out.push({ span, source: { speaker: null, org: doc.text.slice(span.start, span.end), country: null }, voice: "media", kind: "media" });
  }
  for (const m of matchAll(properName, text, s.start)) {
    if (!free(m.start, m.end) || m.text.split(/[ -]/).some((w) => titles.has(w))) continue;
    out.push({ span: { start: m.start, end: m.end }, source: { speaker: m.text, org: orgNear(doc, mentions, m.end), country: null }, voice: "named", kind: "person" });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** "Joe Byrne, senior analyst at the Open Source Centre": the body or outlet named in the apposition. */
function orgNear(doc: ArmsDocument, mentions: readonly Mention[], at: number): string | null {
  const next = mentions.find((m) => m.span.start >= at && (m.kind === "body" || m.kind === "outlet"));
  if (!next || tokens(between(doc, at, next.span.start)) > 6 || /[.;“”"]/.test(between(doc, at, next.span.start))) return null;
  return next.name;
}

function fromMention(doc: ArmsDocument, m: Mention): Speaker | null {
  switch (m.kind) {
    case "person":
      return { span: m.span, kind: "person", voice: "named", source: { speaker: m.name, org: (m.org && findBody(m.org)?.name) || null, country: m.state } };
    case "body":
      // "NATO officials", "Pentagon sources": unnamed people of a body pass on what it holds.
      if (/\b(?:officials|sources|insiders|diplomats)$/i.test(doc.slice(m.span))) return { span: m.span, kind: "unnamed", voice: "unnamed", source: { speaker: null, org: doc.slice(m.span), country: m.state } };
      return { span: m.span, kind: "body", voice: "named", source: { speaker: null, org: m.name, country: m.state } };
    case "outlet": {
      const own = doc.meta.outlet !== null && m.name.toLowerCase() === doc.meta.outlet.toLowerCase();
      // A think tank or open-source research group states its own findings; news media pass on others'.
      const researcher = ["think-tank", "osint"].includes(outletByName(m.name)?.kind ?? "");
      return { span: m.span, kind: "outlet", voice: own ? "outlet" : researcher ? "named" : "media", source: { speaker: null, org: m.name, country: null } };
    }
    case "state": {
      if (m.form !== "name" && m.form !== "seat" && m.form !== "alias") return null;
      // "the UK-based Open Source Centre": where a body is based, not who speaks.
      if (/^-based\b/.test(doc.text.slice(m.span.end, m.span.end + 7))) return null;
      const adjective = stateByIso3(m.entity)?.adjectives?.[0] ?? m.name;
      return { span: m.span, kind: "state", voice: "named", source: { speaker: null, org: `${adjective} government`, country: m.state } };
    }
  }
}

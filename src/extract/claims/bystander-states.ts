import type { Span } from "../../core/span.js";
import type { SentenceSyntax } from "../syntax/arguments.js";
import grammar from "../../knowledge/chunks.json" with { type: "json" };
import data from "./bystander-states.json" with { type: "json" };

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const venuePrepositions = set(data.venuePrepositions);
const venueNouns = set(data.venueNouns);
const frontNouns = set(data.frontNouns);
const travelPrepositions = set(data.travelPrepositions);
const travelNouns = set(data.travelNouns);
const travelLinks = set(data.travelLinks);
const sayingVerbs = set(data.sayingVerbs);
const permissionNouns = set(data.permissionNouns);
const permissionPrepositions = set(data.permissionPrepositions);
const hostVerbs = set(data.hostVerbs);
const reportingNouns = set(grammar.reportingHeads);
const permitVerbs = set(data.permitVerbs);
const othersNouns = set(data.othersNouns);
const othersActs = set(data.othersActs);
const rangeNouns = set(data.rangeNouns);

export type Bystander = "venue" | "permits" | "lets" | "host" | "speaker" | "front" | "judge" | "range";

/**
 * Why the state named at `span` stands by a transfer rather than taking part, by the phrase it is in:
 * a venue where it is talked about ("at talks in Paris", "speaking during a trip to Madrid", "said in Rome"), a
 * state that permits others to act ("once it gets Vienna's approval", "with the consent of Germany")
 * or lets others give ("Rome will approve requests from allies that want to send tanks"), or one that
 * hosts ("a fair hosted by Pakistan"). Null where it may be a party.
 *
 *     "Speaking in Rome, the minister said Chile sold jets to Peru" -> Rome: "venue"
 */
export function bystander(span: Span, syntax: SentenceSyntax): Bystander | null {
  if (syntax.empty) return null;
  const { tokens, chunks } = syntax;
  const t = tokens.findIndex((k) => k.span.start <= span.start && span.start < k.span.end);
  if (t < 0) return null;
  if (endOfRange(span, t, tokens)) return "range";
  const n = chunks.findIndex((c) => c.from <= t && t < c.to);
  const c = chunks[n];
  if (!c || c.kind !== "NP") return null;
  const lemma = (i: number) => tokens[i]?.lemma.toLowerCase() ?? "";
  if (describesSpeaker(n, syntax)) return "speaker";
  if (judgesInRelative(t, n, syntax)) return "judge";
  // "Rome will approve requests from allies that want to send tanks", "Washington authorised partners to
  // transfer jets": the subject of a verb of permitting, whose object is others who give.
  const verb = chunks[n + 1];
  const others = chunks[n + 2];
  if (verb?.kind === "VP" && permitVerbs.has(lemma(verb.head)) && others?.kind === "NP" && othersNouns.has(lemma(others.head))) return "lets";
  // "now that Berlin has cleared the re-export", "Paris approves re-transfers": acts only others do.
  if (verb?.kind === "VP" && permitVerbs.has(lemma(verb.head)) && others?.kind === "NP" && othersActs.has(lemma(others.head))) return "lets";
  // "Vienna's approval", "Germany's blessing": the owner of a permission grants it.
  if (c.possessive >= 0 && t < c.possessive && permissionNouns.has(lemma(c.head))) return "permits";
  // The word right before the phrase, and the phrase before that.
  const p = chunks[n - 1];
  const g = chunks[n - 2];
  if (!p || !g || p.to - p.from !== 1) return null;
  const prep = lemma(p.from);
  const head = lemma(g.head);
  if (g.kind === "NP" && venuePrepositions.has(prep) && venueNouns.has(head)) return "venue";
  // "depots near the front line in Ukraine": where the fighting is, not who gets what goes there.
  if (g.kind === "NP" && prep === "in" && (frontNouns.has(head) || (/^lines?$/.test(head) && lemma(g.head - 1) === "front"))) return "front";
  // "speaking during a trip to Madrid", "told reporters on a visit to Rome": a journey a speaker is on.
  // (Not "during the trip to Russia, North Korea agreed to send shells": the host may be the partner.)
  if (g.kind === "NP" && travelPrepositions.has(prep) && travelNouns.has(head)) {
    const link = chunks[n - 3];
    if (!link || link.to - link.from !== 1 || !travelLinks.has(lemma(link.from))) return null;
    // "The charge came from the US envoy on Monday, on a trip to Rome, and ...": a trip set off by commas after
    // a clause has begun tells where its source was, even with no verb of saying. (Not "Kim, on a visit to
    // Russia, agreed to send shells": before any verb the trip may be to the partner.)
    const after = chunks[n + 1];
    if (chunks[n - 4]?.code === "," && (!after || after.code === "," || after.code === ".") && chunks.slice(0, n - 4).some((x) => x.kind === "VP")) return "venue";
    const v = chunks[n - 4]?.kind === "NP" ? chunks[n - 5] : chunks[n - 4];
    return v?.kind === "VP" && sayingVerbs.has(lemma(v.head)) ? "venue" : null;
  }
  if (g.kind === "NP" && permissionPrepositions.has(prep) && permissionNouns.has(head)) return "permits";
  if (g.kind === "VP" && (prep === "in" || prep === "at") && sayingVerbs.has(head)) return "venue";
  if (g.kind === "VP" && prep === "by" && hostVerbs.has(head)) return "host";
  return null;
}

/**
 * Whether the state named at `span` (its first word at token `t`) is one end of a span of many states: "allies from
 * Oslo to Ottawa", or ", from Chile to Japan," set off after a clause that names many states ("some thirty states
 * have joined, from Chile to Japan, ..."). The nouns are rangeNouns (bystander-states.json); "from Iran to Russia"
 * with no such noun before it is a flow and no range.
 *
 *     "Allies from Oslo to Ottawa have promised help" -> Oslo: true, Ottawa: true
 */
function endOfRange(span: Span, t: number, tokens: readonly SentenceSyntax["tokens"][number][]): boolean {
  const lemma = (i: number) => tokens[i]?.lemma.toLowerCase() ?? "";
  const name = (i: number) => tokens[i]?.pos === "PROPN";
  // The first word after a name that starts at i (past "the").
  const past = (i: number) => {
    let j = i;
    if (lemma(j) === "the") j++;
    if (!name(j)) return -1;
    while (name(j)) j++;
    return j;
  };
  let last = t;
  while (last + 1 < tokens.length && tokens[last + 1].span.start < span.end) last++;
  const before = lemma(t - 1) === "the" ? t - 2 : t - 1;
  let from = -1;
  let end = -1;
  if (lemma(before) === "from" && lemma(last + 1) === "to") {
    from = before;
    end = past(last + 2);
  } else if (lemma(before) === "to") {
    for (let f = before - 1; f >= Math.max(0, before - 5); f--) {
      if (lemma(f) !== "from") continue;
      if (past(f + 1) === before) from = f;
      break;
    }
    end = last + 1;
  }
  if (from < 0 || end < 0) return false;
  // "allies from Oslo to Ottawa": the noun of many right before.
  // (A plural that opens the sentence may be tagged as a name: "Partners from Lisbon to Helsinki"; not "the United States".)
  const many = (i: number) => (tokens[i]?.pos === "NOUN" || tokens[i]?.pos === "PROPN") && rangeNouns.has(lemma(i)) && lemma(i - 1) !== "united";
  if (many(from - 1)) return true;
  // "some thirty states have joined, from Chile to Japan,": an aside at the close of a clause naming many.
  if (lemma(from - 1) !== "," || !(end >= tokens.length || lemma(end) === "," || lemma(end) === ".")) return false;
  for (let i = from - 2; i >= 0 && lemma(i) !== "," && lemma(i) !== ";"; i--) if (many(i)) return true;
  return false;
}

/**
 * Whether the state named at `span` describes the ones who report, as the word right after it in its noun
 * phrase: "Latvian intelligence's estimates show ...", "Dutch officials' data suggest ...", even where
 * the tagger runs the phrase on into the verb ("estimates show" read as one noun phrase).
 *
 *     "Latvian intelligence's estimates show that Iran shipped missiles" -> Latvian: true
 */
export function namesReporter(span: Span, syntax: SentenceSyntax): boolean {
  if (syntax.empty) return false;
  const { tokens, chunks } = syntax;
  let last = tokens.findIndex((k) => k.span.start <= span.start && span.start < k.span.end);
  if (last < 0) return false;
  while (last + 1 < tokens.length && tokens[last + 1].span.start < span.end) last++;
  const c = chunks.find((x) => x.from <= last && last < x.to);
  const next = last + 1;
  if (!c || c.kind !== "NP" || next >= c.to || c.head === last) return false;
  return reportingNouns.has(tokens[next].lemma.toLowerCase());
}

const relativeWords = set(data.relativeWords);
const judgingVerbs = set(data.judgingVerbs);

/**
 * Whether the state at token `t` (in chunk `n`) is the subject of a relative clause that judges a figure or an
 * account: "..., a count that Israeli officers consider modest", "a total which Japan regards as low". The
 * judge comments on the transfer; where the text names no giver, it must not stand in for one. The tagger may
 * run the verb into the noun phrase ("Polish analysts call" read as one phrase).
 *
 *     "Shells went to Russia, a figure that Polish analysts call conservative" -> Polish: true
 */
function judgesInRelative(t: number, n: number, syntax: SentenceSyntax): boolean {
  const { tokens, chunks } = syntax;
  const c = chunks[n];
  const lemma = (i: number) => tokens[i]?.lemma.toLowerCase() ?? "";
  const next = chunks[n + 1];
  const verbs = tokens.slice(t + 1, c.to).map((_, k) => t + 1 + k);
  if (next?.kind === "VP") verbs.push(next.head);
  if (!verbs.some((v) => judgingVerbs.has(lemma(v)))) return false;
  // The relative word right before the phrase, or before a comma-enclosed aside ("that, if anything, ...").
  let r = c.from - 1;
  if (syntax.word(r) === ",") {
    let k = r - 1;
    while (k > r - 6 && k >= 0 && syntax.word(k) !== ",") k--;
    if (k < 0 || syntax.word(k) !== ",") return false;
    r = k - 1;
  }
  if (r < 1 || !relativeWords.has(syntax.word(r))) return false;
  // "officials said that Japan considers ...": a clause after a verb is no relative clause about a figure.
  const before = chunks.find((x) => x.from <= r - 1 && r - 1 < x.to);
  return before !== undefined && before.kind !== "VP" && !sayingVerbs.has(lemma(r - 1));
}

const sourceLeads = set(data.sourceLeads);
const personRelatives = set(data.personRelatives);

/**
 * Whether chunk `n` stands in a relative clause that tells who the source is: "..., according to Budanov, who
 * spoke to a US site", "..., said an analyst, who writes for a British weekly". A state named there is where
 * the source speaks or works, no party to what the source tells.
 */
function describesSpeaker(n: number, syntax: SentenceSyntax): boolean {
  const { tokens, chunks } = syntax;
  const word = (i: number) => syntax.word(i);
  let k = n - 1;
  while (k >= 0 && k >= n - 8 && chunks[k].code !== "W" && chunks[k].code !== "," && chunks[k].code !== ";" && chunks[k].code !== "S" && chunks[k].code !== "U") k--;
  if (k < 3 || chunks[k].code !== "W" || !personRelatives.has(word(chunks[k].from)) || chunks[k - 1].code !== ",") return false;
  const who = chunks[k - 2];
  if (who.kind !== "NP") return false;
  // "according to Budanov" (the tagger may hold the lead inside the phrase, or just before it).
  const lead = (from: number) => [...sourceLeads].some((l) => l.split(" ").every((w, i) => word(from + i) === w));
  if (lead(who.from) || lead(who.from - 2)) return true;
  // ", said an analyst, who ...": a source named after its verb of saying.
  const verb = chunks[k - 3];
  return verb?.kind === "VP" && sayingVerbs.has(tokens[verb.head]?.lemma.toLowerCase() ?? "") && chunks[k - 4]?.code === ",";
}

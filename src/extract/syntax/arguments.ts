import type { ArmsDocument, Token } from "../../core/document.js";
import { indexAt, type Span } from "../../core/span.js";
import grammar from "../../knowledge/chunks.json" with { type: "json" };
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import frames from "../claims/party-frames.json" with { type: "json" };
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import departure from "../claims/shapes/departure.json" with { type: "json" };
import { chunk, type Chunk } from "./chunk.js";

/** Why a state named in a sentence plays no part in its transfer. */
export type NotAParty =
  | "target" // "fired at Ukraine", "the invasion of Ukraine", "the Ukrainian city"
  | "aggressor" // "Russia's war", "Russian attacks": named for what it does, not what it gives or gets
  | "relation" // "Ukraine's allies": the possessor describes others
  | "reporting" // "reports from Kyiv", "US officials", "Russian President"
  | "purpose" // "for use in its war against Ukraine", "to strike Ukrainian cities"
  | "place" // "the Russian military in Ukraine": where another party stands
  | "speaker" // "the US said Russian crews trained in Iran": the state says, others act
  | "aside" // "deliveries to Russia, welcomed by Belarus": the agent of a participle that is no transfer
  | "measure" // "funds in United Arab Emirates dirhams": the state names a currency, not a party
  | "observer" // "US sailors found missiles bound for Yemen": the state watches the trade
  | "seat"; // "analysts at a think tank in Washington said": where the one who says sits

/** The arguments of one transfer word: who gives, who receives (noun-phrase spans), and the voice. */
export interface Arguments {
  readonly giver: readonly Span[];
  readonly receiver: readonly Span[];
  readonly passive: boolean;
  /** The giver is the one a verb of blame names ("accused the firms of shipping"), not whoever stands before. */
  readonly accused?: boolean;
  /** A bare participle after the object of another verb ("flies F-14s bought before 1979"): it describes that object. */
  readonly describing?: boolean;
  /** Of such a participle: the words from the object it describes to the end of its own complements. */
  readonly reach?: Span;
}

export type TransferRole = "give" | "get" | "use" | "pay" | "giveNoun" | "getNoun";

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const placed = set(shapes.presence.placed);
const soilNouns = set(shapes.presence.soilNouns);
const institutions = set(grammar.institutions);
const targetPreps = set(grammar.targetPrepositions);
/** Verbs of leaving (claims/shapes/departure.json): their object is the place left, not who gets the goods. */
const leaving = set(departure.verbs);
const beneficiaryHeads = set(grammar.beneficiaryHeads);
const hostileHeads = set(grammar.hostileHeads);
const relationHeads = set(grammar.relationHeads);
const hostileVerbs = set(grammar.hostileVerbs);
const personnel = set(grammar.personnel);
const reportingHeads = set(grammar.reportingHeads);
const measureHeads = set(grammar.measureHeads);
const edgeHeads = set(grammar.edgeHeads);
const asideAgentVerbs = set(grammar.asideAgentVerbs);
const linkingParticiples = set(grammar.linkingParticiples);
const reportingPreps = set(grammar.reportingPrepositions);
const speechVerbs = set(grammar.speechVerbs);
const seatPreps = set(grammar.seatPrepositions);
const citingVerbs = set(grammar.citingVerbs);
const saidThings = set(grammar.saidThings);
const destinationWords = set(grammar.destinationWords);
const joiningWords = grammar.joiningWords.map((w) => w.toLowerCase());
const floatingQuantifiers = new Set(grammar.floatingQuantifiers);
const purposeStarts = byFirstWord(grammar.purposeStarts.map((seq) => seq.map((w) => w.toLowerCase())));
const requestVerbs = set(grammar.requestVerbs);
const accuseVerbs = set(grammar.accuseVerbs);
const keepVerbs = set(grammar.keepVerbs);
const asideStarts = byFirstWord(grammar.asideStarts.map((seq) => seq.map((w) => w.toLowerCase())));

/** Word sequences filed under their first word, in their order: a word tries only the sequences it can open. */
function byFirstWord(seqs: readonly (readonly string[])[]): Map<string, readonly (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  for (const seq of seqs) {
    const list = out.get(seq[0]);
    if (list) list.push(seq);
    else out.set(seq[0], [seq]);
  }
  return out;
}
const groupHeads = new Set(grammar.groupHeads);
const copulas = set(grammar.copulas);
/** Past participles: regular ones and the irregular ones of chunks.json irregularParticiples. */
const participles = new RegExp(`^(?:\\p{L}+ed|${grammar.irregularParticiples.join("|")})$`, "u");
const agentNouns = set(grammar.agentNouns);
const vesselWords = set(transferData.verbOnly);
const rankingWords = set(grammar.rankingWords);
const movingVerbs = set(grammar.movingVerbs);
const arrivingAtVerbs = set(grammar.arrivingAtVerbs);
const reachingVerbs = set(grammar.reachingVerbs);
const controlVerbs = set(grammar.controlVerbs);
const winVerbs = set(frames.winVerbs);
const orderNouns = set(frames.orderNouns);
const signVerbs = set(frames.signVerbs);
const signedNouns = set(frames.signedNouns);
const subordinators = set(frames.subordinators);
const observingVerbs = set(grammar.observingVerbs);

/** A preposition-like single word: "to" before a noun phrase counts. */
const isPrep = (c: Chunk | undefined) => !!c && c.kind === "O" && (c.code === "I" || c.code === "t");

/** The syntaxes built for a document, by its tagged words (SentenceSyntax.of). */
const syntaxSeen = new WeakMap<readonly Token[], Map<string, SentenceSyntax>>();
/** Of those, the first built of each sentence (by its span), whatever its transfer words. */
const firstBuilt = new WeakMap<Map<string, SentenceSyntax>, Map<string, SentenceSyntax>>();

/** Whether two words are tagged alike (the retagging copies a word it changes). */
const sameTag = (a: Token, b: Token) => a === b || (a.pos === b.pos && a.lemma === b.lemma && a.span.start === b.span.start && a.span.end === b.span.end);

/**
 * The shallow syntax of one sentence: its chunks, the part each state named in it plays, and the
 * arguments of its transfer words. Built from the tokens of tag-sentences; an untagged sentence gives
 * an empty syntax that answers nothing (callers keep their own heuristics).
 */
export class SentenceSyntax {
  readonly tokens: readonly Token[];
  readonly chunks: readonly Chunk[];
  /** Index of the chunk of each token. */
  private readonly chunkOf: number[];
  private readonly words: string[];
  /** Token indexes where a purpose clause starts, with where it ends. */
  private readonly purposes: { from: number; to: number }[] = [];
  /** Token indexes of asides of what is left out ("excluding ..."), with where they end. */
  private readonly asides: { from: number; to: number }[] = [];

  constructor(
    private readonly text: string,
    tokens: readonly Token[],
    /** Spans of the sentence's transfer words: an infinitive of one of them opens no purpose clause. */
    private readonly triggers: readonly Span[] = [],
    /** The syntax of the same words built with other transfer words: its chunks serve where the retagging agrees. */
    same?: SentenceSyntax,
  ) {
    this.words = same ? same.words : tokens.map((t) => text.slice(t.span.start, t.span.end).toLowerCase());
    this.tokens = this.retag(tokens);
    // (The chunks depend on the retagged words and the text only: where every word is tagged alike, they are the same.)
    if (same && same.tokens.length === this.tokens.length && this.tokens.every((t, i) => sameTag(t, same.tokens[i]))) {
      this.chunks = same.chunks;
      this.chunkOf = same.chunkOf;
    } else {
      this.chunks = tokens.length ? chunk(this.tokens, text) : [];
      this.chunkOf = new Array<number>(tokens.length).fill(-1);
      this.chunks.forEach((c, n) => {
        for (let i = c.from; i < c.to; i++) this.chunkOf[i] = n;
      });
    }
    this.findPurposes();
  }

  /**
   * wink tags "supplies" and "exports" as nouns after a name ("China supplies the Russian army"): a transfer
   * word between a name and what could be its object is a verb.
   */
  private retag(tokens: readonly Token[]): Token[] {
    const out = this.retagTriggerNouns(tokens);
    // "Spain and Italy each sent", "have both delivered": a quantifier that floats after the subject, right before a
    // transfer word, is an adverb, and that word the verb (the tagger reads "each sent" as a noun phrase).
    for (let i = 1; i + 1 < out.length; i++) {
      if (!floatingQuantifiers.has(this.words[i]) || out[i].pos !== "DET" || !this.inTrigger(out[i + 1].span)) continue;
      if (!["AUX", "PROPN", "NOUN", "PRON"].includes(out[i - 1].pos)) continue;
      out[i] = { ...out[i], pos: "ADV" };
      if (out[i + 1].pos !== "VERB") out[i + 1] = { ...out[i + 1], pos: "VERB" };
    }
    return out;
  }

  private retagTriggerNouns(tokens: readonly Token[]): Token[] {
    return tokens.map((t, i) => {
      if (t.pos !== "NOUN" || i === 0 || i + 1 >= tokens.length || !this.inTrigger(t.span)) return t;
      const prev = tokens[i - 1].pos;
      const next = tokens[i + 1].pos;
      // ("a Russian ship Rasul Gamztoz": after a phrase opened before the name, "ship" names a vessel.)
      if (vesselWords.has(this.words[i]) && this.opensPhrase(tokens, i)) return t;
      return prev === "PROPN" && ["DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"].includes(next) ? { ...t, pos: "VERB" } : t;
    });
  }

  /** Whether an article opens a run of modifiers and names that ends before token `i` ("a 200-foot Chilean"). */
  private opensPhrase(tokens: readonly Token[], i: number): boolean {
    let k = i - 1;
    while (k >= 0 && i - k <= 6 && (["PROPN", "ADJ", "NUM", "NOUN"].includes(tokens[k].pos) || /^[-‑]$/.test(this.words[k]))) k--;
    return k >= 0 && k < i - 1 && tokens[k].pos === "DET" && /^(?:a|an|the)$/.test(this.words[k]) && tokens[k + 1].pos !== "PROPN";
  }

  /** The syntax of a sentence of a document (its tokens come from tag-sentences). */
  static of(doc: ArmsDocument, sentence: Span, triggers: readonly Span[] = []): SentenceSyntax {
    // Claim assembly asks for the same sentence's syntax two or three times (its parties, the clause default,
    // arrivals): built once per sentence and transfer words of the document's tagged words. (Read-only once built.)
    let built = syntaxSeen.get(doc.tokens);
    if (!built) syntaxSeen.set(doc.tokens, (built = new Map()));
    const words = `${sentence.start}:${sentence.end}`;
    let key = words;
    for (const t of triggers) key += `,${t.start}-${t.end}`;
    let syntax = built.get(key);
    if (!syntax) {
      // (Another syntax of the same sentence, with other transfer words, lends its chunks where it can.)
      const same = firstBuilt.get(built)?.get(words);
      built.set(key, (syntax = new SentenceSyntax(doc.text, doc.within(doc.tokens, sentence), triggers, same)));
      let firsts = firstBuilt.get(built);
      if (!firsts) firstBuilt.set(built, (firsts = new Map()));
      if (!same) firsts.set(words, syntax);
    }
    return syntax;
  }

  /** The word of token `i`, in lower case ("" past the sentence). */
  word(i: number): string {
    return this.words[i] ?? "";
  }

  get empty(): boolean {
    return this.tokens.length === 0;
  }

  /** Whether the word at `span` heads or stands in a noun phrase ("its support", "the supply of"), not a verb group. */
  isNoun(span: Span): boolean {
    const t = this.tokenAt(span.start);
    return t >= 0 && this.chunks[this.chunkOf[t]]?.kind === "NP";
  }

  /** Why the state named at `span` is no party to the sentence's transfers, or null where it may be one. */
  notAParty(span: Span): NotAParty | null {
    const first = this.tokenAt(span.start);
    if (first < 0) return null;
    let last = first;
    while (last + 1 < this.tokens.length && this.tokens[last + 1].span.start < span.end) last++;
    if (this.purposes.some((p) => first >= p.from && first < p.to)) return "purpose";
    if (this.asides.some((p) => first >= p.from && first < p.to)) return "aside";
    if (this.inStillAside(span)) return "aside";
    const c = this.chunks[this.chunkOf[first]];
    if (!c || c.kind !== "NP") return null;
    const headWord = this.words[c.head];
    const headLemma = this.tokens[c.head].lemma;
    const isHead = c.head >= first && c.head <= last;
    const possessor = c.possessive === last + 1;
    if (!isHead) {
      // "Russia's war", "Russian attacks", "the Ukrainian city": the state is named for its acts or as a place hit.
      if (hostileHeads.has(headWord) || hostileHeads.has(headLemma)) return possessor ? "aggressor" : c.possessive >= 0 && first > c.possessive ? "target" : "aggressor";
      // "Ukraine's allies", "their Russian counterparts": the state describes others.
      if (relationHeads.has(headWord) || relationHeads.has(headLemma)) return "relation";
      if (reportingHeads.has(headWord) || reportingHeads.has(headLemma)) return "reporting";
      // ("promised Kyiv 200 million euros": a state before the figure is the first object, not the currency's.)
      if (measureHeads.has(headWord) && !this.tokens.slice(last + 1, c.head).some((t, i) => t.pos === "NUM" || /^\d/.test(this.words[last + 1 + i]))) return "measure";
      // "depots near the Ukrainian border", "Russia's coast": the state names where something is.
      if (edgeHeads.has(headWord)) return "place";
    }
    if (isHead && this.speaks(this.chunkOf[first])) return "speaker";
    if (isHead && this.seatOfSpeaker(this.chunkOf[first])) return "seat";
    if (this.tailSpeaker(this.chunkOf[first])) return "speaker";
    // ("Danish sailors spotted": a describer of who watches; "its navy found sources of supply" may buy.)
    if (!isHead && this.watches(this.chunkOf[first])) return "observer";
    // "Iran to swap oil for jets - US": a headline names its source last, after a dash.
    const n = this.chunkOf[first];
    const dash = this.chunks[n - 1];
    if (dash && dash.to - dash.from === 1 && /^[-–—]$/.test(this.words[dash.from]) && this.chunks.slice(n + 1).every((x) => x.kind === "O" && (x.code === "U" || x.code === ";"))) return "reporting";
    // "attacking Ukraine with Iranian drones", "to strike Israel": the object of a verb of attack is hit.
    const verb = this.chunks[this.chunkOf[first] - 1];
    if (verb?.kind === "VP" && !verb.passive && (hostileVerbs.has(this.tokens[verb.head].lemma) || hostileVerbs.has(this.words[verb.head])) && !this.inTrigger(verb.head)) return "target";
    const before = this.prepositionOf(this.chunkOf[first]);
    if (before) {
      const prep = this.words[before.from];
      // ("on Kyiv's behalf": the state is served, not hit.)
      // ("jets arrived at Gomel", "the ship docked at Tartus": where a thing arrives at is no target.)
      const mover = this.chunks[this.chunkOf[before.from] - 1];
      const arrivedAt = prep === "at" && mover?.kind === "VP" && arrivingAtVerbs.has(this.tokens[mover.head].lemma);
      // ("launchers were stationed on Belarusian soil": the ground where a participle of placing puts goods is no target.)
      const onGround = prep === "on" && mover?.kind === "VP" && placed.has(this.words[mover.head]) && soilNouns.has(headWord);
      if (targetPreps.has(prep) && !arrivedAt && !onGround && !this.inTrigger(before.from) && !beneficiaryHeads.has(headWord)) return "target";
      const participle = this.chunks[this.chunkOf[before.from] - 1];
      if (prep === "by" && participle?.kind === "VP" && asideAgentVerbs.has(this.words[participle.head]) && !this.inTrigger(participle.head)) return "aside";
      const governor = this.chunks[this.chunkOf[before.from] - 1];
      if (governor?.kind === "NP") {
        const g = this.words[governor.head];
        const gl = this.tokens[governor.head].lemma;
        // "the border with Ukraine", "the frontier of Poland": a place.
        if (edgeHeads.has(g) && ["with", "of"].includes(prep)) return "place";
        // "the invasion of Ukraine", "the war in Ukraine", "attacks against Kyiv".
        if ((hostileHeads.has(g) || hostileHeads.has(gl)) && ["of", "in", "on", "against", "into"].includes(prep)) return "target";
        // "reports from Kyiv", "accusations by the United States" (but "claims of Belarus sending
        // arms": the state is the subject of what is reported).
        if ((reportingHeads.has(g) || reportingHeads.has(gl)) && reportingPreps.has(prep) && !this.subjectOfGerund(this.chunkOf[first])) return "reporting";
        // "the Russian military in Ukraine", "Wagner's forces in Mali": a party's place, not a party
        // (but "troops in Russia" is a transfer word of presence, and so is not read here).
        // (Only the phrase right after "in": "in Ukraine and the Wagner group" may join a receiver.)
        if (prep === "in" && this.chunkOf[before.from] === this.chunkOf[first] - 1 && !this.inTrigger(before.from) && this.namesAState(governor)) return "place";
      }
    }
    return null;
  }

  /**
   * Whether the noun phrase that ends at `span` is the subject of a verb group that moves nothing ("Soldiers
   * unload the missiles, delivered as part of ...", "The crews train on the jets"): people named there act,
   * they are not goods. Not before a transfer word ("soldiers have been sent") nor a passive.
   */
  actsOtherwise(span: Span): boolean {
    const t = this.tokenAt(span.start);
    if (t < 0) return false;
    const n = this.chunkOf[t];
    const c = this.chunks[n];
    const v = this.chunks[n + 1];
    if (!c || c.kind !== "NP" || this.tokens[c.to - 1].span.end !== span.end || !v || v.kind !== "VP" || v.passive) return false;
    if (this.tokens[v.head].pos !== "VERB" || /ing$/.test(this.words[v.head]) || movingVerbs.has(this.tokens[v.head].lemma) || movingVerbs.has(this.words[v.head])) return false;
    for (let i = v.from; i < v.to; i++) if (this.inTrigger(i)) return false;
    // (The words after the verb may still be a transfer word's: "troops arrived in" is read by its own shape.)
    return !this.triggers.some((x) => x.start >= this.tokens[v.from].span.start && x.start <= this.tokens[v.to - 1].span.end + 1);
  }

  /**
   * Whether `span` stands in a relative clause set off by commas between a subject and its own verb
   * ("Sweden and Norway, which paid for the repairs, have delivered ..."): the aside describes the subject,
   * the verb after it tells what the subject does.
   */
  inRelativeAside(span: Span): boolean {
    return this.relativeAsideAt(span) !== null;
  }

  /** The chunks (from the relative word to the closing comma, exclusive) of the relative aside `span` stands in (inRelativeAside), or null. */
  private relativeAsideAt(span: Span): { from: number; to: number } | null {
    const t = this.tokenAt(span.start);
    if (t < 0) return null;
    const n = this.chunkOf[t];
    let w = n;
    while (w >= 0 && this.chunks[w].code !== "W" && this.chunks[w].code !== "," && this.chunks[w].code !== ";" && this.chunks[w].code !== "S") w--;
    if (w < 2 || this.chunks[w].code !== "W" || this.chunks[w - 1].code !== "," || this.chunks[w - 2].kind !== "NP") return null;
    let e = n + 1;
    while (e < this.chunks.length && e <= n + 12 && this.chunks[e].code !== "," && this.chunks[e].code !== ";" && this.chunks[e].code !== "W" && this.chunks[e].code !== "S" && this.chunks[e].code !== "U") e++;
    return this.chunks[e]?.code === "," && this.chunks[e + 1]?.kind === "VP" ? { from: w, to: e } : null;
  }

  /**
   * Whether the state at `span` is named inside a relative aside that moves nothing ("Lisbon, which had urged the
   * Italian cabinet for weeks, pledged six guns"): the aside tells about the subject, and a state it names (whom the
   * subject pressed, what it long bought from) takes no part in what the clause gives. An aside with a transfer word of
   * its own ("Chile, which sold jets to Peru, ...") keeps its parties.
   */
  private inStillAside(span: Span): boolean {
    const a = this.relativeAsideAt(span);
    if (!a) return false;
    const from = this.tokens[this.chunks[a.from].from].span.start;
    const to = this.tokens[this.chunks[a.to].from].span.start;
    return !this.triggers.some((x) => x.start >= from && x.start < to);
  }

  /**
   * Where `span` is a bare participle right after the noun phrase that opens its clause ("the first shells bought
   * by Spain have reached Ukraine", "said the tanks ordered by Chile had landed in Peru"), and the clause's own verb
   * after it is one of arriving (chunks.json reachingVerbs): the phrase that verb reaches (after "in", "at" or
   * "to"). The participle describes the goods; the verb of arriving tells where they went. Null otherwise.
   */
  placeReachedBySubject(span: Span): Span | null {
    const t = this.tokenAt(span.start);
    if (t < 0) return null;
    const n = this.chunkOf[t];
    const c = this.chunks[n];
    if (!c || c.kind !== "VP" || c.passive || c.to - c.from !== 1 || !participles.test(this.words[c.head]) || this.chunks[n - 1]?.kind !== "NP") return null;
    // (The noun phrase opens its clause: the sentence's start, "that", a comma, or a verb of saying before it. A head
    // noun of a load with "of" before the goods, "the first shipment of shells bought by Spain", opens it as well.)
    let l = n - 2;
    while (l >= 1 && isPrep(this.chunks[l]) && this.words[this.chunks[l].from]?.toLowerCase() === "of" && this.chunks[l - 1].kind === "NP") l -= 2;
    const lead = this.chunks[l];
    if (lead && !["S", ",", ";", "U"].includes(lead.code) && !(lead.kind === "VP" && speechVerbs.has(this.tokens[lead.head].lemma))) {
      if (!(lead.kind === "O" && this.words[lead.from] === "that")) return null;
    }
    // (The participle's own phrases, prepositions and noun phrases only, then the clause's verb.)
    let v = n + 1;
    while (v < this.chunks.length && v <= n + 8 && (this.chunks[v].kind === "NP" || isPrep(this.chunks[v]))) v++;
    const verb = this.chunks[v];
    if (v === n + 1 || !verb || verb.kind !== "VP" || verb.passive || !reachingVerbs.has(this.tokens[verb.head].lemma)) return null;
    let p = v + 1;
    if (isPrep(this.chunks[p]) && ["in", "at", "to"].includes(this.words[this.chunks[p].from])) p++;
    const place = this.chunks[p];
    return place?.kind === "NP" ? this.spanOf(place.from, place.to) : null;
  }

  /**
   * Whether `span` is an infinitive that tells what the subject's noun is for, with the sentence's own verb of
   * moving still to come ("the Danish-led effort to buy shells abroad sent 300,000 of them to Kyiv"): the
   * subject is named by its aim, and the verb after it tells what the subject does.
   */
  inSubjectInfinitive(span: Span): boolean {
    const t = this.tokenAt(span.start);
    if (t < 0) return false;
    const n = this.chunkOf[t];
    // (A common noun: in a headline, "Denmark to finance three radar units" is the name's own verb, no aim.)
    if (this.chunks[n]?.kind !== "TO" || this.chunks[n - 1]?.kind !== "NP" || this.tokens[this.chunks[n - 1].head].pos !== "NOUN") return false;
    // (The noun stands in the subject: no verb group, comma or clause break before it.)
    for (let k = 0; k < n - 1; k++) if (this.chunks[k].kind === "VP" || this.chunks[k].kind === "TO" || [",", ";", "W", "S"].includes(this.chunks[k].code)) return false;
    for (let k = n + 1; k < this.chunks.length && ![",", ";", "S"].includes(this.chunks[k].code); k++) {
      const c = this.chunks[k];
      // (Any word of the group: the tagger may join a verb of the infinitive's own clause to it, "may be stored handed".)
      if (c.kind === "VP") for (let i = c.from; i < c.to; i++) if (this.inTrigger(i)) return true;
    }
    return false;
  }

  /**
   * The phrase (a coordination too) that a relative clause with its own subject takes as the object of the
   * verb at `trigger`: "the shells and missiles that Pyongyang has supplied to Moscow" -> "the shells and
   * missiles". Null where the verb heads no such clause.
   */
  objectAntecedent(trigger: Span): Span | null {
    const t = this.tokenAt(trigger.start);
    if (t < 0) return null;
    const v = this.chunkOf[t];
    const subject = this.chunks[v - 1];
    const rel = this.chunks[v - 2];
    const last = v - 3;
    if (this.chunks[v]?.kind !== "VP" || subject?.kind !== "NP" || !rel || this.chunks[last]?.kind !== "NP") return null;
    const relative = (rel.code === "W" && ["which", "that"].includes(this.words[rel.from])) || (rel.kind === "NP" && rel.to - rel.from === 1 && this.words[rel.from] === "that");
    if (!relative) return null;
    let first = last;
    while (first >= 2 && (this.chunks[first - 1].code === "C" || this.chunks[first - 1].code === ",") && this.chunks[first - 2].kind === "NP") first -= 2;
    return this.spanOf(this.chunks[first].from, this.chunks[last].to);
  }

  /** Whether `span` stands in an aside of what is left out: "a package for Ukraine, excluding support for ...". */
  leftOut(span: Span): boolean {
    const t = this.tokenAt(span.start);
    return t >= 0 && this.asides.some((p) => t >= p.from && t < p.to);
  }

  /**
   * The noun phrase that a preposition of `preps` ties the phrase at `span` to ("the components" for
   * "Russian drones" in "the chips in Russian drones"), or null.
   */
  governorOf(span: Span, preps: readonly string[]): Span | null {
    const t = this.tokenAt(span.start);
    if (t < 0) return null;
    const n = this.chunkOf[t];
    const p = this.chunks[n - 1];
    const g = this.chunks[n - 2];
    if (!p || !g || !isPrep(p) || !preps.includes(this.words[p.from]) || g.kind !== "NP") return null;
    return this.spanOf(g.from, g.to);
  }

  /** Whether a verb (other than a transfer word) stands between two offsets: "aid to Israel, sparked by ...". */
  verbBetween(from: number, to: number): boolean {
    return this.tokens.some((t, i) => t.span.start >= from && t.span.end <= to && t.pos === "VERB" && !this.inTrigger(i));
  }

  /**
   * The verb group whose object (or prepositional complement) holds the noun at `span`, over "of" chains ("resume
   * shipments", "kept the contents of its aid packages secret", "relies on deliveries"); null where the noun is a
   * subject, stands after a copula, or the verb is itself a transfer word.
   *
   *     "urged them to resume shipments" (at "shipments") -> "resume"
   */
  governingVerb(span: Span): Span | null {
    const t = this.tokenAt(span.start);
    if (t < 0 || this.chunks[this.chunkOf[t]]?.kind !== "NP") return null;
    const v = this.governingChunk(this.chunkOf[t]);
    return v >= 0 ? this.spanOf(this.chunks[v].from, this.chunks[v].to) : null;
  }

  /** Whether noun phrase chunk `at` is the object of another verb or of a preposition ("flies F-14s", "alongside MiG-29s"), over a coordination. */
  private objectPhrase(at: number): boolean {
    if (this.governingChunk(at) >= 0) return true;
    while (this.chunks[at - 1]?.code === "C" && this.chunks[at - 2]?.kind === "NP") at -= 2;
    return isPrep(this.chunks[at - 1]);
  }

  /** The chunk index of the verb group (no transfer word, copula or passive) whose object holds noun phrase chunk `at`, else -1. */
  private governingChunk(at: number): number {
    const verbal = (c: Chunk | undefined) => c?.kind === "VP" || c?.kind === "TO";
    for (let hop = 0; hop < 4; hop++) {
      const prev = this.chunks[at - 1];
      // ("the contents of its aid packages", "information on the supplies", "F-14s and F-4s": the phrase it hangs on.)
      if ((isPrep(prev) || prev?.code === "C") && this.chunks[at - 2]?.kind === "NP") {
        at -= 2;
        continue;
      }
      const v = verbal(prev) ? at - 1 : isPrep(prev) && verbal(this.chunks[at - 2]) ? at - 2 : -1;
      if (v < 0) return -1;
      const verb = this.chunks[v];
      // ("said the North sent troops": a verb of saying opens a clause; its noun is that clause's subject.)
      const word = this.words[verb.head];
      const lemma = this.tokens[verb.head].lemma;
      return verb.passive || this.inTrigger(verb.head) || copulas.has(word) || copulas.has(lemma) || speechVerbs.has(word) || speechVerbs.has(lemma) ? -1 : v;
    }
    return -1;
  }

  /** Whether the state at `owner` is the possessor in the noun phrase that names `owned` ("China's Taiwan region"). */
  possesses(owner: Span, owned: Span): boolean {
    const a = this.tokenAt(owner.start);
    const b = this.tokenAt(owned.start);
    if (a < 0 || b < 0 || this.chunkOf[a] !== this.chunkOf[b]) return false;
    const c = this.chunks[this.chunkOf[a]];
    let last = a;
    while (last + 1 < this.tokens.length && this.tokens[last + 1].span.start < owner.end) last++;
    return c.kind === "NP" && c.possessive === last + 1 && b > c.possessive;
  }

  /**
   * Who gives and who receives around the transfer word at `trigger`, as far as the phrase structure
   * says: subject, objects and prepositions, in the active or the passive voice.
   *
   *     "Russia was supplied with shells by North Korea" (give, passive) -> giver [North Korea], receiver [Russia]
   */
  argumentsOf(trigger: Span, role: TransferRole): Arguments | null {
    const t = this.tokenAt(trigger.start);
    if (t < 0) return null;
    const at = this.chunkOf[t];
    const c = this.chunks[at];
    if (!c) return null;
    if (c.kind === "NP") return this.nounArguments(at, t, role);
    if (c.kind !== "VP" && c.kind !== "TO") return null;
    // "drones supplied by Iran": a participle right after its noun, with an agent, is a passive too.
    const reduced = c.kind === "VP" && !c.passive && this.chunks[at - 1]?.kind === "NP" && c.to - c.from === 1 && this.words[this.chunks[at + 1]?.from ?? -1] === "by" && !/ing$/.test(this.words[c.head]);
    // "Javelin missiles, delivered as part of US aid to Ukraine": a participle right after a comma and a noun
    // phrase tells of that phrase, in the passive; that phrase is its subject.
    // (Not where the comma closes an aside of partners: "Estonia, together with Latvia, pledged to send" is active.)
    const appositive = c.kind === "VP" && !c.passive && c.to - c.from === 1 && this.chunks[at - 1]?.code === "," && this.chunks[at - 2]?.kind === "NP" && this.chunks[at + 1]?.kind !== "NP" && /(?:ed|en|sent|sold|built|brought|bought)$/.test(this.words[c.head]) && !this.closesJoiningAside(at - 1);
    // "still flies F-14s bought before 1979", "relies on photographs sent in by residents": a bare participle after the
    // object of another verb (no object of its own) describes that object, in the passive; the verb's subject is not its.
    const describing = c.kind === "VP" && !c.passive && !appositive && c.to - c.from === 1 && this.chunks[at - 1]?.kind === "NP" && this.chunks[at + 1]?.kind !== "NP" && participles.test(this.words[c.head]) && this.objectPhrase(at - 1);
    const passive = c.passive || reduced || appositive || describing;
    const accused = this.accusedOf(at);
    const subject = describing ? [] : appositive ? [this.spanOf(this.chunks[at - 2].from, this.chunks[at - 2].to)] : accused ? [accused] : this.subjectOf(at);
    const { objects, preps } = this.complementsOf(at);
    const pp = (...ps: string[]) => preps.filter((p) => ps.includes(p.prep)).map((p) => p.np);
    const withAfter = (np: Span) => preps.some((p) => p.prep === "with" && p.np.start > np.end && !objects.some((o) => o.start > np.end && o.start < p.np.start));
    const giver: Span[] = [];
    const receiver: Span[] = [];
    const stateLike = (np: Span) => this.headsAState(np);
    const verbal = role === "giveNoun" ? "give" : role === "getNoun" ? "get" : role;
    // "Denmark keeps Ukraine's army supplied with shells", "accused Beijing of keeping Russia's industry supplied with
    // tools": a participle of giving with "with" after the object of a verb of keeping (chunks.json keepVerbs); that
    // object receives, the subject of the verb of keeping gives.
    const keeper = describing && verbal === "give" && !pp("by").length && pp("with").length ? this.governingChunk(at - 1) : -1;
    if (keeper >= 0 && this.chunks[keeper].kind === "VP" && keepVerbs.has(this.words[this.chunks[keeper].head])) {
      giver.push(...(this.accusedOf(keeper) ? [this.accusedOf(keeper)!] : this.subjectOf(keeper)));
      receiver.push(this.spanOf(this.chunks[at - 1].from, this.chunks[at - 1].to));
      return { giver, receiver, passive: false, accused: false, describing, reach: this.spanOf(this.chunks[at - 1].from, c.to) };
    }
    if (verbal === "give") {
      // "Chadian troops are stationed in Libya": a word of being somewhere that ends in "in" (shapes.json presence)
      // reads as "are in": its subject is what is there, the place after it receives, whatever the voice.
      // ("Chadian troops are deployed in Libya": a participle of placing, with "in" after it and no agent, so too.)
      const last = this.tokenAt(trigger.end - 1);
      const placedIn = last >= 0 && (this.words[last] === "in" || this.words[last] === "inside" || (placed.has(this.words[last]!) && pp("in", "inside").length > 0 && !pp("to", "into").length));
      if (passive && placedIn && !pp("by").length) {
        giver.push(...subject);
        receiver.push(...pp("in", "inside"));
      } else if (passive) {
        giver.push(...pp("by"));
        receiver.push(...pp("to", "into"));
        // "four radars requested by Moldova will be delivered": who asked for the goods gets them.
        // (Over an auxiliary: "requested by Moldova are to be delivered".)
        let k = this.chunks[at - 1]?.kind === "VP" && this.tokens.slice(this.chunks[at - 1].from, this.chunks[at - 1].to).every((x) => x.pos === "AUX") ? at - 2 : at - 1;
        // (Over a phrase of time or place after the asker: "ordered by India in 2018 are being delivered".)
        for (let hop = 0; hop < 2 && this.chunks[k]?.kind === "NP" && isPrep(this.chunks[k - 1]) && this.words[this.chunks[k - 1].from] !== "by" && this.chunks[k - 2]?.kind === "NP"; hop++) k -= 2;
        const asker = this.chunks[k]?.kind === "NP" && this.words[this.chunks[k - 1]?.from ?? -1] === "by" && this.chunks[k - 2]?.kind === "VP" && requestVerbs.has(this.words[this.chunks[k - 2].head]) ? this.chunks[k] : null;
        if (!receiver.length && asker) receiver.push(this.spanOf(asker.from, asker.to));
        if (!receiver.length) receiver.push(...subject.filter(stateLike));
        // "North Korean shells were shipped to Russia": the origin of what moved gives, where no agent is named.
        if (!giver.length) giver.push(...subject.filter((s) => !stateLike(s)));
      } else if (leaving.has(this.tokens[c.head].lemma) && objects.some(stateLike) && pp("for").some(stateLike)) {
        // "containers of shells left North Korea for Russia" (claims/shapes/departure.ts): the state left gives,
        // the one after "for" receives.
        giver.push(...objects.filter(stateLike));
        receiver.push(...pp("for").filter(stateLike));
      } else {
        giver.push(...subject);
        // "Iraq was the top supplier to India, followed by Saudi Arabia": a copula and an agent noun read as one
        // word of giving (claims/shapes) rank further givers after it.
        const last = this.tokenAt(trigger.end - 1);
        if (last >= 0 && agentNouns.has(this.words[last])) giver.push(...this.rankingAfter(this.chunkOf[last]));
        receiver.push(...pp("to", "into"));
        // "supplied Russia with shells", "gave Ukraine missiles", "arming the rebels"; "supplies the Russian
        // defence industry with machine tools": whatever is supplied with something receives it.
        // ("sent troops to fight": a bare body with no state named, and nothing after it, is what is sent.)
        if (!receiver.length && objects.length) receiver.push(...objects.filter((np, k) => (stateLike(np) && !this.bareBody(np)) || (k === 0 && withAfter(np))));
        // "financing for Ukraine" (but not "food for North Korean weapons": what is paid for, not who gets it).
        if (!receiver.length) receiver.push(...pp("for").filter(stateLike));
      }
    } else if (verbal === "get") {
      if (passive) {
        receiver.push(...pp("by"));
        giver.push(...pp("from"));
      } else {
        receiver.push(...subject);
        giver.push(...pp("from"));
        // "Moscow acquired Iranian drones": without a seller named, the origin of the goods gives.
        if (!giver.length) giver.push(...objects.filter((np) => !stateLike(np)));
      }
    } else if (verbal === "use") {
      // "Russia fired North Korean missiles", "drones used by Russian forces": who uses them has received them;
      // their origin (read elsewhere) gave them.
      receiver.push(...(passive ? pp("by") : subject));
    } else if (verbal === "pay") {
      // "Russia pays Iran for drones", "Putin thanked Kim for the shells": the goods move object -> subject.
      if (passive) return null;
      receiver.push(...subject);
      // ("It pays $5 million under the deal, the largest purchase Chile has made": a state after a comma stands in an
      // aside, no one paid.)
      giver.push(...objects.filter((np) => stateLike(np) && !this.words.slice(c.to, this.tokenAt(np.start)).includes(",")));
    }
    const reach = describing ? this.spanOf(this.chunks[at - 1].from, Math.max(c.to, ...[...objects, ...preps.map((p) => p.np)].map((np) => this.tokenAt(np.end - 1) + 1))) : undefined;
    return { giver, receiver, passive, accused: !!accused, describing, reach };
  }

  /**
   * The noun phrases that receive or use in the sentence's transfers ("Russian troops" in "Russian troops
   * fired Iranian drones" and in "sent shells to Russian troops"): a thing of the trade named there is
   * who gets the goods, not the goods. (A passive subject is left out: "troops were deployed" move.)
   */
  receivingPhrases(triggers: readonly (Span & { readonly role: TransferRole })[]): Span[] {
    const out: Span[] = [];
    for (const t of triggers) {
      const a = this.argumentsOf(t, t.role);
      if (!a || (a.passive && (t.role === "give" || t.role === "giveNoun"))) continue;
      // Only phrases headed by a body of a state ("troops", "forces", "army"): "crude imports" names goods.
      out.push(...a.receiver.filter((np) => this.headsABody(np)));
    }
    return out;
  }

  /** "Russia's purchases of drones from Iran", "North Korean deliveries to Russia", "aid to Ukraine by Germany". */
  private nounArguments(at: number, t: number, role: TransferRole): Arguments | null {
    const c = this.chunks[at];
    // "Iranian-supplied missiles bound for Yemen": the first part of the compound gives.
    const hyphen = t - 1 > c.from && /^[-‑]$/.test(this.words[t - 1]) && this.tokens[t - 1].span.end === this.tokens[t].span.start;
    if (hyphen && (role === "give" || role === "giveNoun")) {
      const { preps } = this.complementsOf(at);
      return { giver: [this.spanOf(c.from, t - 1)], receiver: preps.filter((p) => p.prep === "to" || p.prep === "into").map((p) => p.np), passive: true };
    }
    if (t !== c.head) return null;
    const { preps } = this.complementsOf(at);
    const pp = (...ps: string[]) => preps.filter((p) => ps.includes(p.prep)).map((p) => p.np);
    if (agentNouns.has(this.words[t])) return this.agentArguments(at, pp);
    // "Hanwha clinched an order for howitzers from Poland": an order won comes from its buyer; the winner sells.
    const won = this.chunks[at - 1];
    if (orderNouns.has(this.words[t]) && won?.kind === "VP" && winVerbs.has(this.words[won.head])) return { giver: this.subjectOf(at - 1), receiver: pp("from", "with"), passive: false };
    // "Peru signed a deal with Sweden for 16 jets": the signer buys, the state it signed with sells. A firm that
    // signs with a state ("Chile's Andes Motors signed a contract with Peru") sells to it instead.
    const signing = this.chunks[at - 1];
    if ((role === "getNoun" || role === "get") && signedNouns.has(this.words[t]) && signing?.kind === "VP" && signVerbs.has(this.words[signing.head])) {
      const signer = this.subjectOf(at - 1);
      const other = pp("with", "from").filter((np) => this.headsAState(np));
      // A firm: a name owned by a state ("Chile's Andes Motors"); a state's own body ("Peru's army") still buys.
      const firm = (np: Span) => {
        const sc = this.chunks[this.chunkOf[this.tokenAt(np.start)]];
        return !!sc && sc.possessive >= 0 && sc.possessive < sc.head && this.tokens[sc.head].pos === "PROPN";
      };
      if (!signer.some(firm)) return { giver: other, receiver: signer, passive: false };
      return { giver: signer, receiver: other, passive: false };
    }
    let own: Span[] = c.from < c.head ? [this.spanOf(c.from, c.head)] : [];
    // "Chile and Peru will finish their own deliveries": "their" before the noun stands for every state of the
    // coordination that is the subject of the verb taking the noun as its object, not only the last one named.
    if (own.length && this.words[c.from]?.toLowerCase() === "their" && (this.chunks[at - 1]?.kind === "VP" || this.chunks[at - 1]?.kind === "TO")) {
      const subject = this.subjectOf(at - 1);
      if (subject.length > 1) own = subject;
    }
    // "its use by Indian forces": the user of the goods has them, it did not give them.
    if (role === "use") return { giver: pp("from"), receiver: [...pp("by"), ...own], passive: false };
    const getting = role === "get" || role === "getNoun";
    const giver = getting ? pp("from") : [...pp("by", "from"), ...own];
    const receiver = getting ? [...pp("by"), ...own] : [...pp("to", "into"), ...pp("for").filter((np) => this.headsAState(np))];
    return { giver, receiver, passive: false };
  }

  /**
   * "Chile as a supplier", "Chile was the top supplier", "made Chile a supplier", "Chile, a key exporter":
   * the phrase an agent noun describes gives; a possessor receives ("Peru's biggest supplier"); a ranking
   * ("..., followed by Peru and Bolivia") names further givers.
   *
   *     "with Chile being the top supplier, followed by Peru" -> giver [Chile, Peru]
   */
  private agentArguments(at: number, pp: (...ps: string[]) => Span[]): Arguments {
    const c = this.chunks[at];
    const np = (n: number) => (this.chunks[n]?.kind === "NP" ? this.spanOf(this.chunks[n].from, this.chunks[n].to) : null);
    const prev = this.chunks[at - 1];
    let described: Span | null = null;
    if (isPrep(prev) && ["as", "into"].includes(this.words[prev.from])) described = np(at - 2);
    else if (prev?.kind === "VP" && (copulas.has(this.words[prev.head]) || copulas.has(this.tokens[prev.head].lemma))) described = np(at - 2) ?? this.subjectOf(at - 1)[0] ?? null;
    else if (prev?.kind === "NP" && this.chunks[at - 2]?.kind === "VP") described = np(at - 1);
    else if (prev?.code === ",") described = np(at - 2);
    const giver: Span[] = described ? [described] : [];
    const receiver: Span[] = [...pp("to", "into"), ...pp("for").filter((s) => this.headsAState(s))];
    if (c.possessive >= 0) receiver.push(this.spanOf(c.from, c.possessive));
    if (c.possessive + 1 < c.head && c.from < c.head) giver.push(this.spanOf(Math.max(c.from, c.possessive + 1), c.head));
    giver.push(...this.rankingAfter(at));
    return { giver, receiver, passive: false };
  }

  /** "..., followed by Peru and Bolivia": the next in a ranking after chunk `at`, who give too. */
  private rankingAfter(at: number): Span[] {
    const out: Span[] = [];
    let i = at + 1;
    while (i < this.chunks.length && i <= at + 6 && !(this.chunks[i].kind === "VP" && rankingWords.has(this.words[this.chunks[i].head]))) {
      if (this.chunks[i].code === ";" || this.chunks[i].code === "U") break;
      i++;
    }
    if (this.chunks[i]?.kind === "VP" && rankingWords.has(this.words[this.chunks[i].head]) && isPrep(this.chunks[i + 1]) && this.words[this.chunks[i + 1].from] === "by") {
      for (let k = i + 2; this.chunks[k]?.kind === "NP"; k += 2) {
        out.push(this.spanOf(this.chunks[k].from, this.chunks[k].to));
        if (!(this.chunks[k + 1]?.code === "C" || this.chunks[k + 1]?.code === ",")) break;
      }
    }
    return out;
  }

  /** "accused the firms of shipping drones", "condemned Iran for sending": the accused does what the gerund at chunk `at` says. */
  private accusedOf(at: number): Span | null {
    const own = this.chunks[at];
    const i = at - 1;
    if (own.kind !== "VP" || !/ing$/.test(this.words[own.head]) || this.chunks[i]?.kind !== "O" || !["of", "for"].includes(this.words[this.chunks[i].from])) return null;
    if (this.chunks[i - 1]?.kind !== "NP" || this.chunks[i - 2]?.kind !== "VP" || !accuseVerbs.has(this.words[this.chunks[i - 2].head])) return null;
    return this.spanOf(this.chunks[i - 1].from, this.chunks[i - 1].to);
  }

  /**
   * Whether the comma at chunk `comma` closes an aside opened by a comma and a joining word ("Spain, along with
   * Italy and Portugal,"), with no verb inside: what follows is the verb of the subject before the aside.
   */
  private closesJoiningAside(comma: number): boolean {
    let k = comma - 1;
    while (k >= 0 && comma - k <= 12 && this.chunks[k].code !== "," && this.chunks[k].code !== ";" && this.chunks[k].kind !== "VP") k--;
    if (k < 1 || this.chunks[k].code !== "," || this.chunks[k - 1].kind !== "NP") return false;
    const lead = this.words.slice(this.chunks[k + 1].from, this.chunks[k + 1].from + 3).join(" ");
    return joiningWords.some((w) => lead.startsWith(w));
  }

  /** The noun phrases before a verb group that act as its subject (coordinated ones too). */
  private subjectOf(at: number): Span[] {
    let i = at - 1;
    // "Spain, along with Portugal and Italy, will send": the givers named in the aside join the subject.
    const joined: Span[] = [];
    // "Iran stood by Moscow, supplying it with drones": a participle after a comma shares the subject
    // of the clause before it.
    const own = this.chunks[at];
    if (own.kind === "VP" && own.to - own.from === 1 && /ing$/.test(this.words[own.head]) && this.chunks[i]?.code === ",") {
      // The first verb group of that clause ("Minsk has long been a loyal partner, sending ...").
      let k = i - 1;
      while (k > 0 && this.chunks[k - 1].code !== ";" && this.chunks[k - 1].code !== "S") k--;
      while (k < i && this.chunks[k].kind !== "VP") k++;
      return k < i ? this.subjectOf(k) : [];
    }
    // "attacking Ukraine with Iranian drones and using Mohajer UAVs": a verb after "and" shares the subject
    // of the verb group before it (not the object that verb took).
    if (own.kind === "VP" && this.chunks[i]?.code === "C") {
      let k = i - 1;
      while (k >= 0 && this.chunks[k].kind !== "VP" && this.chunks[k].code !== ";" && this.chunks[k].code !== "S" && this.chunks[k].code !== "W") k--;
      if (k >= 0 && this.chunks[k].kind === "VP") return this.subjectOf(k);
    }
    const isTo = this.chunks[at].kind === "TO";
    while (i >= 0) {
      const c = this.chunks[i];
      if (c.kind === "NP") {
        // "after Pyongyang deployed troops": after a subordinator the phrase right before the verb is its subject.
        if (i === at - 1 && isPrep(this.chunks[i - 1]) && subordinators.has(this.words[this.chunks[i - 1].from])) return [this.spanOf(c.from, c.to)];
        if (isPrep(this.chunks[i - 1])) {
          i -= 2;
          continue;
        }
        const out = [this.spanOf(c.from, c.to)];
        // "Germany and France sent", "Germany, France and Poland sent".
        let j = i - 1;
        while (j >= 1 && this.chunks[j].kind === "O" && (this.chunks[j].code === "C" || this.chunks[j].code === ",") && this.chunks[j - 1].kind === "NP" && !isPrep(this.chunks[j - 2])) {
          out.unshift(this.spanOf(this.chunks[j - 1].from, this.chunks[j - 1].to));
          j -= 2;
        }
        return [...out, ...joined];
      }
      if (c.kind === "O" && c.code === "W") {
        // "North Korea, which sent shells": the relative pronoun stands for the phrase before it.
        let k = i - 1;
        if (this.chunks[k]?.code === ",") k--;
        return this.chunks[k]?.kind === "NP" ? [this.spanOf(this.chunks[k].from, this.chunks[k].to)] : [];
      }
      if (c.kind === "O" && c.code === ",") {
        // ", which is under sanctions," or ", meanwhile," between the subject and its verb: skip the aside.
        let k = i - 1;
        while (k >= 0 && this.chunks[k].code !== "," && this.chunks[k].code !== ";") k--;
        if (k < 0) return [];
        const aside = this.chunks.slice(k + 1, i);
        if (aside.length && (aside[0].code === "W" || !aside.some((x) => x.kind === "VP"))) {
          // (By words, not chunks: "as well as" spans three.)
          const lead = this.words.slice(aside[0].from, aside[0].from + 3).join(" ");
          if (joiningWords.some((w) => lead.startsWith(w))) joined.push(...aside.filter((x) => x.kind === "NP").map((x) => this.spanOf(x.from, x.to)));
          i = k - 1;
          continue;
        }
        return [];
      }
      // "agreed to supply", "chose instead to buy": the subject of the verb that governs the infinitive.
      if (c.kind === "VP" && isTo) return this.subjectOf(i);
      // ("trained in Iran on how to use": an infinitive reaches back over prepositions to its subject.)
      if (c.kind === "VP" || c.kind === "TO" || c.code === ";" || c.code === "S" || (!isTo && (c.code === "I" || c.code === "t"))) return [];
      i--;
    }
    return [];
  }

  /** Noun phrases and prepositional phrases after a verb group, up to the next verb, clause or purpose. */
  private complementsOf(at: number): { objects: Span[]; preps: { prep: string; np: Span }[] } {
    const objects: Span[] = [];
    const preps: { prep: string; np: Span }[] = [];
    let lastPrep: string | null = null;
    for (let i = at + 1; i < this.chunks.length; i++) {
      const c = this.chunks[i];
      if (this.purposes.some((p) => c.from >= p.from && c.from < p.to)) break;
      // "weapons bound for the rebels", "shells destined for Russia": where the goods go.
      if (c.kind === "VP" && c.to - c.from === 1 && destinationWords.has(this.words[c.head]) && isPrep(this.chunks[i + 1]) && ["for", "to"].includes(this.words[this.chunks[i + 1].from])) {
        lastPrep = "to";
        i++;
        continue;
      }
      if (c.kind === "VP" || c.kind === "TO" || c.code === ";" || c.code === "W" || c.code === "S" || c.code === "U") break;
      if (c.kind === "O" && c.code === ",") {
        const next = this.chunks[i + 1];
        if (!next || next.kind === "VP" || next.code === "W" || next.code === "S" || this.chunks[i + 2]?.kind === "VP") break;
        continue;
      }
      if (isPrep(c)) {
        lastPrep = this.words[c.from];
        continue;
      }
      if (c.kind === "NP") {
        const np = this.spanOf(c.from, c.to);
        if (lastPrep) preps.push({ prep: lastPrep, np });
        else objects.push(np);
        // "to Russia and Belarus", "from Bulgaria, Romania and Greece": the preposition reaches over a coordination.
        if (!this.coordinationGoesOn(i)) lastPrep = null;
        continue;
      }
    }
    return { objects, preps };
  }

  /**
   * Whether the noun phrase at chunk `n` goes on in a coordination: "and" and a noun phrase next, or a comma and
   * a noun phrase in a run that "and" (or "or") closes ("Bulgaria, Romania and Greece"; an unclosed comma run may
   * be an apposition or a list of something else).
   */
  private coordinationGoesOn(n: number): boolean {
    if (this.chunks[n + 1]?.code === "C" && this.chunks[n + 2]?.kind === "NP") return true;
    for (let k = n; k < n + 12 && this.chunks[k + 1]?.code === ","; k += 2) {
      if (this.chunks[k + 2]?.code === "C" && this.chunks[k + 3]?.kind === "NP") return true;
      if (this.chunks[k + 2]?.kind !== "NP") return false;
      if (this.chunks[k + 3]?.code === "C" && this.chunks[k + 4]?.kind === "NP") return true;
    }
    return false;
  }

  /**
   * Whether the noun phrase at chunk `n` is the subject of a verb of saying whose clause names its own
   * subject ("the US said Russian crews ..."), not a pronoun that points back ("Iran said it sent").
   */
  private speaks(n: number): boolean {
    // "France and the United States say": each state of a coordination before the verb speaks.
    let v = n + 1;
    while ((this.chunks[v]?.code === "C" || this.chunks[v]?.code === ",") && this.chunks[v + 1]?.kind === "NP") v += 2;
    let m = n;
    while ((this.chunks[m - 1]?.code === "C" || this.chunks[m - 1]?.code === ",") && this.chunks[m - 2]?.kind === "NP") m -= 2;
    const verb = this.chunks[v];
    // (An accuser speaks too: "Japan blamed the traders for shipping".)
    if (!verb || verb.kind !== "VP" || isPrep(this.chunks[m - 1]) || !(speechVerbs.has(this.words[verb.head]) || accuseVerbs.has(this.words[verb.head]))) return false;
    let i = v + 1;
    if (this.chunks[i]?.code === "S") i++;
    // ("personnel that France says are mercenaries": a relative clause whose gap is the subject of what is said.)
    const relative = (c: Chunk | undefined) => c?.code === "W" || (c?.code === "S" && this.words[c.from] === "that");
    if (this.chunks[i]?.kind === "VP" && (relative(this.chunks[m - 1]) || (this.chunks[m - 1]?.kind === "NP" && relative(this.chunks[m - 2])))) return true;
    return this.chunks[i]?.kind === "NP" && this.tokens[this.chunks[i].head].pos !== "PRON";
  }

  /**
   * Whether the noun phrase at chunk `n` is in the phrase of one who speaks, set after a comma in the middle or at
   * the end of a sentence, whose verb of saying takes no clause of its own ("..., the Polish defence minister said on
   * Monday, ..."): the state there, head or describer of the speaker, tells who says, not who gives or gets.
   * (Not where a clause follows the verb, "..., Kyiv said it received": that clause may point back to the state.)
   */
  private tailSpeaker(n: number): boolean {
    let a = n;
    while (a > n - 3 && this.chunks[a - 1]?.kind === "NP") a--;
    const b = this.lastNounPhrase(n);
    const verb = this.chunks[b + 1];
    if (this.chunks[a - 1]?.code !== "," || !verb || verb.kind !== "VP" || verb.passive || !speechVerbs.has(this.words[verb.head]) || this.inTrigger(verb.head)) return false;
    if (this.tokens.slice(this.chunks[a].from, this.chunks[b].to).some((t) => t.pos === "PRON")) return false;
    // ("said on Monday", "said in a statement": phrases of time or place before the comma or the end.)
    let i = b + 2;
    for (let hop = 0; hop < 3 && isPrep(this.chunks[i]) && this.chunks[i + 1]?.kind === "NP"; hop++) i += 2;
    const next = this.chunks[i];
    return !next || next.code === "," || next.code === "U" || next.code === ";";
  }

  /** The last of up to three noun phrases in a row from chunk `n` ("the Polish defence minister"): the verb is next. */
  private lastNounPhrase(n: number): number {
    let b = n;
    while (b < n + 3 && this.chunks[b + 1]?.kind === "NP") b++;
    return b;
  }

  /**
   * Whether the noun phrase at chunk `n` is the subject of a verb of finding or catching sight
   * ("Danish sailors spotted crates of rifles bound for Sudan"): who watches the trade takes no part in it.
   */
  private watches(n: number): boolean {
    const verb = this.chunks[this.lastNounPhrase(n) + 1];
    if (!verb || verb.kind !== "VP" || verb.passive || this.inTrigger(verb.head)) return false;
    return observingVerbs.has(this.words[verb.head]) || observingVerbs.has(this.tokens[verb.head].lemma);
  }

  /**
   * Whether the noun phrase at chunk `n` ends a chain of place phrases after the noun of one who says, inside the
   * phrase of the speaker: before a verb of saying ("analysts at a think tank in Washington said") or after one of
   * citing ("citing researchers at an institute in London"). ("Officials in Minsk said they sent": a pronoun after
   * the verb points back to the state, which stays a party.)
   */
  private seatOfSpeaker(n: number): boolean {
    let m = n;
    while (isPrep(this.chunks[m - 1]) && seatPreps.has(this.words[this.chunks[m - 1].from]) && this.chunks[m - 2]?.kind === "NP") m -= 2;
    // ("Kyiv cited reports of Iran delivering drones": the chain names what is reported, and its subject still gives.)
    if (m === n || saidThings.has(this.words[this.chunks[m].head]) || this.subjectOfGerund(n)) return false;
    const verb = this.chunks[n + 1];
    if (verb?.kind === "VP" && !verb.passive && speechVerbs.has(this.words[verb.head])) {
      let i = n + 2;
      if (this.chunks[i]?.code === "S") i++;
      return !(this.chunks[i]?.kind === "NP" && this.tokens[this.chunks[i].head].pos === "PRON");
    }
    const before = this.chunks[m - 1];
    return before?.kind === "VP" && citingVerbs.has(this.words[before.head]);
  }

  /** Whether the noun phrase at chunk `n` (or the coordination it ends) is followed by an -ing verb: "of Iran sending drones". */
  private subjectOfGerund(n: number): boolean {
    let i = n + 1;
    while (i + 1 < this.chunks.length && (this.chunks[i].code === "C" || this.chunks[i].code === ",") && this.chunks[i + 1].kind === "NP") i += 2;
    const next = this.chunks[i];
    return !!next && next.kind === "VP" && /ing$/.test(this.words[next.head]) && !linkingParticiples.has(this.words[next.head]);
  }

  /** Whether a chunk is a state's own body named by its state ("the Russian military", "Russia's army"). */
  private namesAState(c: Chunk): boolean {
    const head = this.tokens[c.head];
    const institution = institutions.has(head.lemma) || institutions.has(this.words[c.head]);
    const named = this.tokens.slice(c.from, c.head).some((t) => t.pos === "PROPN");
    return institution && named;
  }

  /** "troops", "soldiers": a body of a state with no state named in its phrase (what moves, as an object). */
  private bareBody(np: Span): boolean {
    const c = this.chunks[this.chunkOf[this.tokenAt(np.start)]];
    return !!c && this.tokens[c.head].pos !== "PROPN" && !this.tokens.slice(c.from, c.head).some((t) => t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "PRON" || this.words[this.tokens.indexOf(t)] === "the");
  }

  /** Whether a noun phrase is headed by a body of a state ("the Russian army", "Russian troops"). */
  private headsABody(np: Span): boolean {
    const c = this.chunks[this.chunkOf[this.tokenAt(np.start)]];
    const head = [this.tokens[c?.head ?? 0]?.lemma, this.words[c?.head ?? 0]];
    return !!c && head.some((w) => institutions.has(w) || personnel.has(w));
  }

  /** Whether a noun phrase stands for a state itself ("Russia", "the Russian army", "Russia's military"). */
  private headsAState(np: Span): boolean {
    const t = this.tokenAt(np.start);
    const c = this.chunks[this.chunkOf[t]];
    if (!c) return false;
    const head = this.tokens[c.head];
    return head.pos === "PROPN" || institutions.has(head.lemma) || institutions.has(this.words[c.head]);
  }

  /** The preposition chunk that governs the noun phrase at chunk `n`, reaching over "A and B". */
  private prepositionOf(n: number): Chunk | null {
    let i = n;
    // A comma joins "to A, B and C" only in a list that "and"/"or" closes: in "Over the past months,
    // Russia sent" or "According to officials in Kyiv, Iran sent" the comma ends a fronted phrase.
    let j = n + 1;
    while (this.chunks[j]?.code === "," && this.chunks[j + 1]?.kind === "NP") j += 2;
    let closed = this.chunks[j]?.code === "C" && this.chunks[j + 1]?.kind === "NP";
    while (i >= 2 && (this.chunks[i - 1].code === "C" || (this.chunks[i - 1].code === "," && closed)) && this.chunks[i - 2].kind === "NP") {
      closed ||= this.chunks[i - 1].code === "C";
      i -= 2;
    }
    const p = this.chunks[i - 1];
    return isPrep(p) ? p : null;
  }

  /** "the Russian private military company", "a Yemeni rebel movement" at token `i`: an article, up to four modifiers, a group's head noun. */
  private describesGroup(i: number): boolean {
    if (!["the", "a", "an"].includes(this.words[i].toLowerCase())) return false;
    for (let k = i + 1; k <= i + 5 && k < this.tokens.length; k++) {
      if (groupHeads.has(this.words[k].toLowerCase())) return true;
      if (this.words[k] === "," || this.tokens[k].pos === "VERB" || this.tokens[k].pos === "AUX") return false;
    }
    return false;
  }

  private findPurposes(): void {
    const end = (from: number) => {
      let k = from;
      while (k < this.tokens.length && this.words[k] !== ";" && !(this.words[k] === "," && k > from + 1)) k++;
      return k;
    };
    for (let i = 0; i < this.tokens.length; i++) {
      // (Only after a comma: "all except Germany sent tanks" names who acts.)
      if (i > 0 && this.words[i - 1] === "," && !!asideStarts.get(this.words[i])?.some((s) => s.every((w, k) => this.words[i + k] === w))) {
        this.asides.push({ from: i, to: end(i) });
        continue;
      }
      // ("to the Wagner Group, the Russian private military company fighting in Ukraine,": a description of the name before.)
      if (i > 1 && this.words[i - 1] === "," && this.tokens[i - 2].pos === "PROPN" && this.describesGroup(i)) {
        this.asides.push({ from: i, to: end(i) });
        continue;
      }
      const seq = purposeStarts.get(this.words[i])?.find((s) => s.every((w, k) => this.words[i + k] === w));
      if (seq) {
        this.purposes.push({ from: i, to: end(i) });
        continue;
      }
    }
    // "to strike", "to fight", "to be used": an infinitive after a transfer word tells what for, unless it is
    // itself a transfer word ("agreed to supply").
    const firstTrigger = this.triggers.length ? Math.min(...this.triggers.map((s) => s.start)) : Infinity;
    this.chunks.forEach((c, n) => {
      if (c.kind !== "TO") return;
      const word = this.tokens[c.head];
      if (word.span.start <= firstTrigger) return;
      // "is seeking to distance itself from": the infinitive is what the verb before it aims at, not a purpose.
      const governor = this.chunks[n - 1];
      if (governor?.kind === "VP" && (controlVerbs.has(this.words[governor.head]) || controlVerbs.has(this.tokens[governor.head].lemma))) return;
      // "used a briefing to say Germany has sent tanks", "went on to say": an infinitive of saying opens what is said, no purpose.
      if (speechVerbs.has(this.words[c.head]) || speechVerbs.has(word.lemma)) return;
      // "to be used", "to use against": using is what the goods are for, even where "use" is a transfer word.
      if (["use", "employ", "fire", "be"].includes(word.lemma) || !this.inTrigger(c.head)) this.purposes.push({ from: c.from, to: end(c.from) });
    });
  }

  private inTrigger(token: number | Span): boolean {
    const s = typeof token === "number" ? this.tokens[token].span : token;
    return this.triggers.some((t) => t.start <= s.start && s.end <= t.end);
  }

  private spanOf(from: number, to: number): Span {
    return { start: this.tokens[from].span.start, end: this.tokens[to - 1].span.end };
  }

  /** The token at `offset`, or the next one where it starts within four characters after it (past a space or a quote); else -1. */
  private tokenAt(offset: number): number {
    const at = indexAt(this.tokens, offset);
    if (at >= 0) return at;
    const next = ~at;
    return next < this.tokens.length && this.tokens[next].span.start < offset + 4 ? next : -1;
  }
}

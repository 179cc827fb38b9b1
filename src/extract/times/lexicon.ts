import numbers from "../../knowledge/numbers.json" with { type: "json" };
import times from "../../knowledge/times.json" with { type: "json" };
import { escapeRegExp } from "../../core/escape-regexp.js";

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

/** The typed form of times.json, with the regular expressions built from its lists. */
export interface TimeLexicon {
  readonly months: ReadonlyMap<string, number>;
  readonly monthNames: string;
  readonly yearParts: ReadonlyMap<string, readonly [number, number]>;
  readonly yearPartNames: string;
  readonly monthPartNames: string;
  readonly seasons: string;
  readonly since: RegExp;
  readonly asOf: RegExp;
  /** "by 2024", "until March": a date that ends a period and starts nothing. */
  readonly endOnly: RegExp;
  readonly cumulative: RegExp;
  readonly vague: RegExp;
  readonly speechBefore: RegExp;
  readonly speechAfter: RegExp;
  /** "Back in", "Speaking on": words before the preposition of a date that opens a clause of saying (times.json, speechFront). */
  readonly speechFront: RegExp;
  /** "'s report", "'s briefing": a date that owns a noun of saying (times.json, speechNouns) dates the saying. */
  readonly speechOwner: RegExp;
  /** " report", " briefing": a noun of saying right after a date ("its March report"), which the date then dates (times.json, speechNouns). */
  readonly speechNounAfter: RegExp;
  /** "X, who heads Y, said": an aside between commas after the speaker, group 1 the words before it (times.json, speechAside). */
  readonly speechAside: RegExp;
  readonly sinceWindow: number;
  readonly eventRelative: RegExp;
  /** Cheap test for any word chrono-node could read as a date: where it fails, chrono is not called. */
  readonly dateHint: RegExp;
  /** Small numbers in words and digits, for "the last two months". */
  readonly counts: ReadonlyMap<string, number>;
  readonly countNames: string;
  /** "since the start of Russia's full-scale invasion": an event after a governing word; group 1 or 2 is the event, dated by `start`. */
  readonly events: readonly { readonly re: RegExp; readonly start: string; readonly parties: readonly string[] }[];
  /** "since the war began": a war a count starts from without naming it, told apart by the claim's parties (times.json, unnamedWar). */
  readonly unnamedWar: RegExp;
  /** "since the 2021 coup", "after the 2020 war": an event named by its year and its kind (times.json, yearEventNouns); group 1 the phrase, group 2 the year. */
  readonly yearEvent: RegExp;
  readonly spanNouns: string;
  /** "the 2019 deal": nouns of an agreement whose year starts the deliveries under it. */
  readonly dealNouns: string;
  /** "Russia's 2023 machine-tool imports": nouns of a flow of trade whose year, written before them after their owner, dates it. */
  readonly tradeYearNouns: string;
  /** A done transfer ("has sent", "delivered") before "in six months" makes it a span back from the report. */
  readonly doneBefore: RegExp;
  readonly futureBefore: RegExp;
  /** "will deliver ... in June": a month without a year after these lies ahead of the report. */
  readonly aheadBefore: RegExp;
  /** "From July, Ukraine should receive ...": a clause-opening "from" before a month, and a word of what is to come after it (times.json, aheadFromLead, aheadFromAfter). */
  readonly aheadFromLead: RegExp;
  readonly aheadFromAfter: RegExp;
  /** "arrived", "received": a delivery told done, dated by a date other than its order's (times.json, deliveredAfterOrder). */
  readonly deliveredAfterOrder: RegExp;
  /** "ordered in 2018", "a deal signed in April": words right before a date that make it the date of an order, contract or approval. */
  readonly orderLead: RegExp;
  /** "has signed a contract", "inked a deal": a signing told as done, dated by the day of its saying where it has no date of its own. */
  readonly signedOnSaying: RegExp;
  /** " after signing the contract": a signing told right after a dated saying, done on the day of that saying (times.json). */
  readonly signedAfterSaying: RegExp;
  /** " for", " to buy", " with Qatar worth": the words between such a contract and the claim's first part. */
  readonly signedOnSayingTail: RegExp;
  /** " that the jets had landed": a said clause in the past perfect right after the date of its saying (times.json, saidDone). */
  readonly saidDone: RegExp;
  /** "pledged last May": a verb of promising right before a date; " to send": a verb of giving after it (times.json, pledgeAfter). */
  readonly pledgeBefore: RegExp;
  readonly pledgeAfter: RegExp;
  /** "The package", "this shipment": words that point back to the shipment dated last. */
  readonly shipmentAnaphora: RegExp;
  /** "The deal", "under the agreement": words that point back to a deal told before (times.json, dealAnaphora). */
  readonly dealAnaphora: RegExp;
  /** ", who ...", " which ...": a relative clause that describes something named before it. */
  readonly relativeAfter: RegExp;
  /** ", which were shipped in March": a relative clause right after the claim's thing that tells its shipping (times.json, relativeShipped). */
  readonly relativeShipped: RegExp;
  /** ", in December 2022": from the closing comma of a relative clause to a date of the main clause right after it (times.json, relativeClosed). */
  readonly relativeClosed: RegExp;
  /** ", twice the figure ...", ", up from the estimate ...": a comparison after the claim with an earlier count. */
  readonly comparedAfter: RegExp;
  /** "the seizure", "these munitions": a later sentence that points back to the shipment told before (and may date it). */
  readonly laterDating: RegExp;
  readonly laterDatingReach: number;
  readonly laterDatingWords: number;
  /** "the same day", "hours later": a deed told on the occasion dated before; and words by which such a phrase dates a saying instead (times.json). */
  readonly sameOccasion: RegExp;
  readonly sameOccasionSayings: RegExp;
  /** A speech verb of times.json (speechVerbs), anywhere in a text. */
  readonly speechVerb: RegExp;
  /** "despite", "in spite of": the word that opens a concessive phrase, a time domain of its own. */
  readonly concessive: RegExp;
}

function build(): TimeLexicon {
  // ("the United States on Thursday": a word of a name before "states" makes it no verb of saying.)
  const verbs = `(?<!\\b(?:${alternation(times.speechVerbNotAfter)})\\s+)(?:${alternation(times.speechVerbs)})`;
  return {
    months: new Map(Object.entries(times.months)),
    monthNames: alternation(Object.keys(times.months)),
    yearParts: new Map(Object.entries(times.yearParts).map(([k, v]) => [k, [v[0], v[1]] as const])),
    yearPartNames: alternation(Object.keys(times.yearParts)),
    monthPartNames: alternation(times.monthParts),
    seasons: alternation(times.seasons),
    since: new RegExp(`\\b(?:${alternation(times.since)})\\b`, "gi"),
    endOnly: new RegExp(`\\b(?:${alternation(times.endOnly)})\\s+(?:the\\s+)?$`, "i"),
    asOf: new RegExp(`\\b(?:${alternation(times.asOf)})\\s*$`, "i"),
    cumulative: new RegExp(`\\b(?:${alternation(times.cumulativeCues)})\\b`, "gi"),
    vague: new RegExp(`\\b(?:${alternation(times.vague)})\\b`, "gi"),
    // A speech verb, then up to `speechGap` words ("told reporters"), then the date; a verb of promising only right before it.
    speechBefore: new RegExp(`\\b(?:(?:${verbs})\\b(?:\\s+(?!(?:${alternation(times.notSpeechGap)})\\b)[\\w'’.-]+){0,${times.speechGap}}?|(?:${alternation(times.promiseSpeechVerbs)})\\b)[\\s,]*(?:on|in|at|last|this|earlier|late|on\\s+the)?\\s*$`, "i"),
    // After a date that opens a clause: up to `frontGap` words, then a speech verb.
    speechAfter: new RegExp(`^[\\s,]*(?:[\\w'’-]+[\\s,]+){0,${times.frontGap}}?(?:${verbs})\\b(?!\\s*,)`, "i"),
    speechOwner: new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(times.speechNouns)})\\b`, "iu"),
    speechNounAfter: new RegExp(`^\\s+(?:${alternation(times.speechNouns)})\\b`, "i"),
    speechFront: new RegExp(`(?<!\\p{L})(?:${alternation(times.speechFront)}|${times.speechFrontPhrase})\\s*$`, "iu"),
    speechAside: new RegExp(times.speechAside, "u"),
    sinceWindow: times.sinceWindow,
    eventRelative: new RegExp(`\\b(?:${alternation(times.eventRelative)})\\b`, "i"),
    dateHint: new RegExp(`\\d[-/.]\\d|\\d:\\d|\\b(?:${alternation(Object.keys(times.months))}|${alternation(times.dateHints)})\\b`, "i"),
    counts: new Map([...Object.entries(numbers.units), ...Object.entries(numbers.tens)].filter(([k]) => !k.startsWith("$"))),
    countNames: alternation([...Object.keys(numbers.units), ...Object.keys(numbers.tens)]),
    events: times.events.map((e) => {
      const onset = `(?:the\\s+)?(?:very\\s+)?(?:${alternation(times.eventOnsets)})\\s+of\\s+`;
      const names = `(?:${e.names.join("|").replace(/ /g, "\\s+")})`;
      const bare = "onsetOnly" in e && e.onsetOnly ? "" : "?";
      return {
        re: new RegExp(`\\b(?:(?:${alternation(times.eventGovernors)})\\s+((?:${onset})${bare}${names})|(?:${alternation(times.eventOnsetGovernors)})\\s+(${onset}${names}))\\b`, "gi"),
        start: e.start,
        parties: ("parties" in e ? e.parties : undefined) ?? [],
      };
    }),
    unnamedWar: new RegExp(times.unnamedWar, "iu"),
    yearEvent: new RegExp(`\\b(?:${alternation(times.eventGovernors)})\\s+((?:the\\s+)?(?:(?:${alternation(times.eventOnsets)})\\s+of\\s+(?:the\\s+)?)?((?:19|20)\\d\\d)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(times.yearEventNouns)}))\\b`, "giu"),
    spanNouns: alternation(times.spanNouns),
    dealNouns: alternation(times.dealNouns),
    tradeYearNouns: alternation(times.tradeYearNouns),
    doneBefore: new RegExp(times.doneBefore, "i"),
    futureBefore: new RegExp(times.futureBefore, "i"),
    aheadBefore: new RegExp(times.aheadBefore, "i"),
    aheadFromLead: new RegExp(times.aheadFromLead, "i"),
    aheadFromAfter: new RegExp(times.aheadFromAfter, "i"),
    deliveredAfterOrder: new RegExp(times.deliveredAfterOrder, "i"),
    orderLead: new RegExp(times.orderLead, "u"),
    signedOnSaying: new RegExp(times.signedOnSaying, "gi"),
    signedAfterSaying: new RegExp(times.signedAfterSaying, "iu"),
    signedOnSayingTail: new RegExp(times.signedOnSayingTail, "iu"),
    saidDone: new RegExp(times.saidDone, "iu"),
    pledgeBefore: new RegExp(`\\b(?:${alternation(times.promiseSpeechVerbs)})[\\s,]*(?:on|in|last|this|earlier|on\\s+the)?\\s*$`, "i"),
    pledgeAfter: new RegExp(times.pledgeAfter, "i"),
    relativeAfter: new RegExp(times.relativeAfter, "i"),
    relativeShipped: new RegExp(times.relativeShipped, "i"),
    relativeClosed: new RegExp(times.relativeClosed, "i"),
    comparedAfter: new RegExp(times.comparedAfter, "i"),
    laterDating: new RegExp(`\\b(?:${alternation(times.laterDating)})\\b`, "i"),
    laterDatingReach: times.laterDatingReach,
    laterDatingWords: times.laterDatingWords,
    sameOccasion: new RegExp(`\\b(?:${alternation(times.sameOccasion)})\\b`, "i"),
    sameOccasionSayings: new RegExp(`\\b(?:${alternation(times.sameOccasionSayings)})\\b`, "i"),
    speechVerb: new RegExp(`\\b(?:${verbs})\\b`, "i"),
    concessive: new RegExp(`\\b(?:${alternation(times.concessive)})\\b`, "gi"),
    shipmentAnaphora: new RegExp(`\\b(?:${alternation(times.shipmentAnaphora)})\\b`, "i"),
    dealAnaphora: new RegExp(`\\b(?:${alternation(times.dealAnaphora)})\\b`, "i"),
  };
}

let cached: TimeLexicon | null = null;

/** The time lexicon, built once. */
export function timeLexicon(): TimeLexicon {
  return (cached ??= build());
}

import { dayOrPublished, type Claim, type Quantity, type Source } from "../core/claim.js";
import type { Stage } from "../core/document.js";
import { broaderThan, isCurrency, precisionOf, sameFigure } from "./claims/quantity.js";
import mergeData from "./merge-claims.json" with { type: "json" };
import units from "../knowledge/units.json" with { type: "json" };
import { headlineSources } from "./headline-sources.js";
import { planAndDeed } from "./plan-and-deed.js";
import { opposedSales } from "./claims/opposed-sales.js";
import type { Person } from "../knowledge/gazetteer.js";
import { holderNamedByTitle } from "../knowledge/offices.js";

/**
 * One claim per proposition and source in a document (SCHEMA.md, "One claim or two"): mentions with
 * the same core and source that say the same thing, and whose amounts agree or one gives none, become
 * one claim with the most precise amount, the sentence that carries it, and the most exact source.
 */
const RECENT = 300;

const GENERAL_WORDS = new Set(mergeData.generalWords);
const OUTLET_NOUNS = new Set(mergeData.outletNouns);
const UNNAMED_NOUNS = new Set(mergeData.unnamedNouns);
const ALIAS_BEFORE = new RegExp(`(?:${mergeData.aliasBefore})[-–—,(\\s]*$`, "iu");
const MEASURE_NOUNS = new Set(wordList("measureNouns", mergeData.measureNouns));
const RATE_WORDS = new Set(wordList("rateWords", mergeData.rateWords));
/** "150 more", "40 additional": a word of a further lot right after a figure (units.json `moreAfter`); "a further 150" before it. */
const FURTHER_WORDS = wordList("moreAfter", units.moreAfter).join("|");
const MORE_AFTER = new RegExp(`^\\s{0,3}(?:${FURTHER_WORDS})\\b`, "iu");
const FURTHER_BEFORE = new RegExp(`\\b(?:${FURTHER_WORDS})\\s{1,3}$`, "iu");
const LIST_JOINER = new RegExp(`\\b(?:${wordList("listJoiners", mergeData.listJoiners, true).map((w) => w.replace(/ /g, "\\s{1,3}")).join("|")})\\b`, "iu");
/** A comma right before the second thing, perhaps with its name before it ("launchers, ATAGS howitzers"): a list. */
const LISTED_AFTER_COMMA = /[,;]\s{0,3}(?:[\p{Lu}\d][\p{L}\d-]{0,40}\s{0,3}){0,3}$/u;
/** "parts", "components", "raw materials": words of a part of something named by no weapon (merge-claims.json). */
const PART_WORDS = new Set(wordList("partWords", mergeData.partWords));
/** "including", "such as", "most of them": words that open the examples of a lot just counted (merge-claims.json). */
const EXAMPLES_OF = new RegExp(`\\b(?:${wordList("exampleWords", mergeData.exampleWords, true).map((w) => w.replace(/ /g, "\\s{1,3}")).join("|")})\\b`, "iu");
/** A word pointing back a few words before the second thing ("the remaining aircraft", "Israel's crude"), or a colon or bracket right before it. */
const BACK_REFERENCE = new RegExp(`(?:\\b(?:${wordList("backReferences", mergeData.backReferences).join("|")})\\s{1,3}(?:[\\p{L}\\d-]{1,40}\\s{1,3}){0,3}|['’]s\\s{1,3}(?:[\\p{L}\\d-]{1,40}\\s{1,3}){0,2}|[:()/]\\s{0,3})$`, "iu");

/** A list of merge-claims.json checked as lower-case plain words, or with `phrases` phrases of up to four of them. */
function wordList(name: string, words: readonly string[], phrases = false): readonly string[] {
  const shape = phrases ? /^[a-z]+(?: [a-z]+){0,3}$/ : /^[a-z]+$/;
  if (!words.length || !words.every((w) => shape.test(w))) throw new Error(`merge-claims.json: ${name} must be lower-case ${phrases ? "words or phrases" : "plain words"}`);
  return words;
}

/**
 * What a kept claim has folded in so far: the named things and the figures of all its mentions. A new
 * mention must agree with every one of them, not only with the claim as it stands, so that "missiles",
 * "anti-ship missiles" and "Type-N missiles" do not chain into one claim.
 */
interface Folded {
  readonly things: string[];
  readonly figures: Quantity[];
}

export function mergeClaims(): Stage {
  return (doc) => {
    const kept: Claim[] = [];
    const headlines = new Set(doc.sentences.filter((s) => s.headline).map((s) => s.span.start));
    const headline = (c: Claim) => headlines.has(c.evidence.start);
    const told = bodyDirections(doc.claims, headline);
    const bySentence = new Map<number, Claim[]>();
    for (const c of doc.claims) {
      const same = bySentence.get(c.evidence.start);
      if (same) same.push(c);
      else bySentence.set(c.evidence.start, [c]);
    }
    const leads = new Map<number, number>();
    for (const s of doc.sentences) if (!s.headline && !leads.has(s.segment)) leads.set(s.segment, s.span.start);
    const lead = (c: Claim) => leads.get(c.segment) === c.evidence.start;
    const nextSentence = new Map<number, number>();
    doc.sentences.forEach((s, i) => {
      const next = doc.sentences[i + 1];
      if (next && !s.headline && !next.headline && next.segment === s.segment) nextSentence.set(s.span.start, next.span.start);
    });
    const body = doc.claims.filter((o) => o.kind === "transfer" && !headline(o));
    // A feed item's title sums up its own text, which tells the flow in full: the title's copy of it is no claim of its own.
    const itemRetold = (c: Claim) => doc.sections.length > 0 && body.some((o) => o.segment === c.segment && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item);
    const all = doc.claims;
    doc.claims = all.filter((c) => !isAlias(c, all) && !opposedSales(doc, c, all) && !(headline(c) && (itemRetold(c) || reversedInBody(c, told) || otherwiseInBody(c, body) || retoldInBody(c, body) || headlineRetold(c, all, headline) || shareRetold(c, body) || planToldAsDeed(c, body) || refusedInBody(c, body))) && !echoesNamedSource(c, bySentence.get(c.evidence.start) ?? []) && !(lead(c) && leadRetold(c, all)) && !moneyLeadIn(c, all, nextSentence.get(c.evidence.start)));
    // Only claims of one core can be one: keep them by core so a long page stays linear.
    const byCore = new Map<string, number[]>();
    const folded: Folded[] = [];
    for (const claim of doc.claims) {
      const core = `${claim.kind}|${claim.supplier}|${claim.recipient}`;
      const same = byCore.get(core) ?? [];
      // A headline's "South Korea says" retells what the body credits to its minister.
      // (The last few hundred of a core are enough: a report restates a claim near where it made it.)
      const twin = same.slice(-RECENT).find((i) => !wholeOfSplitLot(kept[i], claim, bySentence, (x, y) => sameProposition(x, y, false, doc.meta.published)) && sameProposition(kept[i], claim, headline(kept[i]) || headline(claim), doc.meta.published) && (agreesWithFolded(folded[i], claim) || toldTwiceInSentence(kept[i], claim)));
      // (A bare mention that names what a lot counted in its sentence is made of joins that lot, whatever its name.)
      const lot = twin === undefined ? same.slice(-RECENT).find((i) => partOfCountedLot(kept[i], claim) || partsOfOneFlow(kept[i], claim)) : undefined;
      if (lot !== undefined) {
        kept[lot] = combine(kept[lot], claim, headline);
        if (claim.quantity) fold(folded[lot], claim);
      } else if (twin === undefined) {
        same.push(kept.length); // (in place: a copy per claim made 30,000 claims of one core quadratic)
        byCore.set(core, same);
        kept.push(claim);
        folded.push({ things: [], figures: [] });
        fold(folded[folded.length - 1], claim);
      } else {
        kept[twin] = combine(kept[twin], claim, headline);
        fold(folded[twin], claim);
      }
    }
    // A headline not folded into its body's claim still names the body's source (headline-sources.ts).
    // In the order the page tells them: a claim a headline retold stands where its body's sentence tells it.
    doc.claims = headlineSources(kept, headline).sort((a, b) => a.evidence.start - b.evidence.start);
  };
}

/**
 * "Ottawa paused a shipment of bombs to Bogota. The halted load was 900 large bombs and 400 small ones.": a bare
 * mention in one sentence and a counted lot in another, where the counted lot's sentence splits the goods into
 * several counts of that item (not sums of money or shares), are not one claim where the bare mention's words fit each
 * count alike: the bare mention tells the whole, each count one part of it, so it stays a claim of its own. A bare
 * mention whose name fits only one count ("Bradley vehicles" beside "59 Bradley and 90 Stryker") is that count.
 */
function wholeOfSplitLot(a: Claim, b: Claim, bySentence: ReadonlyMap<number, readonly Claim[]>, same: (x: Claim, y: Claim) => boolean): boolean {
  if (a.evidence.start === b.evidence.start || !a.quantity === !b.quantity || a.kind !== "transfer") return false;
  const [counted, bare] = a.quantity ? [a, b] : [b, a];
  const q = counted.quantity!;
  // ("11,000 troops last year and 3,000 more": a further lot is no part of one whole.)
  if (q.unit === "percent" || isCurrency(q.unit) || toldAsMore(counted)) return false;
  return (bySentence.get(counted.evidence.start) ?? []).some(
    (o) =>
      o !== counted &&
      o.kind === counted.kind &&
      o.supplier === counted.supplier &&
      o.recipient === counted.recipient &&
      o.item === counted.item &&
      o.quantity?.unit === q.unit &&
      o.quantity.value !== q.value &&
      o.parts.amount?.start !== counted.parts.amount?.start &&
      !toldAsMore(o) &&
      same(bare, o),
  );
}

/** Whether a mention names a specific thing: not "military equipment", "missiles" or the bare item (merge-claims.json). */
function namesThing(c: Claim): c is Claim & { thing: string } {
  if (!c.thing || c.thing.startsWith(c.item) || measureOnly(c)) return false;
  return [...thingWordsOf(c.thing)].some((w) => !GENERAL_WORDS.has(w));
}

/**
 * "Russia was the largest crude supplier, shipping 2.2 million barrels a day": a figure whose thing is only the noun
 * that measures it, and perhaps a rate ("barrels a day", "tonnes per year"; merge-claims.json), names no thing: it counts
 * the thing its sentence names, so the bare "crude" and the counted barrels are one claim.
 */
function measureOnly(c: Claim): boolean {
  if (!c.thing || !c.quantity) return false;
  const words = c.thing.split(/\s+/).filter((w) => w.length > 0);
  return words.length > 0 && MEASURE_NOUNS.has(words[0]) && words.every((w) => MEASURE_NOUNS.has(w) || RATE_WORDS.has(w));
}

/** The words of a thing, hyphenated names split ("Orlan-10" has the word of "Orlan"). */
function thingWordsOf(thing: string): Set<string> {
  return new Set(thing.split(/[\s,\-–]+/).filter((w) => w.length > 0));
}

/** One named thing restates the other when the words of one are all in the other ("PzH 2000 howitzers", "PzH 2000 self-propelled howitzers"). */
function sameNamedThing(a: string, b: string): boolean {
  const [x, y] = [thingWordsOf(a), thingWordsOf(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((w) => large.has(w)) || sameSpecificWords(a, b);
}

/**
 * "Stryker armoured personnel carriers" and "Stryker vehicles": the words of one that are not general words
 * (merge-claims.json) are all in the other, so both name one thing. Things with no such word name nothing specific.
 */
function sameSpecificWords(a: string, b: string): boolean {
  // (Hyphenated words kept whole: "anti-ship" and "anti-aircraft" share no word.)
  const specific = (t: string) => new Set(t.split(/[\s,]+/).filter((w) => w.length > 0).map((w) => w.replace(/s$/, "")).filter((w) => !GENERAL_WORDS.has(w)));
  const [x, y] = [specific(a), specific(b)];
  if (!x.size || !y.size) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((w) => large.has(w));
}

/**
 * "Pyongyang's troops are in Kursk, where the soldiers dig trenches", "Drones: Shahed deliveries have not stopped": in one
 * sentence, two bare mentions of one item by one source, equally sure and of one date, the second pointing back ("the",
 * "its", a colon; merge-claims.json) with no word of a list between them ("and", "as well as") and no comma right before
 * it, are the one thing told twice, not a list of two ("helmets, mine detectors" and "launchers, ATAGS howitzers" stay two).
 */
function toldTwiceInSentence(a: Claim, b: Claim): boolean {
  if (a.evidence.start !== b.evidence.start || a.quantity || b.quantity || a.certainty !== b.certainty) return false;
  if (!sameSource(a.source, b.source) || (a.period?.start ?? null) !== (b.period?.start ?? null)) return false;
  const [x, y] = [a.parts.item, b.parts.item];
  if (!x || !y) return false;
  const [first, second] = x.start <= y.start ? [x, y] : [y, x];
  if (second.start < first.end) return true;
  const between = a.evidence.text.slice(first.end - a.evidence.start, second.start - a.evidence.start);
  return BACK_REFERENCE.test(between) && !LIST_JOINER.test(between) && !LISTED_AFTER_COMMA.test(between);
}

/**
 * "More than 100 ballistic missiles, including KN-23 and KN-24 types, were sent", "about 12,000 troops, with special forces
 * among them", "300 self-propelled howitzers "Koksan"", "Its labourers too: about 8,000 workers went": in one sentence, a
 * bare mention of the item of a lot counted there (not in money or a share), by one source, as sure and of one date, names
 * what the lot is made of; it is no claim of its own. A list word between the two ("and", "as well as"; merge-claims.json)
 * makes a second thing of the list ("eight launchers and ammunition for them"), unless the examples of the lot opened
 * before it ("including ... and ..."); "other" or "more" before the bare mention makes it another lot.
 */
function partOfCountedLot(a: Claim, b: Claim): boolean {
  if (a.evidence.start !== b.evidence.start || !a.quantity === !b.quantity) return false;
  const [counted, bare] = a.quantity ? [a, b] : [b, a];
  const q = counted.quantity!;
  if (q.unit === "percent" || isCurrency(q.unit) || counted.kind !== "transfer") return false;
  if (!oneTelling(bare, counted)) return false;
  const [x, y] = [counted.parts.item, bare.parts.item];
  if (!x || !y || toldAsOther(bare) || toldAsMore(counted)) return false;
  const [first, second] = x.start <= y.start ? [x, y] : [y, x];
  if (second.start < first.end) return true;
  // (The marks inside figures, "8,000" and "2.5", part nothing.)
  const between = counted.evidence.text.slice(first.end - counted.evidence.start, second.start - counted.evidence.start).replace(/(\d)[.,](?=\d)/g, "$1");
  if (/[;.]/.test(between)) return false;
  const examples = EXAMPLES_OF.exec(between);
  if (examples) return !LIST_JOINER.test(between.slice(0, examples.index));
  return !LIST_JOINER.test(between) && !LISTED_AFTER_COMMA.test(between);
}

/**
 * "drone engines and parts", "optics and electronic components", "raw materials and parts": in one sentence, a bare
 * mention of parts made only of words for parts (merge-claims.json), beside another bare mention of parts by one source,
 * as sure and of one date, is the same flow of parts told in two words, one claim. Parts each named for a weapon of its
 * own ("missile components and drone engines", "drone components, warheads") stay two.
 */
function partsOfOneFlow(a: Claim, b: Claim): boolean {
  if (a.evidence.start !== b.evidence.start || a.quantity || b.quantity || a.kind !== "transfer" || a.item !== "raw-materials") return false;
  if (!oneTelling(a, b)) return false;
  const onlyParts = (c: Claim) => !!c.parts.item && c.evidence.text.slice(c.parts.item.start - c.evidence.start, c.parts.item.end - c.evidence.start).toLowerCase().split(/[\s-]+/).every((w) => PART_WORDS.has(w));
  return onlyParts(a) || onlyParts(b);
}

/** Two claims of one flow and item told by one source, as sure and from one date: one telling, read in two mentions. */
function oneTelling(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind || a.supplier !== b.supplier || a.recipient !== b.recipient || a.item !== b.item || a.certainty !== b.certainty) return false;
  return sameSource(a.source, b.source) && (a.period?.start ?? null) === (b.period?.start ?? null);
}

function fold(into: Folded, c: Claim): void {
  if (namesThing(c)) into.things.push(c.thing);
  if (c.quantity) into.figures.push(c.quantity);
}

/**
 * A mention joins a claim only if it agrees with everything folded in so far: a general mention may join a
 * claim of one named thing, but two different named things never merge, not even through a third; and no two
 * figures of one unit merge unless they agree within rounding.
 */
function agreesWithFolded(f: Folded, c: Claim): boolean {
  if (namesThing(c) && !f.things.every((t) => sameNamedThing(t, c.thing))) return false;
  const q = c.quantity;
  if (!q) return true;
  return f.figures.every((p) => p.unit !== q.unit || agreeingFigures(p, q));
}

/**
 * "40 Taurus missiles, also known as KEPD 350": a bare mention named as another name of a thing the same
 * sentence tells with its count, by the same source, is that claim.
 */
function isAlias(c: Claim, all: readonly Claim[]): boolean {
  const item = c.parts.item;
  if (c.quantity || !item || !ALIAS_BEFORE.test(c.evidence.text.slice(0, item.start - c.evidence.start))) return false;
  return all.some((o) => o !== c && o.evidence.start === c.evidence.start && o.kind === c.kind && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item && sameSource(o.source, c.source) && !isAliasSpan(o));
}

function isAliasSpan(c: Claim): boolean {
  return !!c.parts.item && ALIAS_BEFORE.test(c.evidence.text.slice(0, c.parts.item.start - c.evidence.start));
}

/**
 * A headline speaks in noun stacks ("Japan Approves $1 Billion in New Philippines Defense Aid") that read
 * either way: a headline claim whose two parties the body tells only the other way round, and never this
 * way, is the body's flow misread, not a flow of its own.
 */
function reversedInBody(c: Claim, told: ReadonlySet<string>): boolean {
  if (c.kind !== "transfer" || !c.supplier || !c.recipient) return false;
  return told.has(`${c.segment}|${c.recipient}|${c.supplier}`) && !told.has(`${c.segment}|${c.supplier}|${c.recipient}`);
}

/**
 * "Kyiv counts the drones as the Russian leader flies to Tehran" over a body that has the drones go from Tehran to
 * Moscow, "Navy seizes rockets on a ship heading to Lebanon" over one that has Iran send them to Hezbollah: a headline's
 * flow of a thing the body never has its giver give, where the body has the headline's receiver give that thing
 * (things count as one where one covers the other, "arms" and "shells"), or get the very thing (or a group based in
 * it get it) from another giver, is the headline's looser wording, no claim of its own.
 */
function otherwiseInBody(c: Claim, body: readonly Claim[]): boolean {
  // (Containers of unknown cargo name no thing the body could tell another way.)
  if (c.kind !== "transfer" || !c.supplier || !c.recipient || c.item === "goods-unspecified") return false;
  const same = body.filter((o) => o.segment === c.segment && (o.item === c.item || broaderThan(o.item, c.item) || broaderThan(c.item, o.item)));
  if (same.some((o) => o.supplier === c.supplier)) return false;
  // (Another giver to the same receiver only with the very thing: "Spain to send tanks" over "Germany has sent rifles" stands.)
  return same.some((o) => o.supplier && o.recipient && (o.supplier === c.recipient || (o.item === c.item && (o.recipient === c.recipient || o.recipient.startsWith(`${c.recipient}-`)))));
}

/**
 * "Port workers shrug as Seoul counts the North's cargo to Moscow" over a body that has the North send shells to
 * Russia: a headline's bare flow of unnamed goods (no figure) that the body of its segment tells the same way with a
 * thing it names, as sure or as unsure, is the headline's short wording of the body's claim. (A headline that names
 * its thing, "arms" or "munitions", may be the report's own claim of it.)
 */
function retoldInBody(c: Claim, body: readonly Claim[]): boolean {
  if (c.kind !== "transfer" || !c.supplier || !c.recipient || c.quantity || c.item !== "goods-unspecified") return false;
  return body.some((o) => o.segment === c.segment && o.supplier === c.supplier && o.recipient === c.recipient && o.item !== c.item && (o.certainty === "denied") === (c.certainty === "denied"));
}

/** The directions the body of each segment tells transfers in: "segment|supplier|recipient". */
function bodyDirections(all: readonly Claim[], headline: (c: Claim) => boolean): Set<string> {
  return new Set(all.filter((o) => o.kind === "transfer" && !headline(o)).map((o) => `${o.segment}|${o.supplier}|${o.recipient}`));
}

/** The same flow told in full, as sure: with a counted figure (not a share) and a state's source (a lead or a bare mention yields to it). */
function toldInFull(o: Claim, c: Claim): boolean {
  return !!o.quantity && o.quantity.unit !== "percent" && o.source.country !== null && o.certainty === c.certainty;
}

/**
 * "After a long tussle, Berlin has agreed to arm Kyiv with tanks" opening a report whose body then tells, with
 * a figure and a state's source, the 14 tanks the government will send: the lead in the outlet's own voice (or
 * credited to a common noun, "officials concede") sums up the body's claim, it is no claim of its own. Only a
 * bare lead, and only where the body tells the same flow, as sure, with a figure of that item or of a narrower one
 * ("Spain has sent missiles before" opening a report of the 20 missiles Spain will send is a claim of its own).
 */
function leadRetold(c: Claim, all: readonly Claim[]): boolean {
  if (c.kind !== "transfer" || c.quantity || !(isOutletVoice(c) || commonNounSource(c.source))) return false;
  // ("... paused a shipment of bombs. The load was 900 large bombs and 400 small ones": a body that splits the goods into several counts tells parts of the lead's whole.)
  const split = (o: Claim) => all.some((p) => p !== o && p.evidence.start === o.evidence.start && p.item === o.item && p.supplier === o.supplier && p.recipient === o.recipient && p.quantity?.unit === o.quantity?.unit && p.quantity?.value !== o.quantity?.value && !isCurrency(o.quantity!.unit));
  return all.some((o) => o.segment === c.segment && o.evidence.start > c.evidence.start && o.kind === c.kind && o.supplier === c.supplier && o.recipient === c.recipient && (o.item === c.item || broaderThan(c.item, o.item)) && toldInFull(o, c) && !split(o));
}

/**
 * "Money changed hands as well. A ministry abroad put what the seller earned at about $60 million": a bare mention of
 * money in the outlet's own voice, whose very next sentence tells money of the same flow, as sure, with its sum and a
 * state's source, opens that sentence; it is no claim of its own. Money names no thing that could set the two apart, so
 * the sum told right after is that money; goods told bare ("fuel went back") may be a lot of their own and stand.
 */
function moneyLeadIn(c: Claim, all: readonly Claim[], next: number | undefined): boolean {
  if (next === undefined || c.kind !== "transfer" || c.item !== "money" || c.quantity || !isOutletVoice(c)) return false;
  return all.some((o) => o.evidence.start === next && o.kind === c.kind && o.item === c.item && o.supplier === c.supplier && o.recipient === c.recipient && toldInFull(o, c));
}

/**
 * "New jets for the island: what the navy is getting" over a body that credits to a named source (a state's
 * body or a person) the fighters the ministry says arrived: a headline's bare mention in the outlet's own voice
 * sums up the body's claim of the same flow and item, as sure, and is no claim of its own. (A headline with a
 * figure, or one whose flow the body tells only in the outlet's voice, stands.)
 */
function headlineRetold(c: Claim, all: readonly Claim[], headline: (c: Claim) => boolean): boolean {
  if (c.quantity || !isOutletVoice(c) || c.kind !== "transfer") return false;
  return all.some((o) => !headline(o) && o.segment === c.segment && o.kind === c.kind && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item && o.quantity?.unit !== "percent" && (o.source.country !== null || o.source.speaker !== null) && o.certainty === c.certainty);
}

/**
 * "Most of the chips in Moscow's missiles are Chinese, Kyiv says" over a body whose ministry puts the Chinese share of
 * those chips at some 80 per cent: a headline's bare flow (no figure) that the body of its segment tells as a share, with
 * a state's source (of the headline's state, where it names one), is the headline's short wording of that share; it is no
 * claim of its own. (A denial and a telling stay apart.)
 */
function shareRetold(c: Claim, body: readonly Claim[]): boolean {
  if (c.kind !== "transfer" || c.quantity) return false;
  return body.some((o) => o.segment === c.segment && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item && o.quantity?.unit === "percent" && o.source.country !== null && (c.source.country === null || c.source.country === o.source.country) && (o.certainty === "denied") === (c.certainty === "denied"));
}

/**
 * "Capital clears jet sale to Ally" over a body that tells the possible sale of those jets: a headline's verb ("clears",
 * "okays") reads as a deed, though it only sums up the plan the body tells. A headline's bare flow (no figure) told as
 * done, where the body of its segment tells the same parties and item only as a plan or a possible sale, is the
 * headline's short wording of the body's claim. (Where the body also tells it as done, or as reported or believed,
 * the headline may carry a claim of its own that the body's did not take in: it stands.)
 */
function planToldAsDeed(c: Claim, body: readonly Claim[]): boolean {
  if (c.kind !== "transfer" || c.quantity || c.certainty !== "asserted" || !c.supplier || !c.recipient) return false;
  const same = body.filter((o) => o.segment === c.segment && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item);
  return same.length > 0 && same.every((o) => o.certainty === "possible");
}

/**
 * "Berlin pledges air defence, keeps cruise missiles off the table" over a body in which the minister says Germany will
 * not supply the cruise missiles: a headline packs a refusal into a phrase the reader takes for a transfer, where the
 * body of its segment tells that very flow and thing as refused. The headline's bare mention, with no figure of its own,
 * is the body's refusal misread, no claim of its own. (A headline that denies what the body only reports stands: the
 * body may be the one misread.)
 */
function refusedInBody(c: Claim, body: readonly Claim[]): boolean {
  if (c.kind !== "transfer" || c.certainty === "denied" || c.quantity || !c.supplier || !c.recipient) return false;
  return body.some((o) => o.segment === c.segment && o.certainty === "denied" && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item);
}

/** A headline's "arms" counted in the unit the body counts its named goods in ("arms shipments above 20,000 containers" over "20,000 containers of munitions"). */
function looseArms(x: Claim, y: Claim): boolean {
  return x.item === "weapons-unspecified" && y.item !== "goods-unspecified" && !!x.quantity && !!y.quantity && x.quantity.unit === y.quantity.unit;
}

/** Containers of unknown cargo and the same count of containers of something named are one claim. */
function unknownCargo(x: Claim, y: Claim): boolean {
  return x.item === "goods-unspecified" && x.quantity?.unit === "containers" && y.quantity?.unit === "containers" && agreeingFigures(x.quantity, y.quantity);
}

function sameProposition(a: Claim, b: Claim, headline = false, published: string | null = null): boolean {
  if (a.kind !== b.kind || a.supplier !== b.supplier || a.recipient !== b.recipient) return false;
  if (a.item !== b.item && !unknownCargo(a, b) && !unknownCargo(b, a) && !(headline && (looseArms(a, b) || looseArms(b, a)))) return false;
  // A headline speaks loosely ("..., Seoul says", "...: defense chief"): it retells the body's claim of the
  // same core and figure, whoever the body names.
  // ("Monitors say ...", "Officials say ...": a headline's common noun stands for the source the body names.)
  const looseHeadline = headline && ((a.source.country !== null && a.source.country === b.source.country) || a.source.org === a.relays.at(-1) || b.source.org === b.relays.at(-1) || isOutletVoice(a) || isOutletVoice(b) || commonNounSource(a.source) || commonNounSource(b.source) || wordsOfName(a.source, b.source) || wordsOfName(b.source, a.source));
  // "The daily Herald reported ...": the outlet's common noun ("the outlet", "the newspaper") beside its name in one sentence is that outlet.
  const sameSentence = a.evidence.start === b.evidence.start && (outletNoun(a.source) || outletNoun(b.source));
  // A title names the one in office that day: never someone else the report names.
  if (otherThanHolder(a, b, published) || otherThanHolder(b, a, published)) return false;
  if (!sameSource(a.source, b.source) && !looseHeadline && !sameSentence && !oneState(a, b) && !relayedFigure(a, b) && !relayedFigure(b, a) && !oneOfficeHolder(a, b, published)) return false;
  // A denial and an assertion of one transfer say opposite things ("not supplying weapons" and "only provide military items").
  if ((a.certainty === "denied") !== (b.certainty === "denied")) return false;
  if (planAndDeed(a, b)) return false;
  // "Full capacity" and "below capacity" say opposite things.
  // (In one sentence, two things made are a list: "where it makes Lancets and decoy drones" is two claims.)
  if (a.kind === "production") return a.thing === b.thing && sameFigure(a.quantity, b.quantity) && !listedApart(a, b);
  // In one sentence, differently named things are a list: "two Biber and two Dachs tanks" are two claims.
  const generic = a.item === "goods-unspecified" || a.item === "weapons-unspecified" && !a.quantity && !b.quantity;
  const sameThing = generic || !a.thing || !b.thing || a.thing === b.thing || a.thing.includes(b.thing) || b.thing.includes(a.thing) || sameSpecificWords(a.thing, b.thing) || looseThing(a, b) || toldTwiceInSentence(a, b);
  if (a.evidence.start === b.evidence.start && !sameThing) return false;
  // ("four in 2025, four more in 2026 and the other four in 2027": in one sentence, lots of one size are each a lot.)
  if (a.evidence.start === b.evidence.start && a.parts.amount && b.parts.amount && a.parts.amount.start !== b.parts.amount.start && furtherLot(a, b)) return false;
  // Within one report a figure is restated as it was, or rounded (agreeingFigures).
  // (A vague amount holds a point figure only as the same source tells them: a minister's "thousands of short-range
  // drones" is no retelling of the 4,000 drones his government counts.)
  // (A headline speaks in round words: its "thousands of containers" is the body's 6,700, whoever the body credits.)
  // ("148 missiles went last year"; "about 150 more are expected": a further lot is no retelling of the figure before, however close.)
  // (A headline speaks loosely: its "€400m more" is the body's "a further €400 million" and its bare figure the body's lot.)
  if (!headline && a.quantity && b.quantity && toldAsMore(a) !== toldAsMore(b)) return false;
  if (a.quantity && b.quantity) return agreeingFigures(a.quantity, b.quantity, sameSource(a.source, b.source) || headline);
  // A share ("90 per cent of imports") is a figure of its own, not a retelling of a bare mention (in its own sentence, a
  // second word for the goods, "81 per cent of its arms imports, ... in the arms trade", is the same claim).
  if ((a.quantity ?? b.quantity)?.unit === "percent" && a.kind === "transfer" && a.evidence.start !== b.evidence.start) return false;
  const oneBare = !a.quantity || !b.quantity;
  return oneBare && (sameThing || a.segment !== b.segment ? sameThing : false);
}

/** Whether a claim's figure is told as a further lot: a word of one right after the figure ("about 150 more of the missiles") or right before it ("a further 40"). */
function toldAsMore(c: Claim): boolean {
  const amount = c.parts.amount;
  if (!amount) return false;
  const [from, to] = [amount.start - c.evidence.start, amount.end - c.evidence.start];
  return MORE_AFTER.test(c.evidence.text.slice(to, to + 16)) || FURTHER_BEFORE.test(c.evidence.text.slice(Math.max(0, from - 16), from));
}

/** Two claims of one sentence whose figures each have a date of their own, apart: lots of a list ("four in 2025, four more in 2026"). */
function furtherLot(a: Claim, b: Claim): boolean {
  return !!a.parts.time && !!b.parts.time && a.parts.time.start !== b.parts.time.start && !!a.period?.start && !!b.period?.start && a.period.start !== b.period.start;
}

/**
 * Within one report a figure is restated as it was, or rounded ("about 6,700", "nearly 7,000"): two exact
 * figures must be equal, a rounded one may differ by a few per cent; and a vague amount of the table
 * ("dozens", "hundreds": both bounds) holds the point figure that the report tells exactly elsewhere.
 */
function agreeingFigures(p: Quantity, q: Quantity, vague = true): boolean {
  return sameFigure(p, q, p.approx || q.approx || p.value === null || q.value === null ? 0.06 : 0) || (vague && (holds(p, q) || holds(q, p)));
}

function holds(range: Quantity, point: Quantity): boolean {
  return range.unit === point.unit && range.value === null && range.min !== null && range.max !== null && point.value !== null && range.min <= point.value && point.value <= range.max;
}

/**
 * "Filled with 152mm shells, the boxes could hold three million rounds": in one sentence, a mention whose thing
 * names nothing specific ("rounds", "artillery") and a mention of its item are one where one of them counts and
 * the other gives no amount and no other date. Two bare mentions ("shells and rockets") stay a list, and so do
 * the lines of a package told in sentences of their own ("ammunition for HIMARS"; "75,000 rounds of 155mm
 * ammunition"); a bare mention dated apart ("12 new jets, the first since the sale of Mirages in 2009") is
 * another transfer.
 */
function looseThing(a: Claim, b: Claim): boolean {
  return a.evidence.start === b.evidence.start && (!namesThing(a) || !namesThing(b)) && !a.quantity !== !b.quantity && !toldAsOther(a) && !toldAsOther(b) && (a.period?.start ?? null) === (b.period?.start ?? null);
}

/** "hundreds of Shahed drones, other UAVs and weapons": things told as "other" are apart from those listed before them. */
function toldAsOther(c: Claim): boolean {
  const item = c.parts.item;
  if (!item) return false;
  const at = item.start - c.evidence.start;
  return /\b(?:other|further)\s+$/i.test(c.evidence.text.slice(Math.max(0, at - 10), at));
}

/**
 * "Biden said Washington would send 31 tanks, although officials cautioned ...", "According to the agency, ...":
 * a mention credited only to a common noun ("officials", "the agency"; merge-claims.json) is no second source where
 * the same sentence credits the same claim, with an agreeing amount, to a source it names.
 */
function echoesNamedSource(c: Claim, sentence: readonly Claim[]): boolean {
  if (!commonNounSource(c.source)) return false;
  return sentence.some((o) => o !== c && o.kind === c.kind && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item && !commonNounSource(o.source) && (o.certainty === c.certainty || !OPPOSED.has(o.certainty) && !OPPOSED.has(c.certainty)) && (!o.quantity || !c.quantity || agreeingFigures(o.quantity, c.quantity)));
}

const OPPOSED = new Set(["doubted", "denied"]);

/**
 * Whether a headline's body names the other's in fewer words: each of its words begins a word of the other's name
 * ("UN experts" in "UN Panel of Experts", "Sanctions monitors" in "Sanctions Monitoring Team"), no speaker on either side.
 */
function wordsOfName(short: Source, long: Source): boolean {
  if (short.speaker || long.speaker || !short.org || !long.org) return false;
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && w !== "the");
  const ws = words(short.org), wl = words(long.org);
  return ws.length > 0 && ws.length < wl.length && ws.every((w) => wl.some((l) => l.startsWith(w.slice(0, Math.max(2, Math.min(w.length, 6))).replace(/s$/, ""))));
}

function commonNounSource(s: Source): boolean {
  return !s.speaker && s.country === null && s.org !== null && (outletNoun(s) || UNNAMED_NOUNS.has(s.org.toLowerCase().replace(/^(?:the|some|several|many)\s+/, "")));
}

/**
 * "Iran admitted it supplied drones" and, later, the foreign minister's own words: a state named as the source
 * ("the Iranian government": no person, no other body) and a person or body of that state are one source where
 * they tell the claim with one certainty. (Told with different certainties, "Seoul believes ... may" and the
 * minister's count are two claims.)
 */
function oneState(a: Claim, b: Claim): boolean {
  return a.certainty === b.certainty && a.source.country !== null && a.source.country === b.source.country && (stateAlone(a.source) || stateAlone(b.source));
}

/**
 * "... though Romania shipped 1,200 rifles" in the outlet's own voice, and "Romanian officials say 1,200 rifles
 * went": the outlet passes on the exact figure that it credits to a state's source elsewhere, so the claim is
 * that source's (SCHEMA.md, Source: not the outlet that passes it on). Only a point figure tells this; a bare
 * mention in the outlet's voice, or a figure credited to other media, stays the outlet's own.
 */
function relayedFigure(outlet: Claim, credited: Claim): boolean {
  const [p, q] = [outlet.quantity, credited.quantity];
  return isOutletVoice(outlet) && credited.source.country !== null && !!p && !!q && p.value !== null && q.value !== null && agreeingFigures(p, q, false);
}

function stateAlone(s: Source): boolean {
  return !s.speaker && /\bgovernment$/i.test(s.org ?? "");
}

/**
 * "Washington's top diplomat accused Tehran ..." and, further on, "Antony Blinken said ...": a source named by its
 * title (knowledge/offices.json) and the person who held that office on the day, or two titles of that one person.
 */
function oneOfficeHolder(a: Claim, b: Claim, published: string | null): boolean {
  const [pa, pb] = [holderNamedByTitle(a, dayOrPublished(a.stated, published)), holderNamedByTitle(b, dayOrPublished(b.stated, published))];
  if (pa && pb) return pa.id === pb.id;
  const [holder, other] = pa ? [pa, b] : [pb, a];
  return !!holder && !!other.source.speaker && isHolder(holder, other.source.speaker);
}

/** Whether `titled` names by title an office-holder, and `named` names someone else as its speaker. */
function otherThanHolder(titled: Claim, named: Claim, published: string | null): boolean {
  if (!named.source.speaker) return false;
  const holder = holderNamedByTitle(titled, dayOrPublished(titled.stated, published));
  return !!holder && !isHolder(holder, named.source.speaker);
}

/** Whether a speaker's name holds one of the holder's full names ("Antony Blinken", "Tony Blinken"), not a shared surname alone. */
function isHolder(holder: Person, speaker: string): boolean {
  const said = nameWords(speaker);
  return [holder.name, ...holder.variants].some((f) => {
    const w = nameWords(f);
    return w.size >= 2 && [...w].every((x) => said.has(x));
  });
}

/** Two things of one sentence at different places in it: a list, not one thing told twice. */
function listedApart(a: Claim, b: Claim): boolean {
  const [x, y] = [a.parts.item, b.parts.item];
  return a.evidence.start === b.evidence.start && !!x && !!y && (x.end <= y.start || y.end <= x.start);
}

/** A source named only by a common noun for an outlet (merge-claims.json): "outlet", "newspaper", "media". */
function outletNoun(s: Source): boolean {
  return !s.speaker && s.org !== null && OUTLET_NOUNS.has(s.org.toLowerCase().replace(/^(?:the|a|an)\s+/, ""));
}

/** The name words of a speaker, two letters or more: `nameWords("Kim Yo-jong")` → {"kim", "yo", "jong"}. */
function nameWords(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[\s.-]+/).filter((w) => w.length > 1));
}

/** Same speaker (by any shared name word), or the same body where one names no speaker. */
export function sameSource(a: Source, b: Source): boolean {
  if (a.speaker && b.speaker) {
    const theirs = nameWords(b.speaker);
    return [...nameWords(a.speaker)].some((w) => theirs.has(w));
  }
  if (a.speaker || b.speaker) return (a.org !== null && a.org === b.org) || unnamedOf(a, b) || unnamedOf(b, a);
  return (a.org ?? "").toLowerCase() === (b.org ?? "").toLowerCase() && a.country === b.country;
}

/** "a top Chadian official" and the official the report names: an unnamed official of a state and a named person of that state (or of none known). */
function unnamedOf(unnamed: Source, named: Source): boolean {
  return !unnamed.speaker && !!named.speaker && unnamed.country !== null && (named.country === null || unnamed.country === named.country) && /\b(?:official|source|spokes(?:man|woman|person))$/i.test(unnamed.org ?? "");
}

function combine(a: Claim, b: Claim, headline: (c: Claim) => boolean = () => false): Claim {
  // The named cargo wins over "containers" of unknown cargo.
  if (a.item !== b.item) {
    const [known, unknown] = a.item === "goods-unspecified" || (a.item === "weapons-unspecified" && b.item !== "goods-unspecified") ? [b, a] : [a, b];
    return combine({ ...unknown, item: known.item }, known, headline);
  }
  // The most precise amount wins; between equal amounts, the sentence that names the source most exactly.
  const [pa, pb] = [precisionOf(a.quantity), precisionOf(b.quantity)];
  const stronger = pb > pa || (pb === pa && (exactness(b.source) > exactness(a.source) || (exactness(b.source) === exactness(a.source) && ((isHeadlineLike(a) && !isHeadlineLike(b)) || (namesSpeaker(b) && !namesSpeaker(a))))));
  let [main, other] = stronger ? [b, a] : [a, b];
  // A headline names its source loosely: the body sentence carries the claim, with the sharper figure of the two.
  const quantity = main.quantity;
  if ((isHeadlineLike(main) && !isHeadlineLike(other)) || (headline(main) && !headline(other))) [main, other] = [{ ...other, quantity: quantity ?? other.quantity }, main];
  // The source as exactly as the document names it anywhere: "Torres" told later as "Defence Minister Maya Torres".
  const exactest = exactness(b.source) > exactness(a.source) ? b.source : exactness(a.source) > exactness(b.source) ? a.source : null;
  const source = exactest ?? (a.source.speaker ? a.source : null) ?? (b.source.speaker ? b.source : null) ?? main.source;
  return {
    ...main,
    source,
    // The certainty stays that of the sentence kept as evidence: taking the stronger cue of the other
    // mention ("likely used imports" merged into "is supplying") misjudged 4 of 4 pool claims it changed.
    certainty: main.certainty,
    period: main.period?.start ? main.period : other.period?.start ? other.period : main.period ?? other.period,
    calibre: main.calibre ?? other.calibre,
    cumulative: main.cumulative || other.cumulative,
    stated: main.stated ?? other.stated,
    parts: { ...other.parts, ...main.parts },
  };
}

/** Whether the sentence kept as evidence names the speaker itself (a lead's "an official" may be resolved to a name told later). */
function namesSpeaker(c: Claim): boolean {
  const surname = c.source.speaker?.split(/\s+/).pop();
  return !!surname && c.evidence.text.includes(surname);
}

/** How exactly a mention names its source: a full name beats a surname, which beats a body of a state alone. */
function exactness(s: Source): number {
  return (s.speaker ? nameWords(s.speaker).size * 4 : 0) + (s.org ? 1 : 0) + (s.country ? 1 : 0);
}

function isOutletVoice(c: Claim): boolean {
  return c.source.speaker === null && c.source.country === null && c.relays.length === 0;
}

/** Headline claims name their source loosely; a body sentence carries the claim better. */
function isHeadlineLike(c: Claim): boolean {
  return (c.source.speaker === null && /government$/.test(c.source.org ?? "")) || isOutletVoice(c);
}

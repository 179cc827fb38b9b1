import type { Item } from "../../core/claim.js";
import type { Amount, ArmsDocument } from "../../core/document.js";
import { contains, type Span } from "../../core/span.js";
import { hits, matchAll, phraseRegex, transfer } from "../../knowledge/lexicon.js";
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import { findTriggers, type Party } from "./direction.js";
import type { Context, Draft } from "./draft.js";
import type { ItemMention } from "./find-items.js";
import { countUnitOf, defaultUnitOf, isCurrency, toQuantity, unitFits } from "./quantity.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import makerData from "../../knowledge/model-makers.json" with { type: "json" };
import { placesIn } from "../mentions/places.js";
import { focusAt } from "../mentions/follow-references.js";
import { productBefore, productHeads, productMentionBefore } from "./product-heads.js";
import { allMatches } from "../../core/all-matches.js";

const productionVerb = phraseRegex(transferData.productionVerbs);
const productionNoun = phraseRegex(transferData.productionNouns);
export const productionCause = phraseRegex(transferData.productionCause);
const fullRe = phraseRegex(transferData.productionFull);
const participle = phraseRegex(shapes.production.participles);
const passiveLink = new RegExp(shapes.production.passiveLink, "iu");
const originAfter = new RegExp(shapes.production.originAfter, "iu");
const originAside = new RegExp(shapes.production.originAside, "iu");
const foundIn = new RegExp(shapes.production.foundIn, "iu");
const plannedLink = new RegExp(shapes.production.plannedLink, "iu");
const longAgoBefore = new RegExp(shapes.production.longAgoBefore, "iu");
const longAgoAfter = new RegExp(shapes.production.longAgoAfter, "iu");
const industryNoun = phraseRegex(shapes.production.nouns);
const beVerb = /\b(?:are|were|is|was|been|be)\s+(?:\p{L}+ly\s+)?$/iu;
const change = phraseRegex(shapes.production.change);
const readiness = phraseRegex(shapes.production.readiness);
/** The nouns of a works that can be ready to run ("plant", "factory", "production line"), not "output" or "production". */
const worksNoun = new RegExp(`^(?:${shapes.production.worksNouns.join("|")})$`, "i");
const nounOf = new RegExp(shapes.production.nounOf, "iu");
const worksVerb = phraseRegex(shapes.production.worksVerbs.verbs);
const worksNounAt = new RegExp(`\\b(?:${shapes.production.worksNouns.join("|")})\\b`, "giu");

/**
 * "the plant could make 6,000 drones", "Canadian plants make about 3,000 rounds a month": a plain verb of making
 * whose subject is a works (shapes.json worksVerbs), the works named right before it with no clause mark between.
 * ("pays Ukrainian factories to build guns": a works right before "to" is the object of another verb, what the pay is for.)
 */
function worksVerbs(text: string, clause: Span): Span[] {
  const cl = text.slice(clause.start, clause.end);
  const works = [...allMatches(worksNounAt, cl)].map((m) => clause.start + m.index + m[0].length);
  return matchAll(worksVerb, cl, clause.start).filter((v) => works.some((end) => end <= v.start && v.start - end <= shapes.production.worksVerbs.gap && /^[\s\p{L}’'-]*$/u.test(text.slice(end, v.start)) && !/^\s+to\s+$/i.test(text.slice(end, v.start))));
}
const economyBefore = new RegExp(shapes.production.economyBefore, "iu");
const causative = new RegExp(shapes.production.causative, "iu");
const makeUp = new RegExp(shapes.production.makeUp, "iu");
const purposeOf = new RegExp(shapes.production.purposeOf, "iu");

/**
 * Whether a word of output measures a whole economy, not a works: "3 percent of economic output", "the economy's
 * output" (a spending share told against it). With "of" after it ("national output of shells") it names a product.
 */
function measuresEconomy(text: string, noun: Span): boolean {
  return economyBefore.test(text.slice(Math.max(0, noun.start - 30), noun.start)) && !/^\s+of\b/i.test(text.slice(noun.end, noun.end + 6));
}

const purposeNoun = new RegExp(shapes.production.purposeNoun, "iu");

/**
 * Where the words of what is served start, when a word of production names what goods moved earlier in the clause
 * are for ("sent parts for drone production": at "drone"); -1 where it does not.
 */
function servedFrom(text: string, clause: Span, word: Span, moving: readonly Span[]): number {
  if (!moving.some((t) => t.end <= word.start)) return -1;
  const from = Math.max(clause.start, word.start - 60);
  const m = purposeNoun.exec(text.slice(from, word.start));
  return m?.groups ? word.start - m.groups.served.length : -1;
}

const forWorks = (text: string, clause: Span, word: Span, moving: readonly Span[]) => servedFrom(text, clause, word, moving) >= 0;

/**
 * Production claims: "factories ... at full capacity", "used to produce missiles", "its ballistic missile production".
 * `served` gathers the things that goods moved in the clause are only for ("parts for making drones"): no goods.
 */
export function productionDrafts(doc: ArmsDocument, clauses: readonly Span[], parties: Party[], items: ItemMention[], amounts: Amount[], ctx: Context, served: ItemMention[] = []): Draft[] {
  const text = doc.text;
  const out: Draft[] = [];
  for (const clause of clauses) {
    const cl = text.slice(clause.start, clause.end);
    const moving = findTriggers(cl, clause.start).filter((t) => t.role !== "use");
    // ("could reach 3 percent of economic output": a measure of the economy, no works.)
    // ("shipped metals used in missile manufacturing": after goods the clause moves, the works is what they are for.)
    const wordsOfWorks = [...matchAll(productionNoun, cl, clause.start), ...matchAll(industryNoun, cl, clause.start)].filter((n) => !measuresEconomy(text, n));
    const nouns = wordsOfWorks.filter((n) => !forWorks(text, clause, n, moving)).sort((a, b) => a.start - b.start);
    // "howitzers produced by Nexter", "the drones were assembled": the product stands before a passive participle.
    // ("took delivery of a cutter built in Norway", "sent jets built in Brazil": a bare participle right after a thing
    // the clause moves, then the place, labels where the thing was made; it tells no output of its own. A thing the
    // clause does not move keeps its making: "could retire the frigates built in Spain".)
    // ("will donate 200 carriers, built by a local firm, to Kyiv": set off by a comma, the maker after "by" labels the
    // thing moved as well; a bare "howitzers produced by Nexter" still tells the maker's output.)
    // ("cleared howitzers built in Korea for export to Poland", "the tanks built in Poland will be shipped to Estonia":
    // the clause may move the labelled thing after the label, too.)
    const originLabel = (v: Span) => moving.length > 0 && items.some((i) => {
      if (i.span.start < clause.start || i.span.end > v.start) return false;
      const gap = text.slice(i.span.end, v.start);
      return /^\s+$/.test(gap) ? originAfter.test(text.slice(v.end, v.end + 5)) : /^\s*,\s+$/.test(gap) && originAside.test(text.slice(v.end, v.end + 5));
    });
    // ("drones that will be built in Wales", "the first three to be built in Japan": goods yet to be made where a deal
    // says tell the deal, no works' output.)
    // ("is estimated to be making three million shells a year": a form in -ing tells output now.)
    const madeLater = (v: Span) => !/ing$/i.test(text.slice(v.start, v.end)) && plannedLink.test(text.slice(Math.max(clause.start, v.start - 40), v.start));
    // ("the jets, built in Brno in the early 2000s", "originally built for an Indian order": the making of a lot long
    // ago labels its origin, no output now.)
    const madeLongAgo = (v: Span) => longAgoBefore.test(text.slice(Math.max(clause.start, v.start - 20), v.start)) || longAgoAfter.test(text.slice(v.end, clause.end));
    const participles = matchAll(participle, cl, clause.start).filter((v) => !originLabel(v) && !madeLater(v) && !madeLongAgo(v));
    const passives = participles.filter((v) => items.some((i) => i.span.end <= v.start && i.span.start >= clause.start && (passiveLink.test(text.slice(i.span.end, v.start)) || beVerb.test(text.slice(clause.start, v.start)))));
    // ("making the tie one of the closest": "making" that causes, not makes.)
    // ("sending parts that go into making weapons": after goods the clause moves, the making is what they are for.)
    const purpose = (v: Span) => moving.some((t) => t.end <= v.start) && purposeOf.test(text.slice(Math.max(clause.start, v.start - 30), v.start)) || forWorks(text, clause, v, moving);
    const worksMade = worksVerbs(text, clause);
    const verbs = [...[...matchAll(productionVerb, cl, clause.start), ...worksMade].filter((v) => !originLabel(v) && !madeLater(v) && !madeLongAgo(v) && !purpose(v) && !passives.some((p) => p.start === v.start) && !causative.test(text.slice(v.end, v.end + 60)) && !makeUp.test(text.slice(v.end, v.end + 6))), ...passives].sort((a, b) => a.start - b.start);
    // The thing such goods are for ("parts for making drones", "metals used in missile manufacturing") is what they
    // serve, not goods moved either.
    // (Only the words after the marker: "materials for arms production" still moves its materials.)
    const servedBefore = (w: Span) => {
      const from = servedFrom(text, clause, w, moving);
      return from < 0 ? [] : items.filter((i) => i.span.end <= w.start && i.span.start >= Math.max(clause.start, from));
    };
    for (const w of wordsOfWorks.filter((n) => forWorks(text, clause, n, moving))) served.push(...servedBefore(w));
    for (const v of matchAll(productionVerb, cl, clause.start).filter(purpose)) served.push(...servedBefore(v), ...items.filter((i) => i.span.start >= v.end && i.span.end <= clause.end && /^[\s\p{L},-]*$/u.test(text.slice(v.end, i.span.start)) && i.span.start - v.end <= 40));
    // "manufactured by workers", "built by Lockheed": who makes it is not what is made.
    const agent = (i: ItemMention) => [...participles, ...verbs].some((p) => i.span.start >= p.end && /^\s+by\s+(?:\S+\s+){0,3}$/i.test(text.slice(p.end, i.span.start)));
    // "The weapons sent to Ukraine are manufactured by": with "are"/"were", the nearest thing before is the product.
    const subjectOf = (p: Span) => beVerb.test(text.slice(clause.start, p.start)) ? items.filter((i) => i.span.start >= clause.start && i.span.end <= p.start).pop() : undefined;
    // "production rose", "output fell by half": a change of output counts as its state.
    // ("the plant could be fully operational next year": a works told ready to make its goods is in the state of its output.)
    const ready = nouns.some((n) => worksNoun.test(text.slice(n.start, n.end))) ? matchAll(readiness, cl, clause.start) : [];
    const state = [...matchAll(transfer.productionState, cl, clause.start), ...(nouns.length ? matchAll(change, cl, clause.start) : []), ...ready];
    // ("we make 20,000 shells a month, and our target is 40,000 a month from 2027": the aim is a second, planned figure.)
    const aim = aimedOutput(text, clause, out, amounts);
    if (aim) {
      out.push(aim);
      continue;
    }
    // "Its target is 6,000 shells a month": a works' aim told with a rate is a planned output, not goods moved.
    const planned = aimedRate(doc, clause, parties, items, amounts, moving.length > 0, ctx);
    if (planned) {
      out.push(planned);
      continue;
    }
    if (!nouns.length && !verbs.length && !(out.length && state.length)) continue;
    // ("an annual output of 350,000 shells", "output is now above 2,500 a month": a rate after a word of output tells
    // the output, with no word of change or capacity.)
    const rated = ratedOutput(text, clause, [...nouns, ...verbs], amounts);
    const percent = amounts.find((a) => a.unit === "percent" && a.span.start >= clause.start && a.span.end <= clause.end && !/\bof\s+(?:\p{L}+['’]s\s+)?(?:\p{L}+\s+)?imports?/iu.test(text.slice(a.span.end, a.span.end + 40)));
    // The product: items right before "production"/"factories", or right after "producing"/"produce".
    const product = items.filter((i) => {
      if (i.span.start < clause.start || i.span.end > clause.end) return false;
      if (hits(productionCause, text.slice(Math.max(clause.start, i.span.start - 30), i.span.start))) return false;
      if (agent(i)) return false;
      if (passives.some((p) => i.span.end <= p.start && (passiveLink.test(text.slice(i.span.end, p.start)) || subjectOf(p) === i))) return true;
      // "the production of 240 mm rocket launchers": the product after "of".
      if (nouns.some((n) => i.span.start >= n.end && i.span.start - n.end <= 60 && nounOf.test(text.slice(n.end, i.span.start)))) return true;
      return nouns.some((n) => n.start >= i.span.end && n.start - i.span.end <= 12) || verbs.some((v) => i.span.start >= v.end && i.span.start - v.end <= 40 && !/[,;]/.test(text.slice(v.end, i.span.start).replace(/(\d),(\d)/g, "$1$2")) || i.span.start >= v.end && /^[\s\p{L},]*$/u.test(text.slice(v.end, i.span.start)) && i.span.start - v.end <= 60);
    });
    // "others are running at full throttle ... for artillery shells": a clause that goes on about the same factories.
    // "factories run around the clock, turning out 155mm shells": the one kind of thing the clause names.
    if (!product.length && (state.length || percent || rated)) {
      const named = items.filter((i) => i.span.start >= clause.start && i.span.end <= clause.end && !i.generic && !agent(i) && !["workers", "troops", "money"].includes(i.item) && !hits(productionCause, text.slice(Math.max(clause.start, i.span.start - 30), i.span.start)));
      if (new Set(named.map((i) => i.item)).size === 1) product.push(...named.slice(0, 1));
    }
    // ("Russia builds the drone at Alabuga, turning out 2,700 a month": a rate with no thing of its own counts the
    // thing the sentence named just before.)
    const borrowed = !product.length && rated ? items.filter((i) => i.span.end <= clause.start && !i.generic && !["workers", "troops", "money"].includes(i.item)).slice(-1) : [];
    product.push(...borrowed);
    product.splice(0, product.length, ...productHeads(product, text, clause));
    // ("its howitzer plant will reach an annual output of 60 guns": one output, however many words name its thing.)
    // ("plants make about 3,000 rounds of 155mm ammunition a month": one output also after a plain verb of a works.)
    if (rated || verbs.some((v) => worksMade.some((w) => w.start === v.start))) product.splice(0, product.length, ...product.filter((p, k) => !product.slice(k + 1).some((q) => q.item === p.item)));
    if (!product.length && !nouns.length && !verbs.length) product.push(...items.filter((i) => i.span.start >= clause.start && i.span.end <= clause.end && !hits(productionCause, text.slice(Math.max(clause.start, i.span.start - 30), i.span.start))));
    if (!state.length && !product.length && !percent) continue;
    if (!state.length && !verbs.length && !rated) continue;
    // (A works told ready to run says nothing of how full it runs: it tells the works' output as such.)
    const level = hits(fullRe, cl) ? "full" : state.length > ready.length ? "partial" : "output";
    const at = nouns[0]?.start ?? verbs[0]?.start ?? clause.start;
    // "howitzers produced by France": the state that makes them, named after "by", owns the output.
    const maker = parties.find((p) => p.span.start >= clause.start && p.span.end <= clause.end && [...participles, ...verbs].some((v) => p.span.start >= v.end && /^\s+by\s+(?:the\s+)?$/i.test(text.slice(v.end, p.span.start))));
    // (A borrowed thing keeps the works of its own clause: the place named there, else the state that makes it, not one that describes it.)
    const lender = borrowed.length ? { start: clauses[0].start, end: clause.start } : null;
    const lent = lender ? placesIn(text.slice(lender.start, lender.end), lender.start)[0]?.state ?? parties.find((p) => p.form !== "adjective" && p.span.start >= lender.start && p.span.end <= lender.end)?.state : undefined;
    // ("Saab expects its missile plant to reach ...": "its" after an arms maker is the maker's, not the state in focus.)
    const firm = firmState(cl);
    const ownPronouns = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end).every((p) => /^(?:its|their)$/i.test(text.slice(p.span.start, p.span.end)));
    // (A rate told with the place of its works, "builds the Iranian-designed drone at Alabuga, turning out 2,700 a month":
    // the place's state makes it, not the state that designed it.)
    const ratedPlace = rated ? placesIn(cl, clause.start)[0]?.state : undefined;
    // ("Iran ships materials for a drone plant at Alabuga. The plant could be running next year.": a works told only ready
    // is the state's it stands in, named in its clause or where the works was named.)
    const readyOnly = !product.length && ready.length > 0 && state.length === ready.length && !verbs.length;
    const pointedAt = readyOnly ? productMentionBefore(text, clause, nouns[0]) : undefined;
    const worksPlace = readyOnly ? (placesIn(cl, clause.start)[0]?.state ?? (pointedAt ? placeAround(doc, pointedAt.span) : undefined)) : undefined;
    const owner = worksPlace ?? lent ?? maker?.state ?? (firm && ownPronouns ? firm : null) ?? ratedPlace ?? whereOwner(text, clauses[0].start, parties, Math.max(at, ...verbs.map((v) => v.start))) ?? producerOf(text, clause, parties, at) ?? placesIn(cl, clause.start)[0]?.state ?? locatedIn(text, clause, parties) ?? firm ?? ctx.producer ?? focusAt(doc, clause.start);
    if (!owner) continue;
    const specific = product.filter((p) => !p.generic);
    const chosen = specific.length ? specific : product;
    const pointed = pointedAt?.item ?? ctx.productionItem ?? productBefore(text, clause, nouns[0]);
    // (A works told only ready, with no thing made named or pointed back to, tells no output worth a claim; where the page
    // already told that state's output of the thing, the works told ready is that output told again.)
    if (readyOnly && (!pointed || (ctx.producer === owner && ctx.productionItem === pointed))) continue;
    const list: { item: Item; span: Span }[] = chosen.length ? chosen : [{ item: pointed ?? "weapons-unspecified", span: (nouns[0] ?? verbs[0] ?? state[0]) as Span }];
    for (const p of list) {
      // A utilisation ("30 % of capacity"), else an output in the product's own unit ("2 million shells a year").
      // ("pumping $120 million into the plant": money put into a works is an investment, not its output.)
      const output = percent ? null : amounts.find((a) => a.unit && a.unit !== "percent" && !isCurrency(a.unit) && a.span.start >= clause.start && a.span.end <= clause.end && unitFits(a.unit, p.item));
      // ("turning out 2,700 a month": a bare rate counts the product in its own unit.)
      const bare = !percent && !output && rated && !rated.unit ? countUnitOf(p.item) ?? defaultUnitOf(p.item) : null;
      const quantity = percent ? toQuantity(percent, "percent") : output?.unit ? toQuantity(output, output.unit) : bare && rated ? toQuantity(rated, bare) : null;
      out.push({ clause, kind: "production", supplier: owner, recipient: null, item: p.item, quantity, calibre: null, parts: { item: { start: p.span.start, end: p.span.end }, ...(percent ? { amount: percent.span } : output ? { amount: output.span } : bare && rated ? { amount: rated.span } : {}) }, lastPart: Math.max(p.span.end, state[0]?.end ?? 0, bare && rated ? rated.span.end : 0), thing: `${p.item} ${level}` });
    }
    ctx.producer = owner;
    ctx.productionItem = list[0].item;
  }
  const earlier = earlierLevels(text, out, amounts);
  return [...out, ...earlier, ...aimedLevels(text, clauses, [...out, ...earlier], amounts)];
}

const earlierLevel = new RegExp(shapes.production.earlierLevel, "iu");

/**
 * The level an output moved from, told right after it ("about 40,000 shells a month, up from roughly 14,000 before
 * the war"): the same works and product at the earlier figure, in the first figure's unit and rate (shapes.json
 * earlierLevel). A figure in another unit ("up from $2 billion") measures something else.
 *
 *     "The plant makes 9,000 rockets a year, up from 3,000 in 2021" -> a second draft, 3,000 rounds a year
 */
function earlierLevels(text: string, out: readonly Draft[], amounts: readonly Amount[]): Draft[] {
  const found: Draft[] = [];
  for (const d of out) {
    const q = d.quantity;
    const at = d.parts.amount;
    if (!q || !at) continue;
    const from = amounts.find((a) => a.span.start >= at.end && a.span.start - at.end <= shapes.production.earlierReach && earlierLevel.test(text.slice(at.end, a.span.start)));
    if (!from || (from.unit && from.unit !== q.unit) || out.some((o) => o.parts.amount?.start === from.span.start)) continue;
    const per = q.per ?? from.quantity.per;
    found.push({ ...d, quantity: { ...toQuantity(from, q.unit), ...(per ? { per } : {}) }, parts: { ...d.parts, amount: from.span }, lastPart: Math.max(d.lastPart, from.span.end) });
  }
  return found;
}

const aimedLevel = new RegExp(shapes.production.aimedLevel, "iu");

/**
 * The level a state or works sets out to make, told as a second figure joined to the first ("produced 300,000 shells
 * in 2025 and plans to make about 600,000 this year"): the same maker and product at the aimed figure, in the first
 * figure's unit (shapes.json aimedLevel; the verb of aiming makes it `possible`). A figure in another unit, or a sum
 * of money, measures something else.
 *
 *     "Turkey produced 900 drones last year and intends to produce about 1,500 this year" -> a second draft, 1,500 drones
 */
function aimedLevels(text: string, clauses: readonly Span[], out: readonly Draft[], amounts: readonly Amount[]): Draft[] {
  const found: Draft[] = [];
  for (const d of out) {
    const q = d.quantity;
    const at = d.parts.amount;
    if (!q || !at || q.unit === "percent") continue;
    // (The aim may open a clause of its own, ", and hopes to turn out": the next figure of the same sentence.)
    const next = amounts.find((a) => a.span.start >= at.end);
    const between = next ? text.slice(at.end, next.span.start) : "";
    if (!next || between.length > shapes.production.earlierReach || /[.!?]\s/.test(between) || !aimedLevel.test(between)) continue;
    if ((next.unit && next.unit !== q.unit) || out.some((o) => o.parts.amount?.start === next.span.start) || found.some((o) => o.parts.amount?.start === next.span.start)) continue;
    const per = q.per && next.quantity.per ? next.quantity.per : undefined;
    // (The aim is told in the figure's own clause: its verb of aiming weighs the claim.)
    const clause = clauses.find((c) => c.start <= next.span.start && next.span.end <= c.end) ?? d.clause;
    found.push({ ...d, clause, quantity: { ...toQuantity(next, q.unit), ...(per ? { per } : {}) }, parts: { ...d.parts, amount: next.span }, lastPart: Math.max(d.lastPart, next.span.end) });
  }
  return found;
}

const rateAfter = /^\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b/i;
const annualBefore = /\b(?:annual|yearly|monthly|daily)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The first figure of the clause, after a word of output, that is a rate: "an annual output of 350,000 shells",
 * "raise output to 40 a month", "output averaged 1.4 million barrels a day". A sum of money is no output.
 */
function ratedOutput(text: string, clause: Span, nouns: readonly Span[], amounts: readonly Amount[]): Amount | undefined {
  return amounts.find((a) => a.span.start >= clause.start && a.span.end <= clause.end && !(a.unit && (isCurrency(a.unit) || a.unit === "percent")) && nouns.some((n) => n.end <= a.span.start && a.span.start - n.end <= 80 && (!!a.quantity.per || rateAfter.test(text.slice(a.span.end, a.span.end + 40)) || annualBefore.test(text.slice(Math.max(clause.start, n.start - 30), n.start)))));
}

const aimWord = new RegExp(`\\b(?:${(shapes.production.aims as string[]).join("|")})\\b`, "iu");

/**
 * An aim for the output the clause before gave as a rate, told with a rate of its own and no production word:
 * the same works and product at the aimed figure. (The aim word makes it `possible`, certainty-cues.json.)
 *
 *     "We produce 9,000 shells a month, and our goal is 30,000 a month by 2028" -> a second draft, 30,000 a month
 */
function aimedOutput(text: string, clause: Span, out: readonly Draft[], amounts: readonly Amount[]): Draft | null {
  const last = out[out.length - 1];
  const per = last?.quantity?.per;
  if (!per || last.clause.end > clause.start || !aimWord.test(text.slice(clause.start, clause.end))) return null;
  const unit = last.quantity!.unit;
  // (A bare figure takes the rate written after it: "40,000 a month".)
  const rate = (a: Amount) => a.quantity.per ?? perAfter.exec(text.slice(a.span.end, a.span.end + 16))?.[1]?.toLowerCase();
  const aimed = amounts.find((a) => a.span.start >= clause.start && a.span.end <= clause.end && rate(a) === per && (!a.unit || a.unit === unit));
  if (!aimed) return null;
  return { ...last, clause, quantity: { ...toQuantity(aimed, unit), per }, parts: { ...last.parts, amount: aimed.span }, lastPart: aimed.span.end };
}
const perAfter = /^\s+(?:a|an|per|each|every)\s+(day|week|month|year)\b/i;
const aimSubject = new RegExp(shapes.production.aimSubject, "iu");

/**
 * A works' aim as the clause's subject, told with a rate of a thing and no transfer word in the clause: the planned
 * output of the works' state (the one named in the clause, else the producer told before, else the giver of the flow
 * the report follows, whose works make its goods, else the page's focus).
 *
 *     "Its target is 6,000 shells a month" -> production of artillery-ammunition, 6,000 rounds a month
 */
function aimedRate(doc: ArmsDocument, clause: Span, parties: Party[], items: readonly ItemMention[], amounts: readonly Amount[], moving: boolean, ctx: Context): Draft | null {
  const text = doc.text;
  if (moving || !aimSubject.test(text.slice(clause.start, clause.end))) return null;
  const product = items.find((i) => i.span.start >= clause.start && i.span.end <= clause.end && !["workers", "troops", "money"].includes(i.item));
  if (!product) return null;
  const rate = (a: Amount) => a.quantity.per ?? perAfter.exec(text.slice(a.span.end, a.span.end + 40))?.[1]?.toLowerCase();
  const output = amounts.find((a) => a.span.start >= clause.start && a.span.end <= clause.end && a.unit && a.unit !== "percent" && !isCurrency(a.unit) && unitFits(a.unit, product.item) && rate(a));
  if (!output?.unit) return null;
  const owner = parties.find((p) => p.span.start >= clause.start && p.span.end <= clause.end)?.state ?? ctx.producer ?? ctx.supplier ?? focusAt(doc, clause.start);
  if (!owner) return null;
  ctx.producer = owner;
  ctx.productionItem = product.item;
  return { clause, kind: "production", supplier: owner, recipient: null, item: product.item, quantity: { ...toQuantity(output, output.unit), per: rate(output) as "day" }, calibre: null, parts: { item: product.span, amount: output.span }, lastPart: Math.max(product.span.end, output.span.end), thing: `${product.item} output` };
}
const relativeAside = new RegExp(shapes.production.relativeAside, "giu");

/** The state of the first place named in the sentence around a mention ("materials for a drone plant at Alabuga"), if any. */
function placeAround(doc: ArmsDocument, at: Span): string | undefined {
  const sentence = doc.sentences.find((s) => s.span.start <= at.start && at.end <= s.span.end)?.span;
  return sentence ? placesIn(doc.slice(sentence), sentence.start)[0]?.state : undefined;
}

/** The state whose industry it is: a possessive or adjective right before the word, else the clause's first party not after "from"/"for". */
function producerOf(text: string, clause: Span, parties: Party[], at: number): string | null {
  // ("the plant in Tatarstan, which grew out of a deal with Iran, now turns out": a state inside a relative aside
  // tells the works' past or ties, not whose works they are.)
  const asides = [...allMatches(relativeAside, text.slice(clause.start, clause.end))].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
  const inClause = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end && !asides.some((a) => contains(a, p.span)));
  // ("a North Korean missile recovered in Ukraine was manufactured": where the thing was found is no maker.)
  const adjacent = inClause.filter((p) => p.span.end <= at && at - p.span.end <= 30 && /^[\s\p{L}’'-]*$/u.test(text.slice(p.span.end, at)) && !foundIn.test(text.slice(Math.max(clause.start, p.span.start - 40), p.span.start)));
  if (adjacent.length) return adjacent[adjacent.length - 1].state;
  const free = inClause.filter((p) => !/\b(?:from|for|to|against|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, p.span.start - 12), p.span.start)));
  const before = free.filter((p) => p.span.end <= at);
  return before[before.length - 1]?.state ?? free[0]?.state ?? null;
}

/**
 * "the plant signed with the Turkish firm in Tatarstan, where the drones were assembled": a production word in
 * a clause opened by "where" belongs to the place (or state) right before "where", not to a state named earlier.
 */
function whereOwner(text: string, from: number, parties: Party[], at: number): string | null {
  // (From the sentence's start: the clauses split at ", where".)
  const before = text.slice(from, at);
  const where = before.search(/[,(]\s*where\s+[^,;]*$/i);
  if (where < 0) return null;
  const end = from + where;
  const near = (s: Span) => s.end <= end && end - s.end <= 30 && /^[\s,)]*$/.test(text.slice(s.end, end));
  const candidates = [...placesIn(before.slice(0, where), from), ...parties.filter((p) => p.span.start >= from)].filter((p) => near(p.span));
  return candidates.sort((a, b) => b.span.end - a.span.end)[0]?.state ?? null;
}

const firms = Object.entries(makerData.firms).map(([state, names]) => ({ state, re: new RegExp(`(?<![\\p{L}-])(?:${names.join("|")})(?![\\p{L}-])`, "u") }));

/** "Rheinmetall will reach an annual output of 350,000 shells": the state of the arms maker the clause names (model-makers.json firms). */
function firmState(clause: string): string | null {
  // ("The plant, which Rheinmetall put at 300 million euros, is designed to turn out": a firm inside a relative aside
  // is told about, not the works' owner.)
  const outside = clause.replace(relativeAside, ",");
  return firms.find((f) => f.re.test(outside))?.state ?? null;
}

/** "output in the US defence sector", "industries in Saudi Arabia": the state an industry is in. */
function locatedIn(text: string, clause: Span, parties: Party[]): string | null {
  return parties.find((p) => p.span.start >= clause.start && p.span.end <= clause.end && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, p.span.start - 8), p.span.start)))?.state ?? null;
}

/** Status claims: "launched a spy satellite into orbit", "the satellite shows no activity". */
export function statusDrafts(doc: ArmsDocument, s: Span, parties: Party[], items: ItemMention[], ctx: Context): Draft[] {
  const text = doc.text;
  const cues = matchAll(transfer.status, doc.slice(s), s.start);
  const satellites = items.filter((i) => i.item === "space-technology" && !/related|program|technolog/i.test(i.text));
  if (!cues.length || !satellites.length) return [];
  const sat = satellites[0];
  const adjacent = parties.filter((p) => p.span.end <= sat.span.start && sat.span.start - p.span.end <= 40 && !/\bwith\b/i.test(text.slice(p.span.end, sat.span.start)));
  const owner = adjacent[adjacent.length - 1]?.state ?? ctx.statusOwner ?? ctx.recipient;
  if (!owner) return [];
  ctx.statusOwner = owner;
  const last = Math.max(sat.span.end, ...cues.map((c) => c.end));
  return [{ clause: s, kind: "status", supplier: owner, recipient: null, item: "space-technology", quantity: null, calibre: null, parts: { item: sat.span }, lastPart: Math.min(last, cues[0].end > sat.span.end ? cues[0].end : last), thing: "satellite" }];
}


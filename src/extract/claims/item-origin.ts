import type { Span } from "../../core/span.js";
import { remembered } from "../../core/memo.js";
import makerData from "../../knowledge/model-makers.json" with { type: "json" };
import numbers from "../../knowledge/numbers.json" with { type: "json" };
import type { Direction, Party, Role } from "./direction.js";
import type { Draft } from "./draft.js";

/** Words that may stand between an origin adjective and its thing: "Russian T-72 tanks", "French Rafale fighter jets". */
const withinPhrase = /^[\s\p{L}\d’'-]{0,30}$/u;

/**
 * "India cancelled the Russian tanks and bought French ones", "Delhi chose French jets over Russian
 * ones": where a clause of getting names the origin of each thing it gets, each thing comes from its
 * own origin, whatever the clause's giver. Only an adjective (or a possessive) right before the thing,
 * in its phrase, names it. And in any clause, where it names the receiver and the giver came from an earlier
 * sentence, the two swap: the things' origin gives them.
 */
export function byOwnOrigin(text: string, drafts: Draft[], parties: readonly Party[], role: Role | null): Draft[] {
  return drafts.map((d) => {
    const item = d.parts.item;
    // ("EUR 200m of Belgian money to buying American kit for Ukraine": goods bought for another come from the payer.)
    if (d.kind !== "transfer" || !item || !d.recipient || d.item === "money" || d.boughtForAnother) return d;
    const origin = originBefore(text, parties, item);
    // ("Russia is buying drones from Iran. | No sign that the purchase went through, or that any Iranian drones were
    // launched": the clause's one state, named as the things' origin, gives them; the other side came from before.)
    // (Not where the clause names the receiver again: "to buy Ukrainian-built howitzers for Ukraine's forces".)
    const inClause = parties.filter((p) => p.span.start >= d.clause.start && p.span.end <= d.clause.end);
    if (origin && origin === d.recipient && d.supplier && adjacentOrigin(text, parties, item) && inClause.filter((p) => p.state === origin).length === 1 && !inClause.some((p) => p.state === d.supplier)) return { ...d, supplier: origin, recipient: d.supplier };
    if (role !== "get" && role !== "getNoun") return d;
    return origin && origin !== d.recipient && origin !== d.supplier ? { ...d, supplier: origin } : d;
  });
}

/** Whether the origin stands right before the thing, with nothing but "-made" or the like between: "Iranian drones", "Serbian-made shells". */
function adjacentOrigin(text: string, parties: readonly Party[], item: Span): boolean {
  return parties.some((p) => p.span.end <= item.start && /^(?:-(?:made|built|produced|manufactured))?\s+$/.test(text.slice(p.span.end, item.start)));
}

function originBefore(text: string, parties: readonly Party[], item: Span): string | null {
  const before = parties.filter((p) => p.span.end <= item.start && item.start - p.span.end <= 30);
  const last = before[before.length - 1];
  if (!last) return null;
  const between = text.slice(last.span.end, item.start);
  const adjective = last.form === "adjective" || /^['’]s\b/.test(between);
  if (!adjective || !withinPhrase.test(between.replace(/^['’]s/, ""))) return null;
  // Another thing's phrase in between ("Russian tanks and French jets") ends the origin's reach.
  if (/\b(?:and|or|but|than|instead|over|with|for|to|from)\b/i.test(between)) return null;
  return last.state;
}

const makerModels = Object.entries(makerData.makers).map(([state, models]) => ({ state, re: new RegExp(`\\b(?:${models.join("|")})(?:s|['’]s)?(?![\\p{L}\\d])`, "iu") }));
const acquiring = new RegExp(`^(?:${makerData.acquiring.join("|")})$`, "iu");
const madeByPhrase = new RegExp(makerData.madeBy, "iu");
const receiving = new RegExp(`^(?:${makerData.receiving.join("|")})$`, "iu");
/** Prepositions that make a state before the verb something other than its subject. */
const notSubject = /\b(?:from|to|into|for|against|in|with|on|at|between|by|of)\s+(?:the\s+)?$/i;

/**
 * "Kenya bought Bayraktar drones", "the navy inducted two corvettes developed by Germany",
 * "the first Gripen jets joined the Thai air force": where a state buys, orders or fields a thing and
 * the clause names no supplier, the thing's maker supplies it: the state after "developed by"/"built by",
 * else the maker of the model it names (src/knowledge/model-makers.json). The receiver is the buyer the
 * clause names (the subject, or the state inside "joined the ... fleet"), also where the clause found only the
 * supplier ("..., referring to a U.S.-built jet").
 *
 *     "Peru ordered ten Gripen jets" -> SWE to PER
 */
export function makerSupplied(text: string, clause: Span, items: readonly { span: Span; text: string; item?: string }[], parties: readonly Party[], triggers: readonly Span[], dir: Direction, toldInto?: (item: string, recipient: string, maker: string) => boolean): Direction {
  // (The clause's word of buying, whichever word the direction was read from: "inducted transport jets".)
  // (A bare word of receiving only where the report told no flow of such goods, nor any flow from another giver, into
  // the receiver before: what a state receives as aid may come second-hand from that earlier giver.)
  const word = (t: Span) => text.slice(t.start, t.end).trim();
  const fits = (t: Span) => acquiring.test(word(t)) || (!!toldInto && receiving.test(word(t)));
  const trigger = [dir.trigger, ...triggers].find((t): t is Span => !!t && fits(t));
  if (!trigger) return dir;
  const received = !acquiring.test(word(trigger));
  const inClause = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end);
  const madeBy = madeByState(text, inClause, items);
  // "Kazakhstan inducted transport jets developed by Spain": the maker after "by" is no user of them.
  if (madeBy && dir.recipient === madeBy && dir.supplier) return { ...dir, supplier: madeBy, recipient: dir.supplier };
  if (dir.supplier && dir.recipient) return dir;
  // (A supplier the clause found stays: it may lack only the buyer, "joined the Chilean fleet".)
  const maker = dir.supplier ?? madeBy ?? modelMaker(text, items);
  if (!maker) return dir;
  // The buyer: the one the clause already found, else the state inside the verb ("joined the Chilean fleet"), else its subject.
  const inside = inClause.find((p) => p.span.start >= trigger.start && p.span.end <= trigger.end);
  const subject = inClause.filter((p) => p.span.end <= trigger.start && !notSubject.test(text.slice(Math.max(clause.start, p.span.start - 12), p.span.start))).pop();
  const recipient = dir.recipient ?? inside?.state ?? subject?.state ?? null;
  if (!recipient || recipient === maker) return dir;
  // (Received goods take their maker as giver only where they name the model, not a maker's state nor an earlier flow,
  // and are counted or ranked as a lot ("its first 11 launchers", "six drones"): "Ukraine received tanks of that
  // model in the autumn" tells a delivery whose giver, in wartime aid, is as often a third state.)
  if (received && (dir.supplier || madeBy || items.some((i) => i.item && toldInto?.(i.item, recipient, maker)) || !countedLot(text, clause, items))) return dir;
  return { ...dir, supplier: maker, recipient };
}

/**
 * Whether a flow runs into the state that makes every thing the clause names, from one that does not: "the S-400
 * batteries Algeria ordered have been handed over" (Russia read as receiver from the flow before), "signed a deal
 * with France for Rafale jets, with deliveries due in 2026" (the signer read as giver of the deliveries). A maker
 * sells its own models; the reading ran backwards.
 *
 *     makerReceives([{ text: "Rafale", item: "aircraft" }, { text: "jets", item: "aircraft" }], "EGY", "FRA") -> true
 */
export function makerReceives(items: readonly { text: string; item: string }[], supplier: string, recipient: string): boolean {
  const makers = items.map((i) => makersOf(i.text));
  const models = items.filter((_, n) => makers[n].length > 0);
  if (!models.length || recipient === supplier) return false;
  // ("Rafale fighter jets": a word of the same kind beside the model names it again; other goods may come from elsewhere.)
  return makers.every((m, n) => (m.length ? m.length === 1 && m[0] === recipient : models.some((x) => x.item === items[n].item)));
}

/** Number words, and the ranks of a lot, that count the goods right before a model's name (numbers.json, model-makers.json). */
const lotCount = new RegExp(`\\b(?:(?!(?:19|20)\\d\\d\\b)\\d[\\d,.]*|${[...Object.keys(numbers.units), ...Object.keys(numbers.tens), ...Object.keys(numbers.groups), ...makerData.lotRanks].join("|")})\\b`, "i");

/** Whether the words right before a model's name in the clause count it or rank it as a lot ("the last four Apache"). */
function countedLot(text: string, clause: Span, items: readonly { span: Span; text: string }[]): boolean {
  const model = items.find((i) => makersOf(i.text).length > 0);
  return !!model && lotCount.test(text.slice(Math.max(clause.start, model.span.start - 40), model.span.start));
}

/** The states whose models a thing's words name, remembered by the words: clause after clause asks again of the same things. */
function makersOf(text: string): readonly string[] {
  return remembered(makersSeen, text, (t) => makerModels.filter((m) => m.re.test(t)).map((m) => m.state), 4096);
}
const makersSeen = new Map<string, readonly string[]>();

/** The state named after "developed by", "built by" right after a thing of the clause. */
function madeByState(text: string, parties: readonly Party[], items: readonly { span: Span }[]): string | null {
  for (const p of parties) {
    const item = items.filter((i) => i.span.end <= p.span.start && p.span.start - i.span.end <= 60).pop();
    if (item && madeByPhrase.test(text.slice(item.span.end, p.span.start))) return p.state;
  }
  return null;
}

/** The one state that makes the models the items name (none where they name models of different makers). */
export function modelMaker(text: string, items: readonly { span: Span; text: string }[]): string | null {
  // ("six more Su-30SM2 jets": a model's name the lexicon leaves out of the phrase stands right before its noun.)
  const named = (i: { span: Span; text: string }) => `${modelBefore.exec(text.slice(Math.max(0, i.span.start - 40), i.span.start))?.[0] ?? ""}${i.text}`;
  const makers = new Set(items.flatMap((i) => makersOf(named(i))));
  return makers.size === 1 ? [...makers][0] : null;
}
/** The words that stand right before a thing's noun in its phrase: a model's name that holds a digit or a capital ("Su-30SM2", "Akinci"). */
const modelBefore = /(?:(?<![\p{L}\d-])[\p{Lu}\d][\p{L}\d/-]*\s+){1,2}$/u;


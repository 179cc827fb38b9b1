import type { Rate, Unit } from "../../core/claim.js";
import type { Amount } from "../../core/document.js";
import { span, type Span } from "../../core/span.js";
import { isBareInteger } from "./digits.js";
import { amountLexicon, type AmountLexicon, type QualifierRole } from "./lexicon.js";
import { massMeasureAt, quantityInTonnes } from "./mass.js";
import { packageRanks } from "./ordinal-packages.js";
import { findNoun, type NounPhrase } from "./noun-phrase.js";
import { readNumber, type NumberCore } from "./number-phrase.js";
import { PhraseTable, tokenize, type Token } from "./tokens.js";
import units from "../../knowledge/units.json" with { type: "json" };

const weighingVerbs = new Set(units.weighingVerbs);
const weightBelowMillions = new Set(units.weightBelowMillions);
const lotsOf = new Set(units.lotsOf);
const weightClassNames = new Set(units.weightClassNames);
const amountTo = new PhraseTable(units.amountTo.map((v) => [v, true] as const));
const partitiveKinds = new Set(units.partitiveKinds);
const SENTENCE_OPENERS = new Set([".", "!", "?", ":", ";", "“", "\"", "(", "‘", "'", "—", "–", "-", "•"]);
const LIST_MARKERS = new Set(["-", "–", "•", "*"]);

/**
 * Finds the amounts in a sentence or any text: `parseAmounts("over 3 million 152mm shells")` →
 * one amount, min 3000000, unit "rounds", calibre "152mm". `offset` is where `text` starts in its
 * document, so spans come out in document offsets.
 */
export function parseAmounts(text: string, offset = 0, names: readonly Span[] = []): Amount[] {
  const lex = amountLexicon();
  const tokens = tokenize(text, offset);
  // "sent Russia 300 drones": a word that ends a state's name is no model name of the number after it.
  const ends = new Set(names.map((n) => n.end));
  const out: Amount[] = [];
  const slice = (from: number, to: number) => text.slice(tokens[from].start - offset, tokens[to - 1].end - offset);
  let i = 0;
  let floor = 0; // token index after the last amount: a look-back stops there
  while (i < tokens.length) {
    const found = amountAt(tokens, i, lex, slice, floor, out[out.length - 1] ?? null, ends);
    if (found) {
      if (found.amount) {
        out.push(found.amount);
        floor = found.next;
      }
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  // ("makes 200,000 shells a year once at full capacity": there the phrase says when the rate holds, and is no share.)
  if (!out.some((a) => outputRate(a, lex))) out.push(...fullCapacity(tokens, lex, slice));
  out.push(...equalNumbers(tokens, lex, slice, out));
  // ("its 25th aid package", "the twenty-second tranche": a rank, which counts nothing, nor the bare "twenty" in it.)
  const ranks = packageRanks(tokens);
  if (ranks.length) out.splice(0, out.length, ...out.filter((a) => !ranks.some((r) => r.start < a.span.end && a.span.start < r.end)));
  // ("Two-thirds of": the share, not a bare "two".)
  const shared = bySource(text, offset, out, shares(tokens, lex, slice, out));
  if (shared.length) out.splice(0, out.length, ...out.filter((a) => !shared.some((s) => s.span.start < a.span.end && a.span.start < s.span.end) && !shared.some((s) => s.nounSpan === a.nounSpan && s.span.start > a.span.end)), ...shared);
  const read = oneSumInTwoCurrencies(text, offset, out);
  // (A sum given twice, "$120 million (£96 million)", goes with the first.)
  const dropped = read.filter((a) => percentChange(tokens, a, lex) || investedInWorks(tokens, a, lex) || usedUp(tokens, a, lex) || unitPrice(tokens, a, lex) || pettySum(a, lex) || countsLots(text, offset, a, read));
  const echoes = (a: Amount) => dropped.some((d) => d.span.end <= a.span.start && /^\s*\(\s*$/.test(text.slice(d.span.end - offset, a.span.start - offset)));
  return read.filter((a) => !dropped.includes(a) && !echoes(a)).sort((a, b) => a.span.start - b.span.start);
}

/** "one shipment of 1,800 bombs": a count of lots with a count of the things in them right after "of". */
function countsLots(text: string, offset: number, a: Amount, all: readonly Amount[]): boolean {
  if (!a.nounSpan || a.unit === null || !lotsOf.has(text.slice(a.nounSpan.start - offset, a.nounSpan.end - offset).toLowerCase())) return false;
  const of = /^\s+of\s+/.exec(text.slice(a.nounSpan.end - offset));
  if (!of) return false;
  const at = a.nounSpan.end + of[0].length;
  return all.some((b) => b !== a && b.span.start === at && b.unit !== null);
}

/** "is using 7,700 shells a day", "fires about 4,000 rounds daily": a rate of what is spent, not made or moved. */
function usedUp(tokens: readonly Token[], a: Amount, lex: AmountLexicon): boolean {
  // (Only a rate: "fired over 300 missiles" counts what was received and spent in one go.)
  if (!a.unit || lex.currencyUnits.has(a.unit) || a.unit === "percent" || !a.quantity.per) return false;
  const first = tokens.findIndex((t) => t.start >= a.span.start);
  // ("used to buy 100 drones" is no use: "to" breaks the run.)
  return [1, 2, 3].some((back) => first - back >= 0 && lex.useVerbs.has(tokens[first - back].lower) && tokens.slice(first - back + 1, first).every((t) => t.kind === "word" && t.lower !== "to" && !lex.useVerbs.has(t.lower)));
}

/** "a fee of 5,000 euros", "sending 1,000 zloty": a sum of money too small for a state to move, told with no rate. */
function pettySum(a: Amount, lex: AmountLexicon): boolean {
  if (!a.unit || !lex.currencyUnits.has(a.unit) || a.quantity.per) return false;
  const values = [a.quantity.value, a.quantity.min, a.quantity.max].filter((v): v is number => v !== null);
  return values.length > 0 && values.every((v) => v < lex.pettySumBelow);
}

/** "$58 per gram", "$20,000 apiece": the price of one unit, not a sum moved. */
function unitPrice(tokens: readonly Token[], a: Amount, lex: AmountLexicon): boolean {
  if (!a.unit || !lex.currencyUnits.has(a.unit)) return false;
  let k = tokens.findIndex((t) => t.start >= a.span.end);
  if (k < 0) return false;
  // (A sum told by the month or the year before "for each" is a wage paid over time, a flow of money the
  // payer sends: "$2,000 a month for each soldier" is read as the rate, with its "per".)
  if (lex.rates.match(tokens, k)) return false;
  const price = lex.priceAfter.match(tokens, k);
  return price !== null;
}

/** "pumping $120 million into the plant", "investing EUR 300 million in a new factory": money put into a works. */
function investedInWorks(tokens: readonly Token[], a: Amount, lex: AmountLexicon): boolean {
  if (!a.unit || !lex.currencyUnits.has(a.unit)) return false;
  const first = tokens.findIndex((t) => t.start >= a.span.start);
  if (first < 0 || ![1, 2, 3].some((back) => first - back >= 0 && lex.investmentVerbs.has(tokens[first - back].lower))) return false;
  let k = tokens.findIndex((t) => t.start >= a.span.end);
  // (A sum given twice, "$120 million (£96 million)": past the bracket.)
  if (k >= 0 && tokens[k].text === "(") while (k < tokens.length && tokens[k].text !== ")") k++;
  if (k < 0) return false;
  const into = tokens.slice(k + 1, k + 3).findIndex((t) => t.lower === "into" || t.lower === "in");
  const from = tokens[k]?.lower === "into" || tokens[k]?.lower === "in" ? k + 1 : into >= 0 ? k + 2 + into : -1;
  if (from < 0) return false;
  for (let j = from; j < Math.min(tokens.length, from + lex.investmentReach); j++) if (lex.investmentSites.match(tokens, j)) return true;
  return false;
}

/** "donations fell by 57 per cent", "a 40 percent drop": a percent figure that tells a change is no share of a flow. */
function percentChange(tokens: readonly Token[], a: Amount, lex: AmountLexicon): boolean {
  if (a.unit !== "percent") return false;
  const first = tokens.findIndex((t) => t.start >= a.span.start);
  const end = (a.nounSpan ?? a.span).end;
  let next = tokens.findIndex((t) => t.start >= end);
  // ("rose 20 percent of the time" would be a share: a figure before "of" stays one.)
  if (next >= 0 && tokens[next].lower === "of") return false;
  if (first > 0 && lex.changeBefore.has(tokens[first - 1].lower)) return true;
  if (next >= 0 && tokens[next].text === "-") next++;
  return next >= 0 && lex.changeNounsAfter.has(tokens[next]?.lower ?? "");
}

/** Whether an amount is too large to be one at all ("1e38 rounds" is a misreading). */
export function implausible(a: Amount, max = amountLexicon().plausibleMax): boolean {
  return [a.quantity.value, a.quantity.min, a.quantity.max].some((v) => v !== null && (v > max || !Number.isFinite(v)));
}

type Slice = (from: number, to: number) => string;

interface Found {
  readonly amount: Amount | null;
  readonly next: number;
}

function amountAt(tokens: readonly Token[], i: number, lex: AmountLexicon, slice: Slice, floor: number, previous: Amount | null, nameEnds: ReadonlySet<number> = new Set()): Found | null {
  // Qualifiers ("more than", "an estimated", "between", "another"), at most two in a row.
  const roles: QualifierRole[] = [];
  let j = i;
  for (let n = 0; n < 2; n++) {
    const m = lex.before.match(tokens, j);
    if (!m) break;
    // "handed over 20 howitzers": the particle of a phrasal verb, no bound; the number starts after it.
    if (m.length === 1 && lex.particleVerbs.get(tokens[j].lower)?.has(tokens[j - 1]?.lower ?? "")) return null;
    roles.push(m.value);
    j += m.length;
  }
  const qualEnd = j;
  // "shells weighing 90 pounds": the weight of one thing, no amount.
  if (weighingVerbs.has(tokens[i - 1]?.lower ?? "")) {
    const c = readNumber(tokens, j, lex, false);
    if (c && !c.not) return { amount: null, next: c.to };
  }
  // "1,800 bombs of 2,000 pounds": the weight of each thing counted before, no amount (nor money).
  const weightEnd = weightClassAfterCount(tokens, i, j, lex);
  if (weightEnd !== null) return { amount: null, next: weightEnd };
  const cur = currencyAt(tokens, j, lex);
  if (cur) j += cur.length;
  const core = readNumber(tokens, j, lex, cur !== null);
  if (!core) {
    if (roles.includes("increment")) return increment(tokens, i, qualEnd, lex, slice);
    return null;
  }
  if (core.not) return { amount: null, next: core.to };
  if (notACount(tokens, i, core, lex, nameEnds)) return { amount: null, next: core.to };
  // Ranges: "10 to 12", "10-12", "between 10 and 12", "two or three".
  let end = core.to;
  let second: NumberCore | null = null;
  const join = tokens[end];
  if (join && lex.rangeJoin.has(join.lower) && (join.lower !== "and" || roles.includes("between"))) {
    let k = end + 1;
    const cur2 = currencyAt(tokens, k, lex);
    if (cur2) k += cur2.length;
    const c2 = readNumber(tokens, k, lex, cur !== null);
    const low = core.value ?? core.min;
    if (c2 && !c2.not && !c2.article && c2.value !== null && low !== null && c2.value > low) {
      if (tokens[c2.to]?.text === "-" && tokens[c2.to + 1]?.kind === "num") return { amount: null, next: c2.to + 2 }; // a phone number
      if (join.text === "-" && isYear(tokens[j]) && /^\d{2,4}$/.test(tokens[k].text)) return { amount: null, next: c2.to }; // "2022-23"
      second = c2;
      end = c2.to;
    }
  }
  const post = lex.after.match(tokens, end);
  if (post) end += post.length;
  // "1,500,000 grams of gold": a mass in a smaller measure, counted in tonnes.
  const mass = cur || core.strength ? null : massMeasureAt(tokens, end);
  if (mass) return massAmount(tokens, i, qualEnd, end, mass, quantityInTonnes(quantify(borrowScale(core, second), second, roles, post?.value ?? null), mass.tonnes), slice);
  // "the eight-wheeled vehicle", "a four-man crew": a number glued by a hyphen to a measure or a participle describes one thing.
  const glued = tokens[end + 1];
  // "a 500-million-dollar batch", "a 16-billion-kronor package": a sum glued by a hyphen to the name of its money.
  const hyphened = !cur && tokens[end]?.text === "-" && !tokens[end].spaced && glued?.kind === "word" && !glued.spaced;
  // ("a 500 million dollar batch": the same, written with spaces, claims the name of money at `end` itself.)
  const money = hyphened ? gluedMoney(tokens, end + 1, lex, (core.scale ?? 0) >= 1e6) : !cur ? spacedMoney(tokens, end, lex, (core.scale ?? 0) >= 1e6) : null;
  const moneyAt = hyphened ? end + 1 : end;
  if (money) {
    return {
      amount: {
        span: span(tokens[i].start, tokens[end - 1].end),
        quantity: quantify(borrowScale(core, second), second, roles, post?.value ?? null),
        unit: money.unit,
        noun: slice(moneyAt, moneyAt + money.length),
        nounSpan: span(tokens[moneyAt].start, tokens[moneyAt + money.length - 1].end),
        calibre: null,
        qualifier: qualEnd > i ? slice(i, qualEnd) : post ? slice(end - post.length, end) : null,
      },
      next: moneyAt + money.length,
    };
  }
  if (!cur && tokens[end]?.text === "-" && !tokens[end].spaced && glued?.kind === "word" && !glued.spaced && (lex.nonCount.match(tokens, end + 1) || /^\p{L}{3,}ed$/u.test(glued.text))) return { amount: null, next: end + 2 };
  const plural = !(core.value === 1 && !second);
  const noun = furtherPartitive(tokens, end, lex, plural) ?? findNoun(tokens, end, lex, plural) ?? (core.ofNoun && tokens[end]?.lower === "of" ? findNoun(tokens, end + 1, lex, plural) : null) ?? partitive(tokens, end, lex, plural);
  // "300 missiles or more", "1,000 drones or so": a qualifier after the noun.
  const late = !post && noun && noun.to > noun.from ? lex.after.match(tokens, noun.to) : null;
  const nounNext = noun ? noun.to + (late?.length ?? 0) : end;
  // ("eight more in 2024": a word of a further lot after the number is no noun of its own.)
  const moreOnly = !!noun && noun.unit === null && noun.to === noun.from + 1 && lex.moreAfter.has(tokens[noun.from]?.lower ?? "");
  const counted = !cur && !noun?.unit && !core.strength ? (countedAfter(tokens, core.to, lex, slice) ?? countedBefore(tokens, i, floor, lex, slice) ?? totalOf(tokens, i, lex, previous) ?? subjectCounted(tokens, i, floor, lex, slice) ?? (noun && noun.to > noun.from && !moreOnly ? null : listedAfter(tokens, i, core, lex, previous))) : null;
  if (noun?.nonCount) return { amount: null, next: nounNext };
  // "bombs of 2,000 pounds": with no sign of money before it, a sum under a million in a weight's name weighs.
  if (!cur && noun && noun.to === noun.from + 1 && weightBelowMillions.has(tokens[noun.from].lower) && [core.value, core.min, core.max, second?.value ?? null].every((v) => v === null || v < 1e6)) return { amount: null, next: nounNext };
  const unit: Unit | null = cur ? cur.value : core.strength ? "troops" : (noun?.unit ?? counted?.unit ?? null);
  if (core.article && (!noun || noun.unit === null || (tokens[core.from].lower !== "one" && !(noun.article && noun.singular && !noun.generic)))) return { amount: null, next: core.to };
  // "in 2024 alone Russian ships carried ...": after a time word, a year is a year whatever follows it.
  if (isYear(tokens[core.from]) && core.to === core.from + 1 && /^\d{4}$/.test(tokens[core.from].text) && /^(?:in|since|by|from|until|till|through|during|of|early|late|mid|before|after|throughout)$/i.test(tokens[core.from - 1]?.text ?? "")) return { amount: null, next: end };
  if (!unit && isYear(tokens[core.from]) && core.to === core.from + 1 && (!second || isYear(tokens[second.from]))) return { amount: null, next: end };
  // "in 2022 and 2023", "between now and 2028": a year that closes a span of times, with no noun of its own.
  if (isYear(tokens[core.from]) && core.to === core.from + 1 && i === core.from && !second && !(noun && noun.to > noun.from) && lex.yearPairJoins.has(tokens[i - 1]?.lower ?? "") && (isYear(tokens[i - 2]) || lex.yearPairOpeners.has(tokens[i - 2]?.lower ?? ""))) return { amount: null, next: end };
  // "the 2025 shells production targets", "its 2023 drones budget": after a determiner, a recent year written bare names the year.
  if (i === core.from && !second && core.to === core.from + 1 && /^(?:19[89]\d|20[0-3]\d)$/.test(tokens[core.from].text) && /^(?:the|its|their|this|that|his|her|our)$/i.test(tokens[i - 1]?.text ?? "")) return { amount: null, next: core.to };

  const per = rateOf(tokens, noun && noun.to > noun.from ? noun : null, nounNext, i, lex);
  const quantity = { ...quantify(borrowScale(core, second), second, roles, (post ?? late)?.value ?? null), ...(per ? { per } : {}) };
  const qualFrom = i;
  const spanTo = post ? end : (second ? second.to : core.to);
  const amount: Amount = {
    span: span(tokens[qualFrom].start, tokens[spanTo - 1].end),
    quantity,
    unit,
    noun: counted ? counted.noun : noun && noun.to > noun.from ? slice(noun.from, noun.to) : null,
    nounSpan: counted ? counted.nounSpan : noun && noun.to > noun.from ? span(tokens[noun.from].start, tokens[noun.to - 1].end) : null,
    calibre: noun?.calibre ?? null,
    qualifier: qualEnd > i ? slice(i, qualEnd) : post ? slice(end - post.length, end) : late && noun ? slice(noun.to, noun.to + late.length) : null,
  };
  return { amount, next: Math.max(nounNext, spanTo) };
}

/** The sign of money at `k` ("$", "US$", "€"; "A$" only written as one word), and how many tokens it spans. */
function currencyAt(tokens: readonly Token[], k: number, lex: AmountLexicon): { value: Unit; length: number } | null {
  const glued = lex.currencyGlued.match(tokens, k);
  if (glued && tokens.slice(k + 1, k + glued.length).every((t) => !t.spaced)) return glued;
  return lex.currencyBefore.match(tokens, k);
}

/**
 * The name of money at `k` ("dollar", "euro"; "kronor", whose state parse-amounts.ts decides, with no unit here), or
 * null. After a sum of millions a weight's name may be money ("a 300-million-pound deal"; "a 500-pound bomb" weighs).
 */
function gluedMoney(tokens: readonly Token[], k: number, lex: AmountLexicon, millions: boolean): { unit: Unit | null; length: number } | null {
  const named = lex.units.match(tokens, k);
  if (named && lex.currencyUnits.has(named.value.unit)) return { unit: named.value.unit, length: named.length };
  const scaled = millions ? lex.moneyAfterMillions.get(tokens[k].lower) : undefined;
  if (scaled) return { unit: scaled, length: 1 };
  return lex.sharedMoney.has(tokens[k].lower) ? { unit: null, length: 1 } : null;
}

/**
 * "a 300 million dollar contract", "a 40 billion euro fund": after a sum of millions, the name of its money in the
 * singular, standing as an adjective before the noun it prices (no hyphens written), is the sum's money, as in "a
 * 300-million-dollar contract". Only a name that is money by itself (units.json), not a shared one ("kronor").
 */
function spacedMoney(tokens: readonly Token[], k: number, lex: AmountLexicon, millions: boolean): { unit: Unit | null; length: number } | null {
  if (!millions || tokens[k]?.kind !== "word" || !lex.singularMoney.has(tokens[k].lower)) return null;
  const next = tokens[k + 1];
  // (A common noun after it: "a 5 billion euro Assistance Fund" names a fund, whose parties the reader cannot tell.)
  if (next?.kind !== "word" || !next.spaced || !/^\p{Ll}/u.test(next.text)) return null;
  const named = gluedMoney(tokens, k, lex, millions);
  return named?.unit ? named : null;
}

/** An amount of mass read in grams or kilograms, in tonnes: its noun is the measure and what it weighs. */
function massAmount(tokens: readonly Token[], i: number, qualEnd: number, end: number, mass: { length: number }, quantity: Amount["quantity"], slice: Slice): Found {
  const to = end + mass.length;
  return {
    amount: {
      span: span(tokens[i].start, tokens[end - 1].end),
      quantity,
      unit: "tonnes",
      noun: slice(end, to),
      nounSpan: span(tokens[end].start, tokens[to - 1].end),
      calibre: null,
      qualifier: qualEnd > i ? slice(i, qualEnd) : null,
    },
    next: to,
  };
}

/**
 * Whether the figure at `j` (its qualifiers start at `i`) is a weight class: "of" right before, a noun counted within
 * three words before that ("1,800 bombs of", "300 glide bombs of"), and a weight's name after a figure no larger than
 * units.json weightClassMax ("2,000 pounds", "500 lb"): the token after the weight's name, else null. "Two tranches of
 * 500 million pounds" is a sum still.
 */
function weightClassAfterCount(tokens: readonly Token[], i: number, j: number, lex: AmountLexicon): number | null {
  if (tokens[i - 1]?.lower !== "of" || tokens[i - 2]?.kind !== "word") return null;
  const c = readNumber(tokens, j, lex, false);
  if (!c || c.not || c.scale !== null || c.value === null || c.value > units.weightClassMax || !weightClassNames.has(tokens[c.to]?.lower ?? "")) return null;
  for (let k = i - 3; k >= Math.max(0, i - 5); k--) {
    if (tokens[k].kind === "num") return c.to + 1;
    if (tokens[k].kind !== "word") return null;
  }
  return null;
}

/**
 * "at least 300 of the rockets", "40 of its drones": a count of part of a named whole counts its noun.
 */
function partitive(tokens: readonly Token[], end: number, lex: AmountLexicon, plural: boolean): NounPhrase | null {
  // ("One of the ships" names one thing, no count.)
  if (!plural || tokens[end]?.lower !== "of") return null;
  // ("600 of the lighter variety": a kind of what was counted before, read by ofAKind.)
  if (ofAKind(tokens, end)) return null;
  const det = /^(?:the|these|those|its|their)$/.test(tokens[end + 1]?.lower ?? "");
  // "12 of the 19 jets", "three of five systems": the whole's own count stands between; the part counts the same noun.
  const whole = wholeCount(tokens, end, lex);
  if (!det && whole === null) return null;
  // ("30 of its own F-16s": "own" only stresses whose they are.)
  const from = whole?.to ?? (det && tokens[end + 2]?.lower === "own" ? end + 3 : end + 2);
  const noun = findNoun(tokens, from, lex, plural);
  if (!noun || noun.nonCount) return null;
  // ("six of the F-16 fighters": a model with no unit word counts in the unit of the thing it names, found later.)
  return noun.unit || noun.to > noun.from ? noun : null;
}

/**
 * "150 more of the missiles", "20 more of its tanks": a word of a further lot (units.json `moreAfter`) right
 * after the number, then a partitive "of", counts the partitive's noun.
 */
function furtherPartitive(tokens: readonly Token[], end: number, lex: AmountLexicon, plural: boolean): NounPhrase | null {
  if (!lex.moreAfter.has(tokens[end]?.lower ?? "") || tokens[end + 1]?.lower !== "of") return null;
  return partitive(tokens, end + 1, lex, plural);
}

/** The count of the whole in "12 of the 19 jets", "three of five systems" (after "of" at `end`), or null. */
function wholeCount(tokens: readonly Token[], end: number, lex: AmountLexicon): NumberCore | null {
  if (tokens[end]?.lower !== "of") return null;
  const det = /^(?:the|these|those|its|their)$/.test(tokens[end + 1]?.lower ?? "");
  const whole = readNumber(tokens, det ? end + 2 : end + 1, lex);
  return whole && whole.value !== null && !whole.not && !whole.article ? whole : null;
}

/** "of the lighter variety", "of the 500-pound type": a kind of what was counted before (a weight class may stand before the kind word). */
function ofAKind(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== "of" || !/^(?:the|a|an)$/.test(tokens[k + 1]?.lower ?? "")) return false;
  for (let q = k + 2; q < Math.min(tokens.length, k + 8); q++) {
    if (partitiveKinds.has(tokens[q].lower)) return true;
    if (tokens[q].kind === "sym" && tokens[q].text !== "-") return false;
  }
  return false;
}

/** A bare number after "the number of X ... to 120" counts X: the nearest such phrase before it in the text. */
function countedBefore(tokens: readonly Token[], i: number, floor: number, lex: AmountLexicon, slice: Slice): Pick<Amount, "unit" | "noun" | "nounSpan"> | null {
  for (let k = i - 1; k >= floor; k--) {
    const m = lex.countOf.match(tokens, k);
    if (!m) continue;
    const noun = findNoun(tokens, k + m.length, lex, true);
    if (!noun || noun.unit === null || noun.to > i) return null;
    return { unit: noun.unit, noun: slice(noun.from, noun.to), nounSpan: span(tokens[noun.from].start, tokens[noun.to - 1].end) };
  }
  return null;
}

/**
 * "a cargo of 107mm rockets would amount to some 400,000": a bare figure after a verb of amounting (units.json,
 * `amountTo`) counts the nearest noun of a unit before it in its clause, its subject.
 */
function subjectCounted(tokens: readonly Token[], i: number, floor: number, lex: AmountLexicon, slice: Slice): Pick<Amount, "unit" | "noun" | "nounSpan"> | null {
  let verb = -1;
  for (let k = i - 1; k >= Math.max(floor, i - 3); k--) {
    const m = amountTo.match(tokens, k);
    if (m && k + m.length === i) verb = k;
  }
  if (verb < 0) return null;
  for (let k = verb - 1; k >= Math.max(floor, verb - units.amountToReach); k--) {
    if (tokens[k].kind === "sym" && tokens[k].text !== "-") return null;
    const noun = findNoun(tokens, k, lex, true);
    if (noun?.unit && !noun.nonCount && noun.to <= verb) return { unit: noun.unit, noun: slice(noun.from, noun.to), nounSpan: span(tokens[noun.from].start, tokens[noun.to - 1].end) };
  }
  return null;
}

/** "raises to forty the overall number of jets": a bare number followed by "the number of X" counts X. */
function countedAfter(tokens: readonly Token[], k: number, lex: AmountLexicon, slice: Slice): Pick<Amount, "unit" | "noun" | "nounSpan"> | null {
  const m = lex.countedAfter.match(tokens, k);
  if (!m) return null;
  const noun = findNoun(tokens, k + m.length, lex, true);
  if (!noun || noun.unit === null) return null;
  return { unit: noun.unit, noun: slice(noun.from, noun.to), nounSpan: span(tokens[noun.from].start, tokens[noun.to - 1].end) };
}

/** "one more radar (the total now stands at five)": the total counts what the amount before it counted. */
function totalOf(tokens: readonly Token[], i: number, lex: AmountLexicon, previous: Amount | null): Pick<Amount, "unit" | "noun" | "nounSpan"> | null {
  if (!previous?.unit) return null;
  // ("the total yearly output of the plants is 9,000", "brings the number delivered from the US to 80": a few plain words may stand between.)
  for (let k = i - 1; k >= Math.max(0, i - lex.totalReach) && (tokens[k].kind === "word" || k === i - 1); k--) if (lex.totalWords.has(tokens[k].lower)) return { unit: previous.unit, noun: previous.noun, nounSpan: previous.nounSpan };
  return null;
}

/**
 * The rate of an amount: "11,000 shells every month", "500,000 barrels of oil per year", "100,000 bpd",
 * "a monthly output of 14,000". Null for a plain amount; "a year ago" is a time, not a rate.
 */
function rateOf(tokens: readonly Token[], noun: NounPhrase | null, after: number, from: number, lex: AmountLexicon): Rate | null {
  const at = (k: number): Rate | null => {
    const m = lex.rates.match(tokens, k);
    if (!m) return null;
    const next = tokens[k + m.length];
    return next && lex.notRateAfter.has(next.lower) ? null : m.value;
  };
  if (noun) for (let k = noun.from; k < noun.to; k++) if (at(k)) return at(k);
  const own = at(after);
  if (own) return own;
  // "barrels of refined products per year", "$3.8 billion in military aid every year": past an of- or in-complement of plain words.
  if (tokens[after]?.lower === "of" || tokens[after]?.lower === "in") {
    for (let k = after + 1; k < Math.min(tokens.length, after + 6); k++) {
      const r = at(k);
      if (r) return r;
      if (tokens[k].kind !== "word") break;
    }
  }
  // "the monthly output of 9,000", "annual exports of some 2 million tonnes".
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    const t = tokens[k];
    if (t.kind !== "word") break;
    const r = lex.rateAdjectives.get(t.lower);
    if (r && /^(?:of|at|reached|to)$/.test(tokens[from - 1]?.lower ?? "")) return r;
  }
  return null;
}

/**
 * "20 jets in 2025, 16 in 2026 and 12 in 2027": a bare number in a list after a counted amount
 * counts the same thing. Only where a comma or "and" stands right before it and no noun follows it.
 */
function listedAfter(tokens: readonly Token[], i: number, core: NumberCore, lex: AmountLexicon, previous: Amount | null): Pick<Amount, "unit" | "noun" | "nounSpan"> | null {
  if (!previous || (previous.unit && (lex.currencyUnits.has(previous.unit) || previous.unit === "percent"))) return null;
  const before = tokens[i - 1]?.lower;
  // ("in addition to the 148 already supplied": "the" and a bare number point back too; so do words of a further
  // lot, "the remaining five in 2025", "another six by June".)
  // ("fell to 1.2 million barrels a day from 1.5 million in April": an earlier level, told with a scale word, so no year or count of
  // something else, "from 12 countries", and with a time of its own: "up from about 0.5 million." alone is left unread.)
  const compared = lex.comparedBefore.has(before ?? "") && core.scale !== null && tokens[core.to]?.kind === "word" && /^(?:in|during|last|a)$/.test(tokens[core.to].lower);
  if (before !== "," && before !== "and" && before !== "or" && before !== "the" && !lex.lotBefore.has(before ?? "") && !compared) return null;
  // ("eight more in 2024": the word of a further lot stands between the number and what follows.)
  const next = tokens[core.to]?.kind === "word" && lex.moreAfter.has(tokens[core.to].lower) ? tokens[core.to + 1] : tokens[core.to];
  // ("the remaining two will follow by 2027", "the other six are due in May": a definite remainder may be the subject of its own
  // clause, and points back to the last thing its sentence counted, however far.)
  const remainder = lex.lotBefore.has(before ?? "") && tokens[i - 2]?.lower === "the" && next?.kind === "word" && lex.remainderVerbs.has(next.lower);
  // (A remainder of things counted with no unit word, "three of the five squadrons", keeps their noun: its item gives the unit.)
  if (!previous.unit && !(remainder && previous.nounSpan)) return null;
  // (In a list of lots the figure before is the nearest: "six of the jets by June, eight more in 2024 and the remaining five".)
  if (Math.max((previous.nounSpan ?? previous.span).end, previous.span.end) < (tokens[Math.max(0, i - (remainder ? lex.remainderReach : 12))]?.start ?? 0)) return null;
  if (next && next.kind !== "sym" && !remainder && !/^(?:in|this|next|last|by|during|and|or|already|previously|earlier|so)$/.test(next.lower) && !ofAKind(tokens, core.to)) return null;
  return { unit: previous.unit, noun: previous.noun, nounSpan: previous.nounSpan };
}

/** "3 to 4 million": the first half borrows the scale of the second. */
function borrowScale(core: NumberCore, second: NumberCore | null): NumberCore {
  if (!second || core.scale !== null || second.scale === null || core.value === null || second.value === null) return core;
  const borrowed = core.value * second.scale;
  return borrowed <= second.value ? { ...core, value: borrowed } : core;
}

function quantify(core: NumberCore, second: NumberCore | null, roles: QualifierRole[], post: "min" | "max" | "approx" | null): Amount["quantity"] {
  const approx = roles.includes("approx") || post === "approx";
  if (second) return { value: null, min: core.value ?? core.min, max: second.value ?? second.max, approx };
  if (core.value === null) {
    const min = roles.includes("max") ? null : core.min;
    const max = roles.includes("min") ? null : core.max;
    return { value: null, min, max, approx };
  }
  const v = core.value;
  if (roles.includes("min") || post === "min") return { value: null, min: v, max: null, approx };
  if (roles.includes("max") || post === "max") return { value: null, min: null, max: v, approx };
  return { value: v, min: null, max: null, approx };
}

/** "another IRIS-T air defence system", "a further tank": one more, unless a number follows. */
function increment(tokens: readonly Token[], i: number, qualEnd: number, lex: AmountLexicon, slice: Slice): Found | null {
  const noun: NounPhrase | null = findNoun(tokens, qualEnd, lex, false);
  if (!noun || noun.unit === null || !noun.singular || noun.generic) return null;
  return {
    amount: {
      span: span(tokens[i].start, tokens[qualEnd - 1].end),
      quantity: { value: 1, min: null, max: null, approx: false },
      unit: noun.unit,
      noun: slice(noun.from, noun.to),
      nounSpan: span(tokens[noun.from].start, tokens[noun.to - 1].end),
      calibre: noun.calibre,
      qualifier: slice(i, qualEnd),
    },
    next: noun.to,
  };
}

function isYear(t: Token | undefined): boolean {
  if (!t || t.kind !== "num" || !isBareInteger(t.text) || t.text.length !== 4) return false;
  const y = Number(t.text);
  return y >= 1800 && y <= 2100;
}

/** Dates ("7 March", "March 7"), times of day ("10:30"), names ("Resolution 2397", "Su-27", "Leopard 2"). */
function notACount(tokens: readonly Token[], i: number, core: NumberCore, lex: AmountLexicon, nameEnds: ReadonlySet<number> = new Set()): boolean {
  const t = tokens[core.from];
  const prev = tokens[i - 1];
  const next = tokens[core.to];
  if (t.kind === "num") {
    if (next && lex.months.has(next.lower) && next.spaced) return true;
    if (prev && (lex.months.has(prev.lower) || (prev.text === "." && lex.months.has(tokens[i - 2]?.lower ?? "")))) return true;
    // ("March 7, 2024": the year of a date; "in October 2023, over 7,000 tons" counts after the comma.)
    if (prev?.text === "," && tokens[i - 2]?.kind === "num" && /^\d{1,2}$/.test(tokens[i - 2].text) && isYear(t) && lex.months.has(tokens[i - 3]?.lower ?? "")) return true;
    if (next?.text === ":" && tokens[core.to + 1]?.kind === "num" && !tokens[core.to + 1].spaced) return true;
    const glued = tokens[core.from - 1];
    if (glued && !t.spaced && (glued.kind === "word" || glued.kind === "num" || "-/#:".includes(glued.text))) return true;
    if (prev && (lex.noneBefore.has(prev.text) || prev.text === "#")) return true;
    if (prev && lex.designators.has(prev.lower) && i === core.from) return true;
    // A capitalised word right before a bare number names a model or a document ("Leopard 2", "Article 5").
    if (prev && i === core.from && prev.kind === "word" && prev.text[0] !== prev.lower[0] && isBareInteger(t.text) && (!opensSentence(tokens, i - 1) || opensListItem(tokens, i - 1, lex)) && !nameEnds.has(prev.end)) {
      // ... unless a new name follows the number: "given Ukraine 14 Challenger 2 tanks" counts 14.
      const startsName = next?.kind === "word" && next.spaced && next.text[0] !== next.lower[0];
      if (!lex.before.has(prev.lower) && !lex.months.has(prev.lower) && !startsName) return true;
    }
  }
  return false;
}

function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k === 0 || SENTENCE_OPENERS.has(tokens[k - 1].text);
}

/**
 * The word at k opens a list line (right after a dash or bullet that starts the text) and is no common word: a
 * capitalised name there ("- Gepard 35 guns") is a model's, as it is inside a sentence; "- The 35 guns",
 * "- Another 35 guns" keep their count.
 */
function opensListItem(tokens: readonly Token[], k: number, lex: AmountLexicon): boolean {
  if (k !== 1 || !LIST_MARKERS.has(tokens[0].text)) return false;
  const w = tokens[k].lower;
  return !lex.stopWords.has(w) && !lex.totalWords.has(w) && !lex.lotBefore.has(w) && !lex.articles.has(w) && !lex.smallNumbers.has(w);
}

/**
 * "nearly a third of the crude", "the vast majority from the US", "more than half of": shares of a flow
 * in percent. A fraction word counts only before "of" or "from" ("a third country" is none); "most" and
 * "half" only before "of". A qualifier before it bounds it ("nearly a third": at most 33.3).
 */
function shares(tokens: readonly Token[], lex: AmountLexicon, slice: Slice, found: readonly Amount[]): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.shares.match(tokens, i);
    if (!m) continue;
    const next = tokens[i + m.length]?.lower;
    const word = slice(i, i + m.length).toLowerCase();
    const closing = !(next === "of" || (next === "from" && !lex.sharesNeedOf.has(word)));
    if (closing && !closesShare(tokens, i, lex)) continue;
    // "half a million" is a number, read elsewhere; "most of them" after "the" is the superlative's noun.
    if (found.some((a) => a.unit !== null && a.span.start <= tokens[i].start && tokens[i].end <= a.span.end)) continue;
    if (tokens[i + m.length + 1] && lex.scales.has(tokens[i + m.length + 1].lower)) continue;
    // "the first half of the year", "a quarter of a century": a share of a time.
    if (lex.shareNotAfterWord.has(tokens[i - 1]?.lower ?? "") || (!closing && shareOfTime(tokens, i + m.length + 1, lex))) continue;
    let q = i;
    const roles: QualifierRole[] = [];
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const b = lex.before.match(tokens, i - back);
      if (b && i - back + b.length === i) {
        roles.push(b.value);
        q = i - back;
        break;
      }
    }
    // "11,000 shells a month, the vast majority of the total": a share in apposition restates the figure before it.
    // ("..., the vast majority from France" names a share by source, which the figure before does not tell.)
    if (next !== "from" && tokens[q - 1]?.text === "," && found.some((a) => a.unit && a.unit !== "percent" && a.span.end <= tokens[q - 1].start && a.span.end >= (tokens[Math.max(0, i - 10)]?.start ?? 0))) continue;
    // "most of the plants run at about 30 percent": the share counts the things, the stated percent is the figure.
    if (found.some((a) => a.unit === "percent" && a.span.start >= tokens[i].end)) continue;
    // "half of what Russia fired": a share of something the clause does not name as traded.
    if (/^(?:what|which|that|those|them|it)$/.test(tokens[i + m.length + 1]?.lower ?? "")) continue;
    // "most of the 66 jets", "part of the 300 million dollar package": a share of a lot whose own count the text
    // gives; that count is the figure of the claim, the share only says how much of it is meant.
    const lot = /^(?:the|its|their)$/.test(tokens[i + m.length + 1]?.lower ?? "") ? i + m.length + 2 : i + m.length + 1;
    if (!closing && found.some((a) => a.unit !== "percent" && (a.unit !== null || a.noun !== null) && a.span.start === tokens[lot]?.start)) continue;
    const v = m.value.value ?? null;
    const min = m.value.min ?? null;
    const quantity =
      v === null
        ? { value: null, min, max: null, approx: false }
        : roles.includes("min")
          ? { value: null, min: v, max: null, approx: false }
          : roles.includes("max")
            ? { value: null, min: null, max: v, approx: false }
            : { value: v, min: null, max: null, approx: true };
    const s = span(tokens[q].start, tokens[i + m.length - 1].end);
    out.push({ span: s, quantity, unit: "percent", noun: slice(i, i + m.length), nounSpan: span(tokens[i].start, tokens[i + m.length - 1].end), calibre: null, qualifier: q < i ? slice(q, i) : null });
    i += m.length - 1;
  }
  return out;
}

/** "put China's share of the chips at about four-fifths": a fraction word right after a closer of a phrase a noun of share opens. */
function closesShare(tokens: readonly Token[], i: number, lex: AmountLexicon): boolean {
  let k = i - 1;
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const b = lex.before.match(tokens, i - back);
    if (b && i - back + b.length === i) {
      k = i - back - 1;
      break;
    }
  }
  if (!lex.shareClosers.has(tokens[k]?.lower ?? "")) return false;
  for (let j = k - 1; j >= 0 && j >= k - lex.shareCloserReach; j--) {
    if (tokens[j].kind === "sym" && tokens[j].text !== "'" && tokens[j].text !== "’" && tokens[j].text !== "-") return false;
    if (lex.shareNouns.has(tokens[j].lower) && tokens[j + 1]?.lower === "of") return true;
  }
  return false;
}

/**
 * "over 7,000 tons of equipment arrived on 60 planes, the vast majority from France": a share by source set after
 * the sentence's figures counts what its first figure counted ("equipment"), and that figure, a total from several
 * sources, is no source's amount: the share takes its noun, and the figure is dropped (by the caller).
 */
function bySource(text: string, offset: number, found: readonly Amount[], shared: Amount[]): Amount[] {
  return shared.map((s) => {
    if (!/^\s*from\b/i.test(text.slice((s.nounSpan ?? s.span).end - offset)) || !/,\s*$/.test(text.slice(0, s.span.start - offset))) return s;
    const head = found.find((a) => a.unit && a.unit !== "percent" && a.nounSpan && a.span.end <= s.span.start);
    return head ? { ...s, noun: head.noun, nounSpan: head.nounSpan } : s;
  });
}

function shareOfTime(tokens: readonly Token[], k: number, lex: AmountLexicon): boolean {
  let q = k;
  while (q < tokens.length && q < k + 2 && /^(?:the|this|that|a|an|last|next|its)$/.test(tokens[q].lower)) q++;
  const t = tokens[q];
  return t !== undefined && (lex.shareTimes.has(t.lower) || (t.kind === "num" && /^\d{4}$/.test(t.text)));
}

/**
 * "£96 million ($120 million)", "2 billion crowns, or $190 million": one sum in two currencies is the dollar figure (SCHEMA.md "Units"), its
 * span the whole of both. The dollar figure first ("$120 million (£96 million)") keeps it as it is.
 */
const restatedInDollars = /^(?:\s*[\p{L}.]+){0,2}?\s*(?:\(|,?\s*\bor\b)\s*(?:about|some|around|approximately|roughly)?\s*$/u;

function oneSumInTwoCurrencies(text: string, offset: number, amounts: Amount[]): Amount[] {
  const money = (a: Amount) => a.unit !== null && amountLexicon().currencyUnits.has(a.unit);
  const drop = new Set<Amount>();
  const out = amounts.map((a) => {
    if (!money(a) || a.unit === "usd") return a;
    // (The name of the first money may stand between: "63,000 crore rupees (some $7.4 billion)", "2 billion crowns, or $190 million".)
    const dollars = amounts.find((b) => b.unit === "usd" && b.span.start > a.span.end && restatedInDollars.test(text.slice(a.span.end - offset, b.span.start - offset)));
    if (!dollars) return a;
    drop.add(dollars);
    const close = text.indexOf(")", dollars.span.end - offset);
    const end = close >= 0 && close - (dollars.span.end - offset) <= 2 ? close + 1 + offset : dollars.span.end;
    return { ...dollars, span: span(a.span.start, end), qualifier: a.qualifier ?? dollars.qualifier };
  });
  return out.filter((a) => !drop.has(a));
}

/**
 * "120 self-propelled guns and an equal number of rocket launchers": the phrase counts its noun as many as the
 * count of things right before it in the sentence (no sum, no share), in the unit of its own noun.
 */
function equalNumbers(tokens: readonly Token[], lex: AmountLexicon, slice: Slice, found: readonly Amount[]): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.equalNumber.match(tokens, i);
    if (!m || i + m.length >= tokens.length) continue;
    const at = tokens[i].start;
    const earlier = found.filter((a) => a.span.end <= at && a.quantity.value !== null && a.unit !== null && a.unit !== "percent" && !lex.currencyUnits.has(a.unit)).pop();
    const noun = earlier ? findNoun(tokens, i + m.length, lex, true) : null;
    if (!earlier || !noun || noun.nonCount || noun.to <= noun.from) continue;
    out.push({ span: span(at, tokens[i + m.length - 1].end), quantity: { ...earlier.quantity }, unit: noun.unit ?? earlier.unit, noun: slice(noun.from, noun.to), nounSpan: span(tokens[noun.from].start, tokens[noun.to - 1].end), calibre: noun.calibre, qualifier: earlier.qualifier });
    i += m.length - 1;
  }
  return out;
}

/** "200,000 shells a year", "50 drones a month": a count of goods over a span of time. */
function outputRate(a: Amount, lex: AmountLexicon): boolean {
  return !!a.quantity.per && a.unit !== null && a.unit !== "percent" && !lex.currencyUnits.has(a.unit);
}

/** "at full capacity", "full throttle": 100 percent without a number. */
function fullCapacity(tokens: readonly Token[], lex: AmountLexicon, slice: Slice): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.fullCapacity.match(tokens, i);
    if (!m) continue;
    const s = span(tokens[i].start, tokens[i + m.length - 1].end);
    out.push({ span: s, quantity: { value: 100, min: null, max: null, approx: false }, unit: "percent", noun: slice(i, i + m.length), nounSpan: s, calibre: null, qualifier: null });
    i += m.length - 1;
  }
  return out;
}

import numbers from "../../knowledge/numbers.json" with { type: "json" };
import qualifiers from "../../knowledge/qualifiers.json" with { type: "json" };
import units from "../../knowledge/units.json" with { type: "json" };
import times from "../../knowledge/times.json" with { type: "json" };
import chunks from "../../knowledge/chunks.json" with { type: "json" };
import { UNITS, type Rate, type Unit } from "../../core/claim.js";
import { PhraseTable } from "./tokens.js";

/** What a qualifier does to the number it stands by. */
export type QualifierRole = "min" | "max" | "approx" | "increment" | "between";

export interface UnitForm {
  readonly unit: Unit;
  readonly singular: boolean;
  /** Also a plural form ("aircraft", "MLRS"): never a modifier of a following noun. */
  readonly plural: boolean;
  /** 'a/an/one X' counts as 1 for this unit. */
  readonly article: boolean;
}

export interface Bounds {
  readonly min: number;
  readonly max: number;
}

/** The typed, indexed form of numbers.json, qualifiers.json, units.json (and the months of times.json). */
export interface AmountLexicon {
  readonly smallNumbers: ReadonlyMap<string, number>;
  readonly tens: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  readonly gluedScales: ReadonlyMap<string, number>;
  readonly gluedScalesWithCurrency: ReadonlyMap<string, number>;
  readonly fractions: ReadonlyMap<string, number>;
  /** "two point three billion": the words of a decimal point said aloud. */
  readonly decimalPoints: ReadonlySet<string>;
  readonly groups: ReadonlyMap<string, number>;
  readonly articles: ReadonlySet<string>;
  readonly vaguePlurals: ReadonlyMap<string, Bounds>;
  readonly vagueWords: PhraseTable<Bounds>;
  readonly openAbove: number;
  readonly before: PhraseTable<QualifierRole>;
  /** "handed over 20": the verb forms after which a qualifier word is a particle (by qualifier). */
  readonly particleVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  readonly after: PhraseTable<"min" | "max" | "approx">;
  readonly rangeJoin: ReadonlySet<string>;
  readonly units: PhraseTable<UnitForm>;
  readonly nonCount: PhraseTable<true>;
  /** "a second Patriot battery": time words that rank, not measure, before a further noun. */
  readonly ordinalTimeWords: ReadonlySet<string>;
  readonly calibres: PhraseTable<true>;
  readonly designators: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  readonly fullCapacity: PhraseTable<true>;
  readonly equalNumber: PhraseTable<true>;
  readonly currencyBefore: PhraseTable<Unit>;
  /** "A$245m": signs of money that count only glued to their letter, whose letter apart is the article. */
  readonly currencyGlued: PhraseTable<Unit>;
  readonly noneBefore: ReadonlySet<string>;
  /** "in 2022 and 2023", "between now and 2028": the words that join a year to a time before it, and the time words. */
  readonly yearPairJoins: ReadonlySet<string>;
  readonly yearPairOpeners: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly countOf: PhraseTable<true>;
  readonly countedAfter: PhraseTable<true>;
  readonly genericNouns: ReadonlySet<string>;
  readonly strongWords: ReadonlySet<string>;
  readonly measureModifiers: ReadonlySet<string>;
  readonly totalWords: ReadonlySet<string>;
  /** "the remaining five", "eight more": words around a bare number that tell a further lot of the goods before. */
  readonly lotBefore: ReadonlySet<string>;
  readonly comparedBefore: ReadonlySet<string>;
  readonly moreAfter: ReadonlySet<string>;
  /** "the remaining two will follow": the verb words a definite remainder may open its own clause with. */
  readonly remainderVerbs: ReadonlySet<string>;
  /** How many tokens back a definite remainder may point to the count it is the rest of. */
  readonly remainderReach: number;
  readonly totalReach: number;
  /** "40 more such drones": a word after "more" that points back to the kind counted before. */
  readonly lotPointers: ReadonlySet<string>;
  readonly maxModifiers: number;
  /** "a month", "per day", "annually": the amount before is a rate. */
  readonly rates: PhraseTable<Rate>;
  readonly notRateAfter: ReadonlySet<string>;
  /** "monthly", "annual" before the noun a figure is given for ("the monthly output of 14,000"). */
  readonly rateAdjectives: ReadonlyMap<string, Rate>;
  /** The units that are money (ISO 4217 codes). */
  readonly currencyUnits: ReadonlySet<Unit>;
  /** "kroner", "francs": names of money several states use, whose currency the sentence's states decide (units.json sharedCurrencies). */
  readonly sharedMoney: ReadonlySet<string>;
  /** "pound": a weight's name that is money after a sum of millions ("a 300-million-pound deal") (units.json moneyAfterMillions). */
  readonly moneyAfterMillions: ReadonlyMap<string, Unit>;
  /** "dollar", "euro": names of money in the singular that price the noun after a sum of millions ("a 300 million dollar deal") (units.json singularMoney). */
  readonly singularMoney: ReadonlySet<string>;
  /** "pieces of", "squadrons of": heads that count their complement (a fallback unit, or null). */
  readonly ofHeads: ReadonlyMap<string, Unit | null>;
  /** "a third of", "the majority of": shares of a flow, in percent. */
  readonly shares: PhraseTable<Share>;
  readonly sharesNeedOf: ReadonlySet<string>;
  /** "put China's share of the chips at about four-fifths": the words after which a fraction closes a share phrase, the nouns of share that open it, and how far back. */
  readonly shareClosers: ReadonlySet<string>;
  readonly shareNouns: ReadonlySet<string>;
  readonly shareCloserReach: number;
  /** "the first half", "the last quarter of the year": a share of a time is no share of a flow. */
  readonly shareNotAfterWord: ReadonlySet<string>;
  readonly shareTimes: ReadonlySet<string>;
  /** The largest figure that can be an amount at all. */
  readonly plausibleMax: number;
  /** A sum of money below this, with no rate, is a private payment or a price (numbers.json pettySumBelow). */
  readonly pettySumBelow: number;
  /** "fell by 57 per cent", "a 40 percent drop": a percent figure of a change, not a share. */
  readonly changeBefore: ReadonlySet<string>;
  readonly changeNounsAfter: ReadonlySet<string>;
  /** "pumping $120 million into the plant": money put into a works, not moved between parties. */
  readonly investmentVerbs: ReadonlySet<string>;
  readonly investmentSites: PhraseTable<true>;
  readonly investmentReach: number;
  /** "is using 7,700 shells a day": a count of what is spent. */
  readonly useVerbs: ReadonlySet<string>;
  /** "$58 per gram", "$2,000 a month for each soldier": a unit price. */
  readonly priceAfter: PhraseTable<true>;
}

/** A share of a flow: a point figure ("a third") or a lower bound ("most"), in percent. */
export interface Share {
  readonly value?: number;
  readonly min?: number;
}

const map = (o: Record<string, number>) => new Map(Object.entries(o).filter(([k]) => !k.startsWith("$")));

function build(): AmountLexicon {
  // (The remainder words are read as whole lower-case tokens, and the reach as a count of tokens.)
  if (!units.remainderVerbs.every((w) => /^[a-z]+$/.test(w))) throw new Error("units.json: remainderVerbs must be lower-case plain words");
  if (!Object.values(units.moneyAfterMillions).every((u) => units.currencies.includes(u))) throw new Error("units.json: moneyAfterMillions must name currencies");
  if (!units.currencies.every((u) => (UNITS as readonly string[]).includes(u))) throw new Error("units.json: every currency must be a unit of the claim form (core/claim.ts UNITS)");
  if (!Number.isInteger(units.remainderReach) || units.remainderReach < 1) throw new Error("units.json: remainderReach must be a positive whole number");
  if (!numbers.decimalPoints.every((w) => /^[a-z]+$/.test(w) && !(w in numbers.units) && !(w in numbers.scales))) throw new Error("numbers.json: decimalPoints must be lower-case plain words that are no number or scale");
  if (!Number.isInteger(units.totalReach) || units.totalReach < 1) throw new Error("units.json: totalReach must be a positive whole number");
  const unitEntries: [string, UnitForm][] = [];
  for (const e of units.units) {
    const article = (e as { article?: boolean }).article === true;
    for (const s of e.singular) unitEntries.push([s, { unit: e.unit as Unit, singular: true, plural: e.plural.includes(s), article }]);
    for (const p of e.plural) if (!e.singular.includes(p)) unitEntries.push([p, { unit: e.unit as Unit, singular: false, plural: true, article }]);
  }
  const before: [string, QualifierRole][] = [
    ...qualifiers.min.map((q) => [q, "min"] as [string, QualifierRole]),
    ...qualifiers.max.map((q) => [q, "max"] as [string, QualifierRole]),
    ...qualifiers.approx.map((q) => [q, "approx"] as [string, QualifierRole]),
    ...qualifiers.increment.map((q) => [q, "increment"] as [string, QualifierRole]),
    ...qualifiers.rangeBetween.map((q) => [q, "between"] as [string, QualifierRole]),
  ];
  const after: [string, "min" | "max" | "approx"][] = [
    ...qualifiers.postMin.map((q) => [q, "min"] as [string, "min"]),
    ...qualifiers.postMax.map((q) => [q, "max"] as [string, "max"]),
    ...qualifiers.postApprox.map((q) => [q, "approx"] as [string, "approx"]),
  ];
  const yes = (list: string[]) => new PhraseTable<true>(list.map((w) => [w, true] as const));
  return {
    smallNumbers: map(numbers.units),
    tens: map(numbers.tens),
    scales: map(numbers.scales),
    gluedScales: map(numbers.gluedScales),
    gluedScalesWithCurrency: map(numbers.gluedScalesWithCurrency),
    fractions: map(numbers.fractions),
    decimalPoints: new Set(numbers.decimalPoints),
    groups: map(numbers.groups),
    articles: new Set(numbers.articles),
    vaguePlurals: new Map(Object.entries(numbers.vaguePlurals)),
    vagueWords: new PhraseTable(Object.entries(numbers.vagueWords)),
    openAbove: numbers.openAbove,
    before: new PhraseTable(before),
    particleVerbs: new Map(Object.entries(qualifiers.particleVerbs).map(([q, verbs]) => [q, new Set(verbs)])),
    after: new PhraseTable(after),
    rangeJoin: new Set(qualifiers.rangeJoin),
    units: new PhraseTable(unitEntries),
    nonCount: yes(units.nonCount),
    ordinalTimeWords: new Set(units.ordinalTimeWords),
    calibres: yes(units.calibres),
    designators: new Set(units.designatorsBefore),
    stopWords: new Set(units.stopWords),
    fullCapacity: yes(units.fullCapacity),
    equalNumber: yes(units.equalNumber),
    currencyBefore: new PhraseTable(Object.entries(units.currencyBefore).map(([k, v]) => [k, v as Unit] as const)),
    currencyGlued: new PhraseTable(Object.entries(units.currencyGlued).map(([k, v]) => [k, v as Unit] as const)),
    noneBefore: new Set(units.noneBefore),
    yearPairJoins: new Set(numbers.yearPairJoins),
    yearPairOpeners: new Set(numbers.yearPairOpeners),
    months: new Set(Object.keys(times.months)),
    countOf: yes(units.countOf),
    countedAfter: yes(units.countedAfter),
    genericNouns: new Set(units.genericNouns),
    strongWords: new Set(units.strongWords),
    measureModifiers: new Set(units.measureModifiers),
    totalWords: new Set(units.totalWords),
    lotBefore: new Set(units.lotBefore),
    comparedBefore: new Set(units.comparedBefore),
    moreAfter: new Set(units.moreAfter),
    remainderVerbs: new Set(units.remainderVerbs),
    remainderReach: units.remainderReach,
    totalReach: units.totalReach,
    lotPointers: new Set(units.lotPointers),
    maxModifiers: units.maxModifiers,
    rates: new PhraseTable(Object.entries(units.rates).map(([k, v]) => [k, v as Rate] as const)),
    notRateAfter: new Set(units.notRateAfter),
    rateAdjectives: new Map(Object.entries(units.rateAdjectives).map(([k, v]) => [k, v as Rate])),
    currencyUnits: new Set(units.currencies as Unit[]),
    sharedMoney: new Set(Object.keys(units.sharedCurrencies)),
    moneyAfterMillions: new Map(Object.entries(units.moneyAfterMillions).map(([k, v]) => [k, v as Unit])),
    singularMoney: new Set(units.singularMoney),
    ofHeads: new Map(Object.entries(units.ofHeads).map(([k, v]) => [k, v as Unit | null])),
    shares: new PhraseTable(Object.entries(numbers.shares) as [string, Share][]),
    sharesNeedOf: new Set(numbers.sharesNeedOf),
    shareClosers: new Set(numbers.shareClosers),
    shareNouns: new Set(chunks.shareNouns),
    shareCloserReach: numbers.shareCloserReach,
    shareNotAfterWord: new Set(numbers.shareNotAfterWord),
    shareTimes: new Set(numbers.shareTimes),
    plausibleMax: numbers.plausibleMax,
    pettySumBelow: numbers.pettySumBelow,
    changeBefore: new Set(numbers.changeBefore),
    changeNounsAfter: new Set(numbers.changeNounsAfter),
    investmentVerbs: new Set(numbers.investmentVerbs),
    investmentSites: yes(numbers.investmentSites),
    investmentReach: numbers.investmentReach,
    useVerbs: new Set(numbers.useVerbs),
    priceAfter: yes(numbers.priceAfter),
  };
}

let cached: AmountLexicon | null = null;

/** The amount lexicon, built once from the knowledge files. */
export function amountLexicon(): AmountLexicon {
  return (cached ??= build());
}

import type { Unit } from "../../core/claim.js";
import type { Amount } from "../../core/document.js";
import { span } from "../../core/span.js";
import { isBareInteger } from "./digits.js";
import { amountLexicon, type AmountLexicon, type QualifierRole } from "./lexicon.js";
import { findNoun, type NounPhrase } from "./noun-phrase.js";
import { readNumber, type NumberCore } from "./number-phrase.js";
import { tokenize, type Token } from "./tokens.js";

const SENTENCE_OPENERS = new Set([".", "!", "?", ":", ";", "“", "\"", "(", "‘", "'", "—", "–", "-", "•"]);

/**
 * Finds the amounts in a sentence or any text: `parseAmounts("over 3 million 152mm shells")` →
 * one amount, min 3000000, unit "rounds", calibre "152mm". `offset` is where `text` starts in its
 * document, so spans come out in document offsets.
 */
export function parseAmounts(text: string, offset = 0): Amount[] {
  const lex = amountLexicon();
  const tokens = tokenize(text, offset);
  const out: Amount[] = [];
  const slice = (from: number, to: number) => text.slice(tokens[from].start - offset, tokens[to - 1].end - offset);
  let i = 0;
  let floor = 0; // token index after the last amount: a look-back stops there
  while (i < tokens.length) {
    const found = amountAt(tokens, i, lex, slice, floor, out[out.length - 1] ?? null);
    if (found) {
      if (found.amount) {
        out.push(found.amount);
        floor = found.next;
      }
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  out.push(...fullCapacity(tokens, lex, slice));
  return out.sort((a, b) => a.span.start - b.span.start);
}

type Slice = (from: number, to: number) => string;

interface Found {
  readonly amount: Amount | null;
  readonly next: number;
}

function amountAt(tokens: readonly Token[], i: number, lex: AmountLexicon, slice: Slice, floor: number, previous: Amount | null): Found | null {
  // Qualifiers ("more than", "an estimated", "between", "another"), at most two in a row.
  const roles: QualifierRole[] = [];
  let j = i;
  for (let n = 0; n < 2; n++) {
    const m = lex.before.match(tokens, j);
    if (!m) break;
    roles.push(m.value);
    j += m.length;
  }
  const qualEnd = j;
  const cur = lex.currencyBefore.match(tokens, j);
  if (cur) j += cur.length;
  const core = readNumber(tokens, j, lex, cur !== null);
  if (!core) {
    if (roles.includes("increment")) return increment(tokens, i, qualEnd, lex, slice);
    return null;
  }
  if (core.not) return { amount: null, next: core.to };
  if (notACount(tokens, i, core, lex)) return { amount: null, next: core.to };
  // Ranges: "10 to 12", "10-12", "between 10 and 12", "two or three".
  let end = core.to;
  let second: NumberCore | null = null;
  const join = tokens[end];
  if (join && lex.rangeJoin.has(join.lower) && (join.lower !== "and" || roles.includes("between"))) {
    let k = end + 1;
    const cur2 = lex.currencyBefore.match(tokens, k);
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
  const plural = !(core.value === 1 && !second);
  const noun = findNoun(tokens, end, lex, plural) ?? (core.ofNoun && tokens[end]?.lower === "of" ? findNoun(tokens, end + 1, lex, plural) : null);
  // "300 missiles or more", "1,000 drones or so": a qualifier after the noun.
  const late = !post && noun && noun.to > noun.from ? lex.after.match(tokens, noun.to) : null;
  const nounNext = noun ? noun.to + (late?.length ?? 0) : end;
  const counted = !cur && !noun?.unit && !core.strength ? (countedBefore(tokens, i, floor, lex, slice) ?? totalOf(tokens, i, lex, previous)) : null;
  if (noun?.nonCount) return { amount: null, next: nounNext };
  const unit: Unit | null = cur ? cur.value : core.strength ? "troops" : (noun?.unit ?? counted?.unit ?? null);
  if (core.article && (!noun || noun.unit === null || (tokens[core.from].lower !== "one" && !(noun.article && noun.singular && !noun.generic)))) return { amount: null, next: core.to };
  // "in 2024 alone Russian ships carried ...": after a time word, a year is a year whatever follows it.
  if (isYear(tokens[core.from]) && core.to === core.from + 1 && /^\d{4}$/.test(tokens[core.from].text) && /^(?:in|since|by|from|until|till|through|during|of|early|late|mid|before|after|throughout)$/i.test(tokens[core.from - 1]?.text ?? "")) return { amount: null, next: end };
  if (!unit && isYear(tokens[core.from]) && core.to === core.from + 1 && (!second || isYear(tokens[second.from]))) return { amount: null, next: end };

  const quantity = quantify(borrowScale(core, second), second, roles, (post ?? late)?.value ?? null);
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

/** "another air defence system (bringing the total to three)": the total counts what the amount before it counted. */
function totalOf(tokens: readonly Token[], i: number, lex: AmountLexicon, previous: Amount | null): Pick<Amount, "unit" | "noun" | "nounSpan"> | null {
  if (!previous?.unit) return null;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (lex.totalWords.has(tokens[k].lower)) return { unit: previous.unit, noun: previous.noun, nounSpan: previous.nounSpan };
  return null;
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
function notACount(tokens: readonly Token[], i: number, core: NumberCore, lex: AmountLexicon): boolean {
  const t = tokens[core.from];
  const prev = tokens[i - 1];
  const next = tokens[core.to];
  if (t.kind === "num") {
    if (next && lex.months.has(next.lower) && next.spaced) return true;
    if (prev && (lex.months.has(prev.lower) || (prev.text === "." && lex.months.has(tokens[i - 2]?.lower ?? "")))) return true;
    if (prev?.text === "," && tokens[i - 2]?.kind === "num" && lex.months.has(tokens[i - 3]?.lower ?? "")) return true;
    if (next?.text === ":" && tokens[core.to + 1]?.kind === "num" && !tokens[core.to + 1].spaced) return true;
    const glued = tokens[core.from - 1];
    if (glued && !t.spaced && (glued.kind === "word" || glued.kind === "num" || "-/#:".includes(glued.text))) return true;
    if (prev && (lex.noneBefore.has(prev.text) || prev.text === "#")) return true;
    if (prev && lex.designators.has(prev.lower) && i === core.from) return true;
    // A capitalised word right before a bare number names a model or a document ("Leopard 2", "Article 5").
    if (prev && i === core.from && prev.kind === "word" && prev.text[0] !== prev.lower[0] && isBareInteger(t.text) && !opensSentence(tokens, i - 1)) {
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

import type { Span } from "../../core/span.js";
import units from "../../knowledge/units.json" with { type: "json" };
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import { escapeRegExp } from "../../core/escape-regexp.js";

const before = Object.keys(units.currencyBefore).sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const after = Object.keys(units.currencyAfter).sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const sum = `(?:(?:${before})\\s?\\d|\\d[\\d,.]*\\s*(?:thousand|million|billion|bn|m|k)?\\s+(?:${after})\\b)`;
// The verb of paying, then at most the payee and a word of approximation, then the sum.
const paysSum = new RegExp(`\\b(?:${(transferData.paySum as string[]).join("|")})\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?(?:roughly\\s+|about\\s+|around\\s+|some\\s+|nearly\\s+|up\\s+to\\s+|more\\s+than\\s+|over\\s+|as\\s+much\\s+as\\s+)?${sum}`, "iu");

/**
 * "Moscow pays Hanoi roughly $900 a month for each of them", "Spain paid Chile €2 million": a sum paid from
 * one state to another, with no goods named, still tells a transfer of money. The sentence is worth reading
 * for claims (find-candidates.ts), where the verb of paying orders the parties as for goods.
 *
 *     paysASum("Brazil pays Cuba $3,000 a month") -> true
 */
export function paysASum(text: string): boolean {
  return paysSum.test(text);
}

const payingParticiple = new RegExp(`^(?:${(transferData.payingParticiple as string[]).join("|")})$`, "iu");

/** Whether a word of paying is its participle ("paying"), which takes the subject of the verb before it (transfer-cues.json payingParticiple). */
export function participleOfPaying(word: string): boolean {
  return payingParticiple.test(word);
}

const paysSumAt = new RegExp(paysSum.source, "iuy");
const sumAtEnd = new RegExp(`${sum}$`, "iu");

/**
 * The sum a verb of paying at `verb` pays ("pays the North roughly $2,000 a month for each of them"), as a
 * span of `text`: null where no sum follows the verb and its payee. A sum priced for each one (a unit price)
 * is no amount moved (amounts/scan.ts), but it tells that money moves between the two states.
 *
 *     paidSum("Brazil pays Cuba $3,000 a month", {start: 7, end: 11}) -> the span of "$3,000"
 */
export function paidSum(text: string, verb: Span, end: number): Span | null {
  paysSumAt.lastIndex = verb.start;
  const m = paysSumAt.exec(text.slice(0, end));
  if (!m) return null;
  const tail = sumAtEnd.exec(m[0]);
  const stop = verb.start + m[0].length;
  // (The sum's digits run on past its first one: "$2,000", "900 euros".)
  const rest = /^[\d,.]*(?:\s*(?:thousand|million|billion|bn|m|k)\b)?/i.exec(text.slice(stop, end))![0];
  return { start: tail ? stop - tail[0].length : verb.start, end: stop + rest.length };
}

// A sum of worth right before a relative clause, up to its verb ("weapons worth about $400 million that Peru had paid for").
const worthThen = new RegExp(`\\bworth\\s+(?:roughly\\s+|about\\s+|around\\s+|some\\s+|nearly\\s+|more\\s+than\\s+|over\\s+)?(${sum}[\\d,.]*(?:\\s*(?:thousand|million|billion|bn|m|k)\\b)?(?:\\s+(?:${after})\\b)?)\\s*(?:that|which)\\s+(?:[^\\s,;.]+\\s+){1,5}$`, "iu");

/**
 * "Chile never delivered rifles worth about $50 million that Peru had paid for": a relative clause of paying for
 * goods whose worth stands right before it pays that sum, whether or not the goods came. The span of the sum, or
 * null where the clause is no such relative (it must start the clause with "that" or "which" and end in "paid for").
 *
 *     worthPaidFor("rifles worth $50 million that Peru paid for", {start: 30, end: 44}, {start: 35, end: 39}) -> the span of "$50 million"
 */
export function worthPaidFor(text: string, clause: Span, verb: Span): Span | null {
  if (!/^\s*for\b/i.test(text.slice(verb.end, clause.end)) && !/\bfor\b/i.test(text.slice(verb.start, verb.end))) return null;
  const lead = Math.max(0, clause.start - 120);
  const m = worthThen.exec(text.slice(lead, verb.start));
  if (!m) return null;
  const start = lead + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

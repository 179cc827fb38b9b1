import type { Amount } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { parseAmounts } from "../amounts/scan.js";
import data from "./promised-whole.json" with { type: "json" };

for (const key of ["promiseVerbs", "determiners", "binders"] as const) {
  const list: unknown = data[key];
  if (!Array.isArray(list) || !list.length || !list.every((w) => typeof w === "string" && /^[\p{L}]+$/u.test(w))) throw new Error(`promised-whole.json: ${key} must be a non-empty list of plain words`);
}

const words = (list: readonly string[]) => list.map((w) => w.replace(/[^\p{L}]/gu, "")).join("|");
// Between the part's figure and the counted noun: "of the", then the whole's own count (a few words at most).
const wholeBefore = new RegExp(`^\\s+of\\s+(?:(?:${words(data.determiners)})\\s+)?(?=\\S)`, "iu");
// After the counted noun: a few binding words, then the verb of promising (an optional state or capital's name as the promiser).
const promiseAfter = new RegExp(`^\\s+(?:(?:${words(data.binders)}|\\p{Lu}[\\p{L}'’-]{1,20})\\s+){0,4}(?:${words(data.promiseVerbs)})\\b`, "u");

/**
 * The whole a part was counted out of, where that whole was promised: "only 40 of the 100 howitzers it
 * promised" tells both the 40 that moved and the promise of 100. Returns the whole's amount (spanning its
 * count and noun) and the end of the promise verb, or null where the words do not read so.
 *
 *     promisedWhole("sent only 40 of the 100 howitzers it promised", amountOf("40")) -> { whole: 100 howitzers, promiseEnd }
 */
export function promisedWhole(text: string, amount: Amount, clause: Span): { whole: Amount; promiseEnd: number } | null {
  const counted = amount.nounSpan;
  if (!counted || counted.start <= amount.span.end) return null;
  // ("of the million shells": the magnitude may have been read into the counted noun; the noun proper follows it.)
  const magnitude = /^(?:hundred|thousand|million|billion)\s+/i.exec(text.slice(counted.start, counted.end));
  const noun = magnitude ? { start: counted.start + magnitude[0].length, end: counted.end } : counted;
  const gap = text.slice(amount.span.end, noun.start);
  const m = wholeBefore.exec(gap);
  if (!m || gap.length > 40) return null;
  const start = amount.span.end + m[0].length;
  if (start >= noun.start) return null;
  // ("of the million shells": a bare magnitude after the article reads as "a million".)
  const bare = /^(?:hundred|thousand|million|billion)\b/i.test(text.slice(start, noun.start)) && /\bthe\s+$/i.test(gap.slice(0, m[0].length));
  const read = bare ? parseAmounts(`a ${text.slice(start, noun.end)}`, start - 2).map((a) => ({ ...a, span: { start, end: a.span.end } })) : parseAmounts(text.slice(start, noun.end), start);
  const whole = read.find((a) => a.span.start === start && a.span.end <= noun.end);
  if (!whole) return null;
  const after = promiseAfter.exec(text.slice(noun.end, Math.min(clause.end, noun.end + 80)));
  if (!after) return null;
  return { whole, promiseEnd: noun.end + after[0].length };
}

import type { ArmsDocument, Stage } from "../core/document.js";
import { implausible, parseAmounts } from "./amounts/scan.js";
import units from "../knowledge/units.json" with { type: "json" };
import { documentFocus } from "./attribution/speakers.js";
import type { Unit } from "../core/claim.js";
import type { Span } from "../core/span.js";

/** "kroner", "francs": money that several states name alike, by state (units.json, sharedCurrencies). */
const sharedCurrencies = new Map(Object.entries(units.sharedCurrencies as Record<string, Record<string, string>>));
/** "kronor": names of sharedCurrencies that one state alone uses, and that state (units.json soleUsers). */
const soleUsers = new Map(Object.entries(units.soleUsers as Record<string, string>));
if (![...soleUsers].every(([noun, state]) => sharedCurrencies.get(noun)?.[state])) throw new Error("units.json: soleUsers must name a state of sharedCurrencies");

/**
 * The currency of a shared name of money: that of the state the sentence names first that uses it, else of the
 * state the report is about, else null ("Denmark gave 1.2 billion kroner" is DKK, "Norway's 2 billion kroner" NOK).
 */
function sharedCurrency(noun: string | null, states: readonly string[], focus: () => string | null): Unit | null {
  const byState = noun ? sharedCurrencies.get(noun.toLowerCase()) : undefined;
  if (!byState) return null;
  const state = states.find((s) => byState[s]) ?? focus();
  if (state && byState[state]) return byState[state] as Unit;
  // ("13 billion kronor" on a page about Ukraine: a name one state alone uses is that state's money wherever it stands.)
  const sole = soleUsers.get(noun!.toLowerCase());
  return sole ? (byState[sole] as Unit) : null;
}

/** States whose own money is named dollar, and its code (units.json ownDollars). */
const ownDollars = new Map(Object.entries(units.ownDollars as Record<string, string>));
if (![...ownDollars.values()].every((u) => units.currencies.includes(u))) throw new Error("units.json: ownDollars must name currencies");
/** Those of them whose own writers give their money with a bare "$" (units.json ownDollarSign). */
const ownDollarSign = new Set(units.ownDollarSign as string[]);
if (![...ownDollarSign].every((s) => ownDollars.has(s))) throw new Error("units.json: ownDollarSign must name states of ownDollars");
/** "4 billion dollars", "a 500-million-dollar package": the name of the dollar right after the figure, no country's name before it. */
const bareDollars = /(?:\d|\b(?:hundred|thousand|million|billion|trillion|bn|m))[\s-]+dollars?$/i;

/** "our support", "we have given": a speaker counting their own state's effort (units.json ownVoice). */
const ownVoice = new RegExp(`(?<![\\p{L}'’])(?:${(units.ownVoice as string[]).join("|")})(?![\\p{L}'’])`, "iu");
/** The one state of ownDollars the page names, if it names exactly one. */
function dollarStateOf(doc: ArmsDocument): string | null {
  const named = new Set(doc.mentions.filter((m) => m.kind === "state").map((m) => m.state ?? m.entity).filter((s) => ownDollars.has(s)));
  return named.size === 1 ? [...named][0] : null;
}
/** "US-made", "US-built": a state named as the maker of the goods (units.json originSuffixes). */
const originSuffix = new RegExp(`^-(?:${(units.originSuffixes as string[]).join("|")})\\b`, "i");
/** "a visit to", "for", "in": words right before a state that name it as a place or a receiver, not the payer (units.json payerNotAfter). */
const placeBefore = new RegExp(`\\b(?:${(units.payerNotAfter as string[]).join("|")})\\s+(?:the\\s+)?$`, "i");

/** "$1 billion", "more than $1 billion" with no letter glued before the sign ("US$", "A$", "C$" name their money). */
function bareSign(text: string, span: Span): boolean {
  const at = text.indexOf("$", span.start);
  return at >= 0 && at < span.end && !/[\p{L}$]/u.test(text[at - 1] ?? "");
}

/**
 * The currency of a bare dollar a sum is given in: the money of the state that pays, when its own is named dollar
 * ("Canada has committed 4 billion dollars" is CAD, "our aid to Kyiv comes to 1 billion dollars" in a report about
 * Australia is AUD). The payer is the first state named before the sum ("Japan paid Australia $20 million" is
 * Japan's: US dollars), else the state the report is about when the report never names the United States; a sentence
 * that names it keeps US dollars. A bare "$" follows only
 * the states whose writers give their own money so (ownDollarSign).
 */
function ownDollar(text: string, found: { readonly span: Span; readonly nounSpan: Span | null; readonly unit: Unit | null }, states: readonly { readonly span: Span; readonly state: string }[], focus: () => string | null): Unit | null {
  // ("Canada will buy a US-made system for $400 million": a state named only as the maker of the goods is not a party to the sum.)
  const parties = states.filter((m) => !originSuffix.test(text.slice(m.span.end, m.span.end + 20)));
  if (found.unit !== "usd" || parties.some((m) => m.state === "USA")) return null;
  const sign = bareSign(text, found.span);
  if (!sign && !bareDollars.test(text.slice(found.span.start, Math.max(found.span.end, found.nounSpan?.end ?? 0)))) return null;
  // ("On a visit to Kyiv, the minister said Ottawa would buy ... for Ukraine": a state named as a place or a receiver pays nothing.)
  const payer = parties.find((m) => m.span.start < found.span.start && !placeBefore.test(text.slice(Math.max(0, m.span.start - 12), m.span.start)))?.state ?? focus();
  if (!payer || (sign && !ownDollarSign.has(payer))) return null;
  return (ownDollars.get(payer) as Unit | undefined) ?? null;
}

export { parseAmounts } from "./amounts/scan.js";

export interface ParseAmountsOptions {
  /** Also read sentences that find-candidates set aside (default false). */
  readonly all?: boolean;
}

/**
 * Stage: finds the amounts of every candidate sentence ("about 6,700 containers", "over 3 million
 * 152mm shells") and adds them to `doc.amounts`, in document offsets.
 */
export function parseAmountsStage(options: ParseAmountsOptions = {}): Stage {
  return (doc: ArmsDocument) => {
    for (const sentence of doc.sentences) {
      if (sentence.candidate === false && !options.all) continue;
      try {
        // (The states named in it: "gave Ukraine 40 tanks" counts 40, where "Leopard 2 tanks" names a model.)
        const states = doc.within(doc.mentions, sentence.span).filter((m) => m.kind === "state");
        const names = states.filter((m) => m.form !== "adjective").map((m) => m.span);
        for (const found of parseAmounts(doc.slice(sentence.span), sentence.span.start, names)) {
          // ("kroner 7.5bn aid package": a headline may put the name of money before the figure.)
          const nameBefore = found.unit === null ? (/(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(sentence.span.start, found.span.start - 12), found.span.start))?.[1] ?? null) : null;
          const shared = found.unit === null ? (sharedCurrency(found.noun, states.map((m) => m.state ?? m.entity), () => documentFocus(doc)) ?? sharedCurrency(nameBefore, states.map((m) => m.state ?? m.entity), () => documentFocus(doc))) : null;
          // (A body of the United States government named with the sum keeps it in US dollars: "the US State Department approved a sale for 8 billion dollars".)
          const usBodies = doc.within(doc.mentions, sentence.span).filter((m) => m.kind === "body" && m.state === "USA");
          const parties = [...states, ...usBodies].map((m) => ({ span: m.span, state: m.state ?? m.entity }));
          // (A speaker counting their own state's effort, "our military assistance comes to 1.1 billion dollars", on a page
          // that names one state whose own money is the dollar, speaks in that state's dollars, though the page names the
          // United States elsewhere.)
          const speaker = ownVoice.test(doc.slice(sentence.span)) ? dollarStateOf(doc) : null;
          const own = ownDollar(doc.text, found, parties, () => speaker ?? (doc.mentions.some((m) => m.kind === "state" && (m.state ?? m.entity) === "USA") ? null : documentFocus(doc)));
          const amount = shared ? { ...found, unit: shared } : own ? { ...found, unit: own } : found;
          // "a quintillion shells": a figure no trade reaches is a misreading, named, and no amount.
          if (implausible(amount)) doc.report("parse-amounts", "amount-implausible", `a figure too large to be an amount: ${doc.slice(amount.span)}`, "warning", amount.span);
          else doc.amounts.push(amount);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        doc.report("parse-amounts", "amount-parse-failed", `could not read the amounts of a sentence: ${message}`, "warning", sentence.span);
      }
    }
  };
}

export default parseAmountsStage;

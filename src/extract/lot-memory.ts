import type { Certainty } from "../core/claim.js";
import type { ArmsDocument } from "../core/document.js";
import type { Span } from "../core/span.js";
import { alternation } from "../knowledge/lexicon.js";
import data from "./lot-memory.json" with { type: "json" };
import { valuesDeal, valuesLot } from "./claims/deal-worth.js";
import { opensPartition } from "./claims/follow-on.js";

const lotNoun = `(?:${alternation(data.lotNouns)})`;
/** "The package includes", "that delivery was to contain": a lot pointed back to, then what it holds. */
const described = new RegExp(
  `\\b(?:${alternation(data.pointers)})\\s+(?:[\\p{L}-]+\\s+){0,${data.wordsBefore}}?(${lotNoun})\\s+(?:(?:${alternation(data.auxiliaries)})\\s+){0,3}(?:${alternation(data.contentVerbs)})\\b`,
  "iu",
);
const carried = new Set<string>(data.carried);
const dealNoun = new RegExp(`^(?:${alternation(data.dealNouns)})$`, "i");
const dealNouns = new RegExp(`\\b(?:${alternation(data.dealNouns)})\\b`, "i");

/** What `lotCertainty` needs of a claim: its parties and where its goods stand. */
export interface LotScope {
  readonly supplier: string | null;
  readonly recipient: string | null;
  /** The claim's item word: a payment ("money") runs the other way from the goods of the lot it prices. */
  readonly item?: string;
  readonly parts: { readonly amount?: Span; readonly item?: Span };
}

/**
 * The certainty a sentence that only lists a lot's contents keeps from the telling of that lot: "Berlin will send a
 * package to Kyiv. The package includes 40 tanks." (`possible`), "Ottawa halted a shipment of rifles to Bogota. The
 * shipment consisted of 2,000 rifles." (`denied`). The lot is the last claim the page told, in the same segment,
 * between the same parties and with the same lot noun in its sentence; only a planned or halted one is carried
 * (lot-memory.json). Null where the sentence is no such listing or no such lot was told.
 */
export function lotCertainty(doc: ArmsDocument, sentence: Span, d: LotScope): Certainty | null {
  if (!d.supplier || !d.recipient) return null;
  const valued = valuedDealCertainty(doc, sentence, d);
  if (valued !== undefined) return valued;
  const split = partCertainty(doc, sentence, d);
  if (split !== undefined) return split;
  const m = listingOf(doc, sentence);
  if (!m) return null;
  const end = sentence.start + m.index + m[0].length;
  // (A payment's item may be read from the listing's own words, "the deal is worth": its figure follows them.)
  const first = d.item === "money" ? (d.parts.amount?.start ?? Infinity) : Math.min(d.parts.amount?.start ?? Infinity, d.parts.item?.start ?? Infinity);
  if (!Number.isFinite(first) || first < end) return null;
  const segment = doc.sentences.find((s) => s.span.start === sentence.start)?.segment;
  // (The noun's stem finds its other forms: "deliveries" and "delivery", "batches" and "batch".)
  // ("India signed a contract for 26 jets. The deal is worth $7 billion.": one bargain goes by several names.)
  const noun = dealNoun.test(m[1]) ? dealNouns : new RegExp(`\\b${m[1].toLowerCase().slice(0, 5)}`, "i");
  for (let i = doc.claims.length - 1; i >= 0; i--) {
    const c = doc.claims[i];
    // ("Spain signed a deal for 20 tanks from Germany. The deal is worth 300 million euros.": Spain pays Germany for them.)
    const same = (c.supplier === d.supplier && c.recipient === d.recipient) || (d.item === "money" && c.item !== "money" && c.supplier === d.recipient && c.recipient === d.supplier);
    if (c.segment !== segment || c.evidence.end > sentence.start || !same || !noun.test(c.evidence.text)) continue;
    return carried.has(c.certainty) ? c.certainty : null;
  }
  return null;
}

/** The listing phrase of a sentence ("The package includes"), read once a sentence: a sentence may hold thousands of drafts. */
const listings = new WeakMap<ArmsDocument, Map<number, RegExpExecArray | null>>();
function listingOf(doc: ArmsDocument, sentence: Span): RegExpExecArray | null {
  let bySentence = listings.get(doc);
  if (!bySentence) listings.set(doc, (bySentence = new Map()));
  if (!bySentence.has(sentence.start)) bySentence.set(sentence.start, described.exec(doc.slice(sentence)));
  return bySentence.get(sentence.start) ?? null;
}

/**
 * "Chile will buy 30 howitzers from Spain. Officials put the price at $400 million.": a sentence that opens by valuing
 * the deal told just before (claims/deal-worth.ts) prices that deal, so its claim keeps the deal's certainty where the
 * deal was planned or halted. Undefined where the sentence opens no such valuing; null where no such deal was told.
 */
function valuedDealCertainty(doc: ArmsDocument, sentence: Span, d: LotScope): Certainty | null | undefined {
  // ("Lisbon will send 40 tanks. The package is put at 250 million euros.": goods valued keep the certainty of their lot.)
  if (!valuesDeal(doc.slice(sentence)) && !valuesLot(doc.slice(sentence))) return undefined;
  return toldDealCertainty(doc, sentence, d);
}

/**
 * "Chile plans to send 900 trucks to Peru. Of that total, 600 are fuel tankers.": the parts of a whole
 * (claims/follow-on.ts) are what was planned or halted, as the whole was. Undefined where the sentence splits no whole.
 */
function partCertainty(doc: ArmsDocument, sentence: Span, d: LotScope): Certainty | null | undefined {
  if (!opensPartition(doc.slice(sentence))) return undefined;
  return toldDealCertainty(doc, sentence, d);
}

/** The certainty of the claim told at most `valuedReach` sentences before, between the same parties, where it is carried. */
function toldDealCertainty(doc: ArmsDocument, sentence: Span, d: LotScope): Certainty | null {
  const index = doc.sentences.findIndex((s) => s.span.start === sentence.start);
  if (index < 0) return null;
  const segment = doc.sentences[index].segment;
  const from = doc.sentences[Math.max(0, index - data.valuedReach)].span.start;
  for (let i = doc.claims.length - 1; i >= 0; i--) {
    const c = doc.claims[i];
    // (The price is money the buyer pays: the goods told before run the other way.)
    const same = (c.supplier === d.supplier && c.recipient === d.recipient) || (d.item === "money" && c.item !== "money" && c.supplier === d.recipient && c.recipient === d.supplier);
    if (c.segment !== segment || c.evidence.end > sentence.start || c.evidence.start < from || !same) continue;
    return carried.has(c.certainty) ? c.certainty : null;
  }
  return null;
}

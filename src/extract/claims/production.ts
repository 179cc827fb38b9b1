import type { Item } from "../../core/claim.js";
import type { Amount, ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { hits, matchAll, phraseRegex, transfer } from "../../knowledge/lexicon.js";
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import type { Party } from "./direction.js";
import type { Context, Draft } from "./draft.js";
import type { ItemMention } from "./find-items.js";
import { toQuantity, unitFits } from "./quantity.js";

const productionVerb = phraseRegex(transferData.productionVerbs);
const productionNoun = phraseRegex(transferData.productionNouns);
export const productionCause = phraseRegex(transferData.productionCause);
const fullRe = phraseRegex(transferData.productionFull);

/** Production claims: "factories ... at full capacity", "used to produce missiles", "its ballistic missile production". */
export function productionDrafts(doc: ArmsDocument, clauses: readonly Span[], parties: Party[], items: ItemMention[], amounts: Amount[], ctx: Context): Draft[] {
  const text = doc.text;
  const out: Draft[] = [];
  for (const clause of clauses) {
    const cl = text.slice(clause.start, clause.end);
    const nouns = matchAll(productionNoun, cl, clause.start);
    const verbs = matchAll(productionVerb, cl, clause.start);
    const state = matchAll(transfer.productionState, cl, clause.start);
    if (!nouns.length && !verbs.length && !(out.length && state.length)) continue;
    const percent = amounts.find((a) => a.unit === "percent" && a.span.start >= clause.start && a.span.end <= clause.end && !/\bof\s+(?:\p{L}+['’]s\s+)?\p{L}+\s+imports?/iu.test(text.slice(a.span.end, a.span.end + 40)));
    // The product: items right before "production"/"factories", or right after "producing"/"produce".
    const product = items.filter((i) => {
      if (i.span.start < clause.start || i.span.end > clause.end) return false;
      if (hits(productionCause, text.slice(Math.max(clause.start, i.span.start - 30), i.span.start))) return false;
      return nouns.some((n) => n.start >= i.span.end && n.start - i.span.end <= 12) || verbs.some((v) => i.span.start >= v.end && i.span.start - v.end <= 40 && !/[,;]/.test(text.slice(v.end, i.span.start).replace(/(\d),(\d)/g, "$1$2")) || i.span.start >= v.end && /^[\s\p{L},]*$/u.test(text.slice(v.end, i.span.start)) && i.span.start - v.end <= 60);
    });
    // "others are running at full throttle ... for artillery shells": a clause that goes on about the same factories.
    if (!product.length && !nouns.length && !verbs.length) product.push(...items.filter((i) => i.span.start >= clause.start && i.span.end <= clause.end && !hits(productionCause, text.slice(Math.max(clause.start, i.span.start - 30), i.span.start))));
    if (!state.length && !product.length && !percent) continue;
    if (!state.length && !verbs.length) continue;
    const level = hits(fullRe, cl) ? "full" : state.length ? "partial" : "output";
    const owner = producerOf(text, clause, parties, nouns[0]?.start ?? verbs[0]?.start ?? clause.start) ?? ctx.producer;
    if (!owner) continue;
    const specific = product.filter((p) => !p.generic);
    const chosen = specific.length ? specific : product;
    const list: { item: Item; span: Span }[] = chosen.length ? chosen : [{ item: ctx.productionItem ?? "weapons-unspecified", span: (nouns[0] ?? verbs[0] ?? state[0]) as Span }];
    for (const p of list) {
      // A utilisation ("30 % of capacity"), else an output in the product's own unit ("2 million shells a year").
      const output = percent ? null : amounts.find((a) => a.unit && a.unit !== "percent" && a.span.start >= clause.start && a.span.end <= clause.end && unitFits(a.unit, p.item));
      const quantity = percent ? toQuantity(percent, "percent") : output?.unit ? toQuantity(output, output.unit) : null;
      out.push({ clause, kind: "production", supplier: owner, recipient: null, item: p.item, quantity, calibre: null, parts: { item: { start: p.span.start, end: p.span.end }, ...(percent ? { amount: percent.span } : output ? { amount: output.span } : {}) }, lastPart: Math.max(p.span.end, state[0]?.end ?? 0), thing: `${p.item} ${level}` });
    }
    ctx.producer = owner;
    ctx.productionItem = list[0].item;
  }
  return out;
}

/** The state whose industry it is: a possessive or adjective right before the word, else the clause's first party not after "from"/"for". */
function producerOf(text: string, clause: Span, parties: Party[], at: number): string | null {
  const inClause = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end);
  const adjacent = inClause.filter((p) => p.span.end <= at && at - p.span.end <= 30 && /^[\s\p{L}’'-]*$/u.test(text.slice(p.span.end, at)));
  if (adjacent.length) return adjacent[adjacent.length - 1].state;
  const free = inClause.filter((p) => !/\b(?:from|for|to|against|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, p.span.start - 12), p.span.start)));
  const before = free.filter((p) => p.span.end <= at);
  return before[before.length - 1]?.state ?? free[0]?.state ?? null;
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


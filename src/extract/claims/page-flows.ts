import type { Item } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import denials from "./denials.json" with { type: "json" };
import { broaderThan } from "./quantity.js";

/** A flow the page tells with both its parties named: the state that gives and the one that gets. */
export interface PageFlow {
  readonly supplier: string;
  readonly recipient: string;
  /** The goods the page tells moving this way. */
  readonly items: readonly Item[];
}

/**
 * The flows the page's own reports tell (not its "Read also" boxes), each once, from the transfers read so far: the
 * page's memory of who gives what to whom, for a clause that names one party or none where no flow is in focus.
 */
export function pageFlows(doc: ArmsDocument): PageFlow[] {
  const seen = new Map<string, { supplier: string; recipient: string; items: Item[] }>();
  for (const c of doc.claims) {
    if (c.kind !== "transfer" || !c.supplier || !c.recipient || doc.segments[c.segment]?.kind === "embedded") continue;
    const key = `${c.supplier}>${c.recipient}`;
    const flow = seen.get(key) ?? { supplier: c.supplier, recipient: c.recipient, items: [] };
    if (!flow.items.includes(c.item)) flow.items.push(c.item);
    seen.set(key, flow);
  }
  return [...seen.values()];
}

/**
 * The party a clause leaves open, from the flows the page tells: the one state the named giver gives to on the page
 * (or the one state that gives to the named receiver), else null. A clause that names neither takes the page's flow
 * only where the page tells one flow alone, and tells it with goods of the clause's kind (`items`). Where the page
 * tells the named state with two partners the clause could be of either, and a wrong party costs more than a missed
 * one: nothing is filled. A giver the page tells no flow of gives to the one state that several givers on the page all
 * give to, unless the two are at war (claims/denials.json conflicts). A state the page tells only with one partner,
 * the other way, trades goods of another kind back to it (exchangeWith).
 *
 *     flows [CHL>PER tanks], supplier CHL, recipient null -> [CHL, PER]
 *     flows [CHL>PER, CHL>BOL], supplier CHL       -> null
 *     flows [CHL>PER, BRA>PER], supplier ARG       -> [ARG, PER]
 *     flows [CHL>PER wheat], supplier PER, [trucks] -> [PER, CHL]
 */
export function fillFromPage(flows: readonly PageFlow[] | null | undefined, supplier: string | null, recipient: string | null, items: readonly Item[] = []): [string, string] | null {
  if (!flows?.length || (supplier && recipient)) return null;
  const fits = flows.filter((f) => (!supplier || f.supplier === supplier) && (!recipient || f.recipient === recipient));
  // (A giver the page tells no flow of, on a page where several givers all give to one state: that state.)
  if (!fits.length && supplier && !recipient) {
    const to = new Set(flows.map((f) => f.recipient));
    const givers = new Set(flows.map((f) => f.supplier));
    const [only] = to;
    // (Never to the giver's enemy in a war: "Russia sold oil" on a page of aid to Ukraine is no gift to it.)
    const enemies = atWar(supplier, only);
    if (to.size === 1 && givers.size >= 2 && only !== supplier && !enemies) return [supplier, only];
  }
  if (!fits.length) return exchangeWith(flows, supplier, recipient, items);
  if (fits.length !== 1) return null;
  // (A clause with no party of its own: only the page that tells one flow alone says plainly which it is.)
  // (And only with goods of its kind: "1,000 engineers were deployed" on a page that tells only oil going the other
  // way is no lot of it.)
  if (!supplier && !recipient && (flows.length !== 1 || !items.some((i) => fits[0].items.some((t) => t === i || broaderThan(t, i) || broaderThan(i, t))))) return null;
  return [fits[0].supplier, fits[0].recipient];
}

/** Whether the page tells at least two states besides `other` giving to `recipient` (a page of many givers to one receiver). */
export function manyGive(flows: readonly PageFlow[] | null | undefined, recipient: string, other: string): boolean {
  return new Set(flows?.filter((f) => f.recipient === recipient && f.supplier !== other).map((f) => f.supplier)).size >= 2;
}

/** Whether two states are at war with each other (claims/denials.json conflicts). */
export function atWar(a: string, b: string | undefined): boolean {
  return !!b && denials.conflicts.some((pair) => pair.includes(a) && pair.includes(b));
}

/**
 * The other side of an exchange: a named state that the page tells only as the far end of flows from (or to) one
 * partner, and whose clause moves goods other than those flows', trades them back with that partner. "Chile sends
 * wheat to Peru ... Lima has shipped 300 trucks": Peru gives the trucks to Chile. Null where the page tells the state
 * with two partners, where the clause's goods are of the flows' own kind (then which way they go is not said), where
 * the clause names no goods, or where the two are at war.
 *
 *     flows [CHL>PER wheat], supplier PER, items [trucks] -> [PER, CHL]
 *     flows [CHL>PER wheat], supplier PER, items [wheat]  -> null
 */
function exchangeWith(flows: readonly PageFlow[], supplier: string | null, recipient: string | null, items: readonly Item[]): [string, string] | null {
  const named = supplier ?? recipient;
  if (!named || (supplier && recipient) || !items.length) return null;
  // (The flows that run the other way: to the named giver, or from the named receiver.)
  const back = flows.filter((f) => (supplier ? f.recipient === named : f.supplier === named));
  const partners = new Set(back.map((f) => (supplier ? f.supplier : f.recipient)));
  if (partners.size !== 1) return null;
  const [partner] = partners;
  if (partner === named || atWar(named, partner)) return null;
  const sameKind = (i: Item) => back.some((f) => f.items.some((t) => t === i || broaderThan(t, i) || broaderThan(i, t)));
  if (items.some(sameKind)) return null;
  return supplier ? [supplier, partner] : [partner, named];
}

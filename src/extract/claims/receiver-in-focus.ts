import type { ArmsDocument, Sentence } from "../../core/document.js";
import { findTriggers, type Direction, type Party } from "./direction.js";
import type { Context } from "./draft.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import continuations from "../../knowledge/continuations.json" with { type: "json" };

// "package", "tranche", "drawdown" (shapes.json, the package frame's nouns that name a lot given as one).
const lotNouns = new RegExp(`^(?:${shapes.package.lotNouns.join("|")})$`, "i");

/** Whether a noun of giving names a lot given as one, whose worth is the sum it gives ("package", "tranche"). */
export function namesLot(word: string): boolean {
  return lotNouns.test(word);
}

/**
 * "Chile sent tanks to Peru. Brazil also pledged howitzers", "Denmark will deliver jets to Ukraine. Sweden
 * may send some too": a further giver, in a run of transfers to one receiver, gives to that receiver where
 * its clause names no other. Only for a verb of giving whose giver is new to the run (the run's own giver
 * is carried on before this), and never back to the giver itself. A noun of giving does so where the clause
 * counts what moves ("Spain has found sources of supply of 5,000 shells"), not where it names a trade in
 * general ("Spain controls the export of drones"). A package, tranche or drawdown counts by its worth as well
 * ("Norway's latest package is worth $600 million": `valued`, the caller's namesLot and a sum), the sum it gives, where a trade's sum is no count.
 *
 * Counted aircraft that a state's own government gives, with no flow before them, go to the state the page keeps
 * placing goods in (pageDestination).
 *
 * Before the segment tells any flow, the receiver its headline gives to with no giver stands in for the run's
 * ("Europe counts its gifts to Ukraine ... Copenhagen has handed over 13 jets": Denmark gives to Ukraine).
 *
 *     "Chile sent tanks to Peru. Spain will send rifles." -> Spain gives to Peru
 */
export function receiverInFocus(dir: Direction, supplier: string | null, recipient: string | null, clauseParties: readonly Party[], ctx: Context, counted = false, valued = false, countsGift = false, countsAircraft = false): string | null {
  if (recipient || !supplier || !dir.trigger) return recipient;
  if (!(dir.role === "give" || (dir.role === "giveNoun" && (counted || valued)))) return recipient;
  const onlyGivers = clauseParties.every((p) => p.state === supplier || (dir.coSuppliers ?? []).includes(p.state));
  // ("Europe counts its gifts to Ukraine" over an opinion that then names only givers: before any flow, the headline's receiver.)
  const headline = ctx.headlineReceiver;
  if (!ctx.supplier && !ctx.recipient && headline && headline !== supplier) return onlyGivers ? headline : recipient;
  // ("Oslo's latest package is worth $90 million" on a page about aid to one state: a lot valued by its sum, with no flow
  // in focus to give it a receiver, goes to the state the page tells of giving to.)
  // (So does a verb of giving with the count it gives after it, "Copenhagen said it would hand over 19 jets" (`countsGift`),
  // told before the page's first flow: the page's receiver is whom the count is for.)
  const lot = valued || (countsGift && dir.role === "give" && !ctx.supplier && !ctx.recipient);
  // ("Oslo promised 12 jets last May" on a page that speaks of the war in Ukraine and of jets for Ukraine: counted aircraft
  // promised with no flow in focus go where the page keeps placing goods, `pageDestination`, where no receiver is plain;
  // `countsAircraft` is set only where the giver's own government is the one that speaks, never on a headline, which
  // tells the report's claims in short.)
  const placed = countsGift && countsAircraft && dir.role === "give" && !ctx.supplier && !ctx.recipient && !ctx.pageReceiver ? ctx.pageDestination : null;
  const pageState = ctx.pageReceiver ?? placed;
  const page = (lot || placed) && onlyGivers && pageState && pageState !== supplier ? pageState : recipient;
  if (!ctx.supplier || !ctx.recipient || ctx.supplier === supplier || ctx.recipient === supplier) return page;
  // ("Sweden and Norway have handed over 20 howitzers": the givers named with it are no receivers.)
  if (clauseParties.some((p) => p.state !== supplier && !(dir.coSuppliers ?? []).includes(p.state))) return recipient;
  return ctx.recipient;
}

/** "for Ukraine", "to Kyiv", "to the Houthis": a state right after the word that names whom goods are for. */
const forWhom = /\b(?:to|for)\s+(?:the\s+)?$/i;

/** How often the page must name its receiver, and by how many times more than any other, to be plainly about it. */
const pageTimes = 2;
const pageLead = 2;
const pageReceivers = new WeakMap<ArmsDocument, Leading>();

/**
 * A page's leading state: `plain` where it is counted at least `pageTimes` times and `pageLead` times as often as the
 * next; `led` the same, or the state counted once where no other is and the report names it in its headline or first
 * sentence (leadStates: "Moldova looks to its partners ... Brazil's newest package is worth $200 million").
 */
interface Leading {
  readonly plain: string | null;
  readonly led: string | null;
}

function leading(counts: ReadonlyMap<string, number>, lead: ReadonlySet<string>): Leading {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const ahead = ranked.length && ranked[0][1] >= pageLead * (ranked[1]?.[1] ?? 0) ? ranked[0] : null;
  const plain = ahead && ahead[1] >= pageTimes ? ahead[0] : null;
  return { plain, led: plain ?? (ahead && lead.has(ahead[0]) ? ahead[0] : null) };
}

const firstSentences = new WeakMap<ArmsDocument, ReadonlyMap<number, Sentence>>();

/** The first sentence of each segment that is no headline, by segment: read once a page. */
function firstOfSegments(doc: ArmsDocument): ReadonlyMap<number, Sentence> {
  let out = firstSentences.get(doc);
  if (!out) {
    const firsts = new Map<number, Sentence>();
    for (const s of doc.sentences) if (!s.headline && !firsts.has(s.segment)) firsts.set(s.segment, s);
    firstSentences.set(doc, (out = firsts));
  }
  return out;
}

/** The states the report names in its headline or its first sentence (main segments only). */
function leadStates(doc: ArmsDocument): Set<string> {
  const out = new Set<string>();
  const firsts = firstOfSegments(doc);
  doc.segments.forEach((segment, index) => {
    if (segment.kind === "embedded") return;
    for (const span of [segment.headline, firsts.get(index)?.span]) if (span) for (const m of doc.within(doc.mentions, span)) if (m.kind === "state") out.add(m.state ?? m.entity);
  });
  return out;
}

/** Whether a sentence is the report's lead: a headline, or the first sentence of its segment (it tells the report in short). */
export function inReportLead(doc: ArmsDocument, sentence: Sentence): boolean {
  return sentence.headline || firstOfSegments(doc).get(sentence.segment) === sentence;
}

/**
 * The one state a page plainly tells of giving to ("aid to Ukraine", "who is sending what to Ukraine", "a package
 * for Kyiv"), else null: the state named for whom goods are, after a word of giving in its sentence, at least
 * `pageTimes` times on the page's own reports (not its "Read also" boxes) and `pageLead` times as often as any other;
 * once is enough where no other state is so named and the report names it in its headline or first sentence, for a
 * sentence after that lead (`readingLead` false). Read once a page.
 */
export function pageReceiver(doc: ArmsDocument, readingLead = false): string | null {
  const known = pageReceivers.get(doc);
  if (known) return readingLead ? known.plain : known.led;
  const counts = new Map<string, number>();
  for (const sentence of doc.sentences) {
    if (doc.segments[sentence.segment]?.kind === "embedded") continue;
    const named = doc.within(doc.mentions, sentence.span).filter((m) => m.kind === "state" && forWhom.test(doc.text.slice(Math.max(sentence.span.start, m.span.start - 12), m.span.start)));
    if (!named.length) continue;
    const giving = findTriggers(doc.slice(sentence.span), sentence.span.start).filter((t) => t.role === "give" || t.role === "giveNoun");
    for (const m of named) if (giving.some((t) => t.end <= m.span.start)) counts.set(m.state ?? m.entity, (counts.get(m.state ?? m.entity) ?? 0) + 1);
  }
  const found = leading(counts, leadStates(doc));
  pageReceivers.set(doc, found);
  return readingLead ? found.plain : found.led;
}

/** "to Ukraine", "for Kyiv", "in Ukraine", "into Ukraine": a state right after a word that places goods or events in it. */
const placedIn = /\b(?:to|for|in|into)\s+(?:the\s+)?$/i;
const pageDestinations = new WeakMap<ArmsDocument, Leading>();

/**
 * The one state a page keeps placing things in ("weapons for Ukraine", "shells will be in Ukraine by June"), else
 * null: named right after "to", "for", "in" or "into" at least `pageTimes` times on the page's own reports (not its
 * "Read also" boxes, not its headlines) and `pageLead` times as often as any other state so named. Looser than
 * pageReceiver (no word of giving needed), it serves only counted aircraft that a giver promises with no receiver and
 * no flow in focus. Once is enough as for pageReceiver, where the report leads with the state. Read once a page.
 */
export function pageDestination(doc: ArmsDocument, readingLead = false): string | null {
  const known = pageDestinations.get(doc);
  if (known) return readingLead ? known.plain : known.led;
  const counts = new Map<string, number>();
  for (const sentence of doc.sentences) {
    if (sentence.headline || doc.segments[sentence.segment]?.kind === "embedded") continue;
    for (const m of doc.within(doc.mentions, sentence.span)) {
      if (m.kind !== "state" || !placedIn.test(doc.text.slice(Math.max(sentence.span.start, m.span.start - 12), m.span.start))) continue;
      const state = m.state ?? m.entity;
      counts.set(state, (counts.get(state) ?? 0) + 1);
    }
  }
  const found = leading(counts, leadStates(doc));
  pageDestinations.set(doc, found);
  return readingLead ? found.plain : found.led;
}

/**
 * The one state a headline gives to without naming a giver ("Europe counts its gifts to Ukraine", "Military support
 * for Ukraine: status of deliveries"), else null: a word of giving before it, and no other state in the headline.
 */
export function headlineReceiver(doc: ArmsDocument, sentence: Sentence): string | null {
  if (!sentence.headline) return null;
  const states = doc.within(doc.mentions, sentence.span).filter((m) => m.kind === "state");
  const named = new Set(states.map((m) => m.state ?? m.entity));
  if (named.size !== 1) return null;
  const receiver = states.find((m) => forWhom.test(doc.text.slice(Math.max(sentence.span.start, m.span.start - 12), m.span.start)));
  if (!receiver) return null;
  const giving = findTriggers(doc.slice(sentence.span), sentence.span.start).some((t) => (t.role === "give" || t.role === "giveNoun") && t.end <= receiver.span.start);
  return giving ? (receiver.state ?? receiver.entity) : null;
}

/** "as soon as", "as", "once", "until": a word that opens a side clause or a likening, right before a state (continuations.json sideLeads). */
const sideLead = new RegExp(`\\b(?:${continuations.sideLeads.join("|")})\\s+(?:the\\s+)?$`, "i");
/** Only "and" or a comma between two states named together. */
const coordinated = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i;

/**
 * "Germany will hand Ukraine 14 tanks. Warsaw will pass on 14 of its own as soon as Berlin signs the permits", "Sweden
 * sent planes to Ukraine. Finland's package was misreported as Swedish", "Oslo and Helsinki are to send their jets": in a
 * run of goods to one receiver, a new giver whose clause names its other state only on the side (after "as", "as soon
 * as", "once", "until", or coordinated with the giver) gives to the run's receiver, not to that state. Returns the
 * receiver to keep.
 */
export function runGiverOnSide(text: string, dir: Direction, supplier: string | null, recipient: string | null, clauseParties: readonly Party[], ctx: Context): string | null {
  if (!supplier || !recipient || !dir.trigger || !(dir.role === "give" || dir.role === "giveNoun")) return recipient;
  if (!ctx.supplier || !ctx.recipient || recipient === ctx.recipient || supplier === ctx.supplier || supplier === ctx.recipient) return recipient;
  const named = clauseParties.filter((p) => p.state === recipient);
  if (!named.length) return recipient;
  const givers = clauseParties.filter((p) => p.state === supplier);
  // On the side: after a word that opens a side clause or a likening ("as soon as Berlin signs", "misreported as Swedish"),
  // or coordinated with the giver before the verb ("Oslo and Helsinki are to send", the two give together).
  const aside = named.every((p) => sideLead.test(text.slice(Math.max(0, p.span.start - 16), p.span.start)) || givers.some((g) => coordinated.test(p.span.end <= g.span.start ? text.slice(p.span.end, g.span.start) : text.slice(g.span.end, p.span.start))));
  return aside ? ctx.recipient : recipient;
}

/**
 * The one linker: from a document's claims and a port onto the claims known so far, the linking
 * decisions (which statement each claim carries, which statements merge or take a new id). The CLI
 * (`extract --link`, eval), ingest (store/put-document.ts), bulk load and the API all call
 * `linkDocument`; the store only writes what it decides.
 *
 * A statement is a connected group of claims that retell one another (matchScore, the same source,
 * occasion and figure), at most one claim per document, named after its earliest claim. Groups do not
 * depend on the order documents arrive in: a claim that retells two statements joins them into one.
 * One exception to one claim per document: siblings, the claims a document makes of one figure of one source
 * and occasion for several things of one family ("28,000 containers of weapons and munitions"), or of one figure
 * it tells again by one origin (a headline over the credited sentence, document-retelling.ts), are one statement.
 */
import { itemsInScope, knowledge, sameScope } from "./knowledge.js";
import { claimDay, claimOccasion, matchScore, occasionGap, statementId, windowAsOccasion, type LinkedClaim } from "./link-claims.js";
import { agreedDay, dayRange } from "./occasion.js";

type Occasion = NonNullable<ReturnType<typeof claimOccasion>>;
import { oneSentenceReadTwice, retoldInDocument, toldAgainWithoutFigure, windowOf } from "./document-retelling.js";
import { isOwnVoice, sourceKey, speakerKey } from "./sources.js";
import { preciseFigure } from "./press-retold.js";
import { isGovernment } from "./retold-origin.js";
import { findPerson } from "../knowledge/gazetteer.js";
import { holderNamedByTitle } from "../knowledge/offices.js";

/** A claim the linker knows, with the statement it carries (null: not linked yet). */
export interface KnownClaim extends LinkedClaim {
  readonly statement: string | null;
}

/** What the linker reads of what is known so far: an in-memory index (memoryPort) or the store. */
export interface LinkPort {
  /** Claims of other documents that could retell `lc`: its kind, parties and items in scope, days within the occasion (undated: its source). */
  near(lc: LinkedClaim): Promise<readonly KnownClaim[]>;
  /** Every current claim of these statements. */
  members(statements: readonly string[]): Promise<readonly KnownClaim[]>;
}

export interface LinkDecisions {
  /** Claim key (claimKey) → statement id: the document's claims, and known claims whose statement changes. */
  readonly assign: ReadonlyMap<string, string>;
  /** Statements no claim carries under that id any more (merged into another, or renamed). */
  readonly retired: readonly string[];
}

/** A claim's key across documents: `claimKey(lc)` → "doc-id\u0000c3". */
export const claimKey = (lc: LinkedClaim): string => `${lc.doc.id}\u0000${lc.claim.id}`;

/** How well two claims retell one statement, the same whichever is asked first; null where they cannot. */
export function edgeScore(a: LinkedClaim, b: LinkedClaim): number | null {
  const x = matchScore(a, b);
  if (x === null) return null;
  const y = matchScore(b, a);
  return y === null ? null : Math.min(x, y);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The claim that names a group: the earliest by its day, then by document and claim id (never by arrival). */
const founderOrder = (a: LinkedClaim, b: LinkedClaim) => cmp(claimDay(a) ?? "9999", claimDay(b) ?? "9999") || cmp(a.doc.id, b.doc.id) || cmp(a.claim.id, b.claim.id);

/**
 * The claim a group is named after: the earliest (founderOrder) of those dated by the day its claims agree on
 * (occasion.ts, agreedDay), so that a statement one report dates to "June" and another to "June 14" is named after
 * the day, not the month.
 */
export function founderOf(members: readonly LinkedClaim[]): LinkedClaim {
  const sorted = [...members].sort(founderOrder);
  const days = sorted.map(claimDay).filter((d): d is string => d !== null);
  const day = agreedDay(days);
  return sorted.find((m) => claimDay(m) === day) ?? sorted[0];
}

/**
 * The gazetteer's person a claim's source is, named or by title on its day (knowledge/offices.json), else null:
 * a statement is one person's, so a group never holds two (linked through a body of their state in between).
 */
export function personOf(lc: LinkedClaim): string | null {
  const c = lc.claim;
  if (c.source.speaker) {
    const key = sourceKey(c.source);
    return key.startsWith("person:") && findPerson(key.slice(7)) ? key.slice(7) : null;
  }
  return holderNamedByTitle(c, claimDay(lc))?.id ?? null;
}

const negative = (c: LinkedClaim["claim"]) => c.certainty === "denied" || c.certainty === "doubted";

/**
 * What a claim shares with its siblings: its polarity, parties and unit. Two claims of one document
 * with one such mark may be one figure told of several things ("containers of weapons and munitions", one
 * claim per item as SCHEMA.md has it; a headline's "arms" and the body's "munitions"), one statement
 * (areSiblings). Claims without a figure have none (null).
 */
export function siblingMark(lc: LinkedClaim): string | null {
  const c = lc.claim, q = c.quantity;
  if (!q) return null;
  // (A share is of its own thing: "shell plants at 100 percent" and "munitions plants at 100 percent" are two.)
  if (q.unit === "percent") return null;
  return [c.kind, c.supplier, c.recipient, negative(c), q.unit, q.per ?? ""].join("|");
}

const sameSentence = (a: LinkedClaim["claim"], b: LinkedClaim["claim"]) => a.evidence.start === b.evidence.start && a.evidence.end === b.evidence.end;
const figureOf = (c: LinkedClaim["claim"]) => `${c.quantity?.value}|${c.quantity?.min}|${c.quantity?.max}`;

/**
 * Whether two claims of one document are siblings, one statement: one figure of one source and day told of
 * several things of one family, or one figure the document tells twice by one origin: a headline and the
 * body, in the outlet's voice and credited, a minister and his state (document-retelling.ts).
 */
export function areSiblings(a: LinkedClaim, b: LinkedClaim): boolean {
  if (a.doc.id !== b.doc.id || a.claim.id === b.claim.id || !sameScope(a.claim.item, b.claim.item)) return false;
  if (toldAgainWithoutFigure(a, b) || oneSentenceReadTwice(a, b)) return true;
  const m = siblingMark(a);
  if (m === null || m !== siblingMark(b)) return false;
  if (sourceKey(a.claim.source) === sourceKey(b.claim.source)) {
    if (a.claim.item !== b.claim.item && (a.claim.stated ?? "") === (b.claim.stated ?? "") && figureOf(a.claim) === figureOf(b.claim) && windowOf(a.claim) === windowOf(b.claim)) return true;
    // One sentence giving one source's figure twice for one kind of thing tells two things ("120 guns and 120 launchers").
    if (sameSentence(a.claim, b.claim)) return false;
  }
  return retoldInDocument(a, b);
}

/**
 * Union-find over claim keys, each group with the claims it holds of each document (a statement takes one
 * claim per document, or siblings: each pair of a document's claims in it is siblings) and the days it spans:
 * the latest first day and the earliest last day of its dated claims. A statement is one occasion, so a group
 * never stretches beyond it: retellings a few days apart each may not chain on for months. Its things stay of
 * one family: each pair of its items is in scope of the other ("shells" and "arms" may be one statement,
 * "drones" and "shells" never).
 */
class Groups {
  private readonly parent = new Map<string, string>();
  private readonly docs = new Map<string, Map<string, string[]>>();
  private readonly items = new Map<string, Set<string>>();
  private readonly days = new Map<string, [number, number]>();
  /** The group's claims dated only by their reports' days (a guess, occasion.ts): each is held to every other claim by `gap`. */
  private readonly guesses = new Map<string, string[]>();
  private readonly persons = new Map<string, string>();
  /**
   * `siblings(x, y)`: whether two claims (by key) of one document may carry one statement; `gap(x, y)`: the days
   * between two claims' occasions (link-claims.ts, occasionGap), null where one is undated.
   */
  constructor(
    private readonly siblings: (x: string, y: string) => boolean,
    private readonly gap: (x: string, y: string) => number | null = () => null,
  ) {}
  add(key: string, doc: string, day: Occasion | null = null, item = "", person: string | null = null): void {
    if (this.parent.has(key)) return;
    if (person) this.persons.set(key, person);
    this.parent.set(key, key);
    this.docs.set(key, new Map([[doc, [key]]]));
    this.items.set(key, new Set([item]));
    if (day?.told) this.days.set(key, [day.range[0], day.range[1]]);
    else if (day) this.guesses.set(key, [key]);
  }
  find(k: string): string {
    let r = k;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    for (let x = k; x !== r; ) {
      const next = this.parent.get(x)!;
      this.parent.set(x, r);
      x = next;
    }
    return r;
  }
  /** Joins two groups unless they hold claims of one document that are not siblings; returns whether they are one now. */
  union(a: string, b: string): boolean {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return true;
    const da = this.docs.get(ra)!, db = this.docs.get(rb)!;
    const [fewer, more] = da.size < db.size ? [da, db] : [db, da];
    for (const [d, keys] of fewer) {
      const others = more.get(d);
      if (others && !keys.every((x) => others.every((y) => this.siblings(x, y)))) return false;
    }
    const ia = this.items.get(ra)!, ib = this.items.get(rb)!;
    for (const x of ia) for (const y of ib) if (!sameScope(x, y)) return false;
    const pa = this.persons.get(ra), pb = this.persons.get(rb);
    if (pa && pb && pa !== pb) return false;
    const xa = this.days.get(ra), xb = this.days.get(rb);
    // Latest start and earliest end of the joined group: further apart than one occasion, they are two statements.
    const span: [number, number] | undefined = xa && xb ? [Math.max(xa[0], xb[0]), Math.min(xa[1], xb[1])] : xa ?? xb;
    if (span && span[0] - span[1] > knowledge.occasionDays) return false;
    // A claim dated only by its report's day is one occasion with each claim of the other group (how far back it
    // reaches depends on the pair: occasionGap).
    const ga = this.guesses.get(ra) ?? [], gb = this.guesses.get(rb) ?? [];
    const far = (x: string, ys: Iterable<string[]>) => {
      for (const keys of ys) for (const y of keys) if ((this.gap(x, y) ?? 0) > knowledge.occasionDays) return true;
      return false;
    };
    if (ga.some((x) => far(x, db.values())) || gb.some((y) => far(y, da.values()))) return false;
    const [big, small] = da.size >= db.size ? [ra, rb] : [rb, ra];
    this.parent.set(small, big);
    for (const [d, keys] of this.docs.get(small)!) this.docs.get(big)!.set(d, [...(this.docs.get(big)!.get(d) ?? []), ...keys]);
    this.docs.delete(small);
    for (const x of this.items.get(small)!) this.items.get(big)!.add(x);
    this.items.delete(small);
    if (span) this.days.set(big, span);
    this.days.delete(small);
    if (ga.length || gb.length) this.guesses.set(big, [...ga, ...gb]);
    this.guesses.delete(small);
    if (pa ?? pb) this.persons.set(big, (pa ?? pb)!);
    this.persons.delete(small);
    return true;
  }
}

type Edge = { a: string; b: string; score: number };

/**
 * Groups claims into statements (pure): the claims of each `blocks` entry start as one group (a statement
 * already known to hang together); then the edges, best first, join groups that share no document.
 * Returns claim key → statement id, each group named after its founder.
 */
export function groupClaims(claims: readonly LinkedClaim[], edges: readonly Edge[], blocks: readonly (readonly string[])[] = []): Map<string, string> {
  const byKey = new Map(claims.map((c) => [claimKey(c), c]));
  const g = new Groups((x, y) => areSiblings(byKey.get(x)!, byKey.get(y)!), (x, y) => (byKey.get(x)!.doc.id === byKey.get(y)!.doc.id ? null : occasionGap(byKey.get(x)!, byKey.get(y)!)));
  for (const c of claims) g.add(claimKey(c), c.doc.id, claimOccasion(c), c.claim.item, personOf(c));
  for (const b of blocks) for (let i = 1; i < b.length; i++) if (byKey.has(b[0]) && byKey.has(b[i])) g.union(b[0], b[i]);
  // Siblings first (one figure of one source and occasion in a document is one statement), then retellings, best first.
  for (const [a, b] of siblingPairs(claims)) g.union(claimKey(a), claimKey(b));
  const sorted = [...edges].sort((x, y) => y.score - x.score || cmp(x.a, y.a) || cmp(x.b, y.b));
  for (const e of sorted) g.union(e.a, e.b);
  const groups = new Map<string, LinkedClaim[]>();
  for (const [k, c] of byKey) {
    const r = g.find(k);
    groups.set(r, [...(groups.get(r) ?? []), c]);
  }
  const out = new Map<string, string>();
  for (const members of groups.values()) {
    const id = statementId(founderOf(members));
    for (const m of members) out.set(claimKey(m), id);
  }
  return out;
}

/** The sibling pairs among claims (areSiblings): one source's first, then a document's retellings, each in key order. */
function siblingPairs(claims: readonly LinkedClaim[]): [LinkedClaim, LinkedClaim][] {
  const byMark = new Map<string, LinkedClaim[]>();
  for (const c of claims) {
    // A claim without a figure shares a mark with its own saying told again (toldAgainWithoutFigure).
    const m = siblingMark(c) ?? (c.claim.quantity ? null : `none|${c.claim.kind}|${c.claim.supplier}|${c.claim.recipient}|${c.claim.item}|${c.claim.certainty}`);
    if (m !== null) byMark.set(`${c.doc.id}\u0000${m}`, [...(byMark.get(`${c.doc.id}\u0000${m}`) ?? []), c]);
  }
  const out: [LinkedClaim, LinkedClaim][] = [];
  for (const list of byMark.values()) {
    const sorted = [...list].sort((x, y) => cmp(claimKey(x), claimKey(y)));
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) if (areSiblings(sorted[i], sorted[j])) out.push([sorted[i], sorted[j]]);
  }
  const retelling = (p: [LinkedClaim, LinkedClaim]) => Number(sourceKey(p[0].claim.source) !== sourceKey(p[1].claim.source));
  return out.sort((x, y) => retelling(x) - retelling(y) || cmp(claimKey(x[0]), claimKey(y[0])) || cmp(claimKey(x[1]), claimKey(y[1])));
}

/** Every pair of claims that can retell one statement, scored (a key order fixed: a < b). */
export function edgesAmong(pairs: Iterable<[LinkedClaim, LinkedClaim]>): Edge[] {
  const out: Edge[] = [];
  const seen = new Set<string>();
  for (const [x, y] of pairs) {
    if (x.doc.id === y.doc.id) continue;
    const [a, b] = claimKey(x) < claimKey(y) ? [x, y] : [y, x];
    const id = `${claimKey(a)}\u0001${claimKey(b)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const score = edgeScore(a, b);
    if (score !== null) out.push({ a: claimKey(a), b: claimKey(b), score });
  }
  return out;
}

/** The same reads as LinkPort, answered at once (the in-memory port). */
export interface SyncLinkPort {
  near(lc: LinkedClaim): readonly KnownClaim[];
  members(statements: readonly string[]): readonly KnownClaim[];
}

/**
 * The decisions for one document's claims (pure): each claim joins the statements whose claims it
 * retells (several become one), or founds its own. `near` gives, for each claim key, the known claims
 * that could retell it; `members`, every claim of the statements those carry.
 */
export function decideLinks(claims: readonly LinkedClaim[], near: ReadonlyMap<string, readonly KnownClaim[]>, members: readonly KnownClaim[]): LinkDecisions {
  const direct = edgesAmong(newPairs(claims, near));
  const statements = retold(direct, near);
  const wanted = new Set(statements);
  // The neighbourhood that decides anew: the new claims and every claim of the statements they retell.
  const known = new Map<string, KnownClaim>();
  for (const k of [...members, ...[...near.values()].flat()]) if (k.statement !== null && wanted.has(k.statement)) known.set(claimKey(k), k);
  const all = [...known.values(), ...claims.filter((c) => !known.has(claimKey(c)))];
  // Every pair of it is scored (not the statements taken as blocks): which claims share one occasion must not
  // depend on which arrived first. Statements are one occasion each (Groups), so the neighbourhood stays small.
  const pairs: [LinkedClaim, LinkedClaim][] = [];
  const olds = [...known.values()];
  for (let i = 0; i < olds.length; i++) for (let j = i + 1; j < olds.length; j++) if (olds[i].doc.id !== olds[j].doc.id && sameCore(olds[i], olds[j])) pairs.push([olds[i], olds[j]]);
  const grouped = groupClaims(all, [...direct, ...edgesAmong(pairs)]);
  const assign = new Map<string, string>();
  for (const lc of claims) assign.set(claimKey(lc), grouped.get(claimKey(lc))!);
  for (const k of known.values()) if (grouped.get(claimKey(k)) !== k.statement) assign.set(claimKey(k), grouped.get(claimKey(k))!);
  const live = new Set(grouped.values());
  return { assign, retired: statements.filter((s) => !live.has(s)) };
}

/** Each new claim with each known claim near it. */
function newPairs(claims: readonly LinkedClaim[], near: ReadonlyMap<string, readonly KnownClaim[]>): [LinkedClaim, LinkedClaim][] {
  const pairs: [LinkedClaim, LinkedClaim][] = [];
  for (const lc of claims) for (const k of near.get(claimKey(lc)) ?? []) pairs.push([lc, k]);
  return pairs;
}

/** The statements some new claim retells (an edge to one of their claims), in id order. */
function retold(edges: readonly Edge[], near: ReadonlyMap<string, readonly KnownClaim[]>): string[] {
  const byKey = new Map<string, KnownClaim>();
  for (const k of [...near.values()].flat()) byKey.set(claimKey(k), k);
  const out = new Set<string>();
  for (const e of edges) {
    for (const k of [e.a, e.b]) {
      const s = byKey.get(k)?.statement;
      if (s) out.add(s);
    }
  }
  return [...out].sort();
}

const statementsOf = (claims: readonly LinkedClaim[], near: ReadonlyMap<string, readonly KnownClaim[]>) => retold(edgesAmong(newPairs(claims, near)), near);

/** Links one document's claims over a port onto what is known (the store's, put-document.ts). */
export async function linkDocument(claims: readonly LinkedClaim[], port: LinkPort): Promise<LinkDecisions> {
  const near = new Map<string, readonly KnownClaim[]>();
  for (const lc of claims) near.set(claimKey(lc), await port.near(lc));
  const statements = statementsOf(claims, near);
  return decideLinks(claims, near, statements.length ? await port.members(statements) : []);
}

/** linkDocument over a port that answers at once (MemoryPort): the same decisions. */
export function linkDocumentNow(claims: readonly LinkedClaim[], port: SyncLinkPort): LinkDecisions {
  const near = new Map<string, readonly KnownClaim[]>(claims.map((lc) => [claimKey(lc), port.near(lc)]));
  const statements = statementsOf(claims, near);
  return decideLinks(claims, near, statements.length ? port.members(statements) : []);
}

/**
 * Regroups the claims left in some statements (after a document's older version leaves them): the
 * pairs among them decide anew, so a statement whose bridge left splits. Claim key → statement id.
 */
export function regroup(members: readonly KnownClaim[]): Map<string, string> {
  const pairs: [LinkedClaim, LinkedClaim][] = [];
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.push([members[i], members[j]]);
  return groupClaims(members, edgesAmong(pairs));
}

const sameCore = (a: LinkedClaim, b: LinkedClaim) => a.claim.kind === b.claim.kind && a.claim.supplier === b.claim.supplier && a.claim.recipient === b.claim.recipient;

const coreOf = (lc: LinkedClaim, item: string = lc.claim.item) => `${lc.claim.kind}|${lc.claim.supplier}|${lc.claim.recipient}|${item}`;

/** The days a claim is filed under for the search of its retellings: the ones its report tells, else its publication day (as the store files it, rows.ts). */
export const indexRange = (lc: LinkedClaim): [number, number] | null => dayRange(lc.claim.stated ?? lc.doc.published);

/**
 * The filed days (indexRange) a claim's retellings may have, null where it is undated: its own days widened by an
 * occasion and by the reach of a guessed day, forward (a report telling no day may retell it days, or where one origin's
 * very figure is retold, months later) and, where its own day is a guess, back (occasionGap).
 */
export function nearWindow(lc: LinkedClaim): [number, number] | null {
  // (Not the person's two-year reach, for every claim: a window that wide made the store's candidate search read four
  // times the rows, and a growing ledger's ingest slowed past its bound. A person's claims are looked up over it apart:
  // personWindow.)
  return windowWith(lc, Math.max(knowledge.guessedDayReach, knowledge.retoldFigureReach));
}

/**
 * The filed days a person's very figure may be retold over (knowledge.retoldPersonFigureReach), or their denial with no
 * figure and no day told (knowledge.retoldDenialReach, personDenial), null where the claim names no speaker, is neither
 * or is undated: searched only among claims of the same speaker (speakerKey), so the wide reach reads that person's few
 * claims of the flow and no others.
 */
export function personWindow(lc: LinkedClaim): [number, number] | null {
  if (speakerKey(lc.claim.source) === null) return null;
  if (personFigure(lc) !== null) return windowWith(lc, knowledge.retoldPersonFigureReach);
  return personDenial(lc) ? windowWith(lc, knowledge.retoldDenialReach) : null;
}

/**
 * The filed days over which a claim in its outlet's own voice may retell a named person's very figure (link-claims.ts,
 * outletRetellsPersonAct: "the 32 jets Ruritania promised last summer"), null where it is no such claim: one with a
 * precise figure (press-retold.ts, preciseFigure), passed on by no one, its day a guess. Looked up back over a person's
 * reach (knowledge.retoldPersonFigureReach) among the claims that name a speaker, of its figure's unit and span
 * (personFigure), so the wide reach reads only the few claims of the flow a person put that figure to.
 */
export function pressOfPersonWindow(lc: LinkedClaim): [number, number] | null {
  const c = lc.claim, q = c.quantity, n = q ? figureNumber(q) : null;
  // (Or one crediting its state's government in general, "Kyiv says", retelling its person's figure: link-claims.ts, retoldReach.)
  if (n === null || !preciseFigure(n) || !((!c.relays.length && isOwnVoice(c, lc.doc.outlet)) || isGovernment(sourceKey(c.source)))) return null;
  const o = claimOccasion(lc);
  return o && !o.told ? [o.range[0] - knowledge.occasionDays - knowledge.retoldPersonFigureReach, o.range[1] + knowledge.occasionDays] : null;
}

/**
 * Whether a claim is a denial (or doubt) with no figure whose report tells no day of it: a person's such denial may be
 * quoted again months on (link-claims.ts, occasionGap), so it is looked up over that reach among the person's claims
 * that are such denials too.
 */
export function personDenial(lc: LinkedClaim): boolean {
  return lc.claim.quantity === null && negative(lc.claim) && claimOccasion(lc)?.told === false;
}

/**
 * The figure a person's claim is looked up by over that reach: its unit and the span its number (value, else a bound,
 * figureNumber) may lie in for the very figure retold (figures.ts, isSameFigure: never further than the figure tolerance
 * or the rounding one, whichever is wider), null where it names no number. Only a narrowing: the linker decides.
 */
export function personFigure(lc: LinkedClaim): { unit: string; range: [number, number] } | null {
  const q = lc.claim.quantity;
  const n = q ? figureNumber(q) : null;
  if (!q || n === null) return null;
  const t = Math.max(knowledge.figureTolerance, knowledge.roundingTolerance);
  const ends = [n * (1 - t), n / (1 - t)];
  const slack = Math.abs(n) * 1e-9;
  return { unit: q.unit, range: [Math.min(...ends) - slack, Math.max(...ends) + slack] };
}

/** The number a figure is filed under for that lookup: its value, else its lower bound, else its upper (as the store's claims_flow_speaker). */
export const figureNumber = (q: NonNullable<LinkedClaim["claim"]["quantity"]>): number | null => q.value ?? q.min ?? q.max;

/**
 * The days of the act a claim dates, where that window may be the day of the saying its report retells long after
 * (link-claims.ts, windowAsOccasion: a day or a month well before the report's own days, "signed on 26 August 2022"
 * in a table of contracts two years on), null otherwise. Such a claim is filed under it too (the store's act_lo),
 * so that the report of that day is found however far apart the two were published.
 */
export const actWindow = (lc: LinkedClaim): [number, number] | null => windowAsOccasion(lc);

/**
 * The filed days (indexRange) of the claims that may retell the act a claim dates by its window (actWindow): from an
 * occasion before its first day to an occasion and a guessed day's reach after its last (a report of that day that
 * tells none is filed under its publication day, up to that reach after the saying); null where it dates none. Asked
 * both ways: a claim looks up the claims filed over its act's days, and the claims whose act's days reach its own
 * filed days (actLookup), so that the two are found whichever arrives first.
 */
export function actReach(lc: LinkedClaim): [number, number] | null {
  const w = actWindow(lc);
  return w ? [w[0] - knowledge.occasionDays, w[1] + knowledge.occasionDays + knowledge.guessedDayReach] : null;
}

/** The act windows (actWindow) that reach a claim's filed days (actReach, turned about): null where it is undated. */
export function actLookup(lc: LinkedClaim): [number, number] | null {
  const r = indexRange(lc);
  return r ? [r[0] - knowledge.occasionDays - knowledge.guessedDayReach, r[1] + knowledge.occasionDays] : null;
}

function windowWith(lc: LinkedClaim, reach: number): [number, number] | null {
  const o = claimOccasion(lc);
  return o ? [o.range[0] - knowledge.occasionDays - (o.told ? 0 : reach), o.range[1] + knowledge.occasionDays + reach] : null;
}

/** The in-memory port: claims by core and day, asked as the store asks (put-document.ts, storePort). */
/** Adds `key` to the list filed under `at` (in place: a list copied on every add grows as the square of the claims). */
function push(index: Map<string, string[]>, at: string, key: string): void {
  const list = index.get(at);
  if (list) list.push(key);
  else index.set(at, [key]);
}

export class MemoryPort implements SyncLinkPort {
  /** Claim keys by core and first day (`undated` apart): a claim is compared only with claims of its days. */
  private readonly buckets = new Map<string, string[]>();
  private readonly byStatement = new Map<string, Set<string>>();
  /** Dated claims of a person by core and speaker (speakerKey): the narrow lookup over a person's wider reach. */
  private readonly bySpeaker = new Map<string, string[]>();
  /** Dated claims that name a speaker, by core: the lookup of an outlet's own retelling of a person's figure (pressOfPersonWindow). */
  private readonly spoken = new Map<string, string[]>();
  /** Dated claims that name no speaker, by core: the same lookup asked from the person's side (personWindow). */
  private readonly unspoken = new Map<string, string[]>();
  private readonly where = new Map<string, KnownClaim>();
  /** Claim keys by core and the first day of the act their window dates (actWindow): the lookup of long-after retellings. */
  private readonly byAct = new Map<string, string[]>();
  /** The widest day range a claim's day covers (0 for days, up to 365 for a year). */
  private span = 0;
  /** The widest act window filed (a day up to a month). */
  private actSpan = 0;

  near(lc: LinkedClaim): KnownClaim[] {
    const out = new Map<string, KnownClaim>();
    const r = nearWindow(lc);
    const key = sourceKey(lc.claim.source);
    const take = (k: string, test: (c: KnownClaim) => boolean) => {
      const c = this.where.get(k)!;
      if (c.doc.id !== lc.doc.id && test(c)) out.set(k, c);
    };
    const overlaps = (w: [number, number]) => (c: KnownClaim) => {
      const kr = indexRange(c)!;
      return kr[0] <= w[1] && kr[1] >= w[0];
    };
    const pw = personWindow(lc);
    const speaker = speakerKey(lc.claim.source);
    const figure = personFigure(lc);
    const inReach = pw ? overlaps(pw) : null;
    const denial = personDenial(lc);
    const act = actReach(lc), acted = actLookup(lc);
    /** Whether a claim gives the person's figure: its unit, within its span (personFigure). */
    const inFigure = (c: KnownClaim) => {
      const q = c.claim.quantity, n = q ? figureNumber(q) : null;
      return figure !== null && q !== null && q.unit === figure.unit && n !== null && n >= figure.range[0] && n <= figure.range[1];
    };
    const ofPerson = (c: KnownClaim) => {
      if (inReach === null || !inReach(c)) return false;
      // (A denial is looked up among the person's figureless denials: as the store asks, by quantity and certainty.)
      if (denial) return c.claim.quantity === null && negative(c.claim);
      return inFigure(c);
    };
    const press = pressOfPersonWindow(lc);
    const pressReach = press ? overlaps(press) : null;
    const ofPersonFigure = (c: KnownClaim) => inReach !== null && inReach(c) && inFigure(c);
    const ofFigure = (c: KnownClaim) => pressReach !== null && pressReach(c) && inFigure(c);
    for (const item of itemsInScope(lc.claim.item)) {
      const core = coreOf(lc, item);
      // Undated claims: of its source only, whether this one is dated or not (as the store asks).
      for (const k of this.buckets.get(`${core}|undated`) ?? []) take(k, (c) => sourceKey(c.claim.source) === key);
      // A person's claims over the person's wider reach (as the store asks them, by speaker).
      if (pw) for (const k of this.bySpeaker.get(`${core}|${speaker}`) ?? []) take(k, ofPerson);
      // The act a claim's window dates, long before its report (actReach): the claims filed over its days, and the
      // claims whose act's days reach this one's filed days (actLookup; as the store asks).
      if (act) for (let d = act[0] - this.span; d <= act[1]; d++) for (const k of this.buckets.get(`${core}|${d}`) ?? []) take(k, overlaps(act));
      if (acted) {
        const reaches = (c: KnownClaim) => {
          const w = actWindow(c)!;
          return w[0] <= acted[1] && w[1] >= acted[0];
        };
        for (let d = acted[0] - this.actSpan; d <= acted[1]; d++) for (const k of this.byAct.get(`${core}|${d}`) ?? []) take(k, reaches);
      }
      // A person's very figure an outlet retells in its own voice, up to the person's reach back (pressOfPersonWindow).
      if (press) for (const k of this.spoken.get(core) ?? []) take(k, ofFigure);
      // (And from the person's side: the claims naming no speaker over the person's reach, of the figure's unit and span.)
      if (pw && figure) for (const k of this.unspoken.get(core) ?? []) take(k, ofPersonFigure);
      if (!r) continue;
      const inWindow = overlaps(r);
      for (let d = r[0] - this.span; d <= r[1]; d++) {
        for (const k of this.buckets.get(`${core}|${d}`) ?? []) take(k, inWindow);
      }
    }
    return [...out.values()].sort((a, b) => cmp(claimKey(a), claimKey(b)));
  }

  members(statements: readonly string[]): KnownClaim[] {
    return statements.flatMap((s) => [...(this.byStatement.get(s) ?? [])].sort().map((k) => this.where.get(k)!));
  }

  /** Records a document's claims and applies the decisions: what the store writes, kept in memory. */
  apply(claims: readonly LinkedClaim[], d: LinkDecisions): void {
    for (const lc of claims) {
      const key = claimKey(lc);
      this.where.set(key, { ...lc, statement: null });
      const r = indexRange(lc);
      if (r) this.span = Math.max(this.span, r[1] - r[0]);
      const bucket = `${coreOf(lc)}|${r ? r[0] : "undated"}`;
      push(this.buckets, bucket, key);
      const speaker = speakerKey(lc.claim.source);
      if (r && speaker !== null) {
        push(this.bySpeaker, `${coreOf(lc)}|${speaker}`, key);
        push(this.spoken, coreOf(lc), key);
      } else if (r) push(this.unspoken, coreOf(lc), key);
      const w = actWindow(lc);
      if (w) {
        this.actSpan = Math.max(this.actSpan, w[1] - w[0]);
        push(this.byAct, `${coreOf(lc)}|${w[0]}`, key);
      }
    }
    for (const [key, statement] of d.assign) {
      const old = this.where.get(key)!;
      if (old.statement) this.byStatement.get(old.statement)?.delete(key);
      this.where.set(key, { ...old, statement });
      if (!this.byStatement.has(statement)) this.byStatement.set(statement, new Set());
      this.byStatement.get(statement)!.add(key);
    }
    for (const s of d.retired) if (this.byStatement.get(s)?.size === 0) this.byStatement.delete(s);
  }

  /** Claim key → statement id of every claim recorded. */
  statements(): Map<string, string> {
    return new Map([...this.where].map(([k, c]) => [k, c.statement!]));
  }
}

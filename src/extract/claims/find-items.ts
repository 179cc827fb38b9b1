import { ITEMS, type Item } from "../../core/claim.js";
import type { Span } from "../../core/span.js";
import { remembered } from "../../core/memo.js";
import { hits, itemIndex, matchAll, notItemRe, phraseRegex, type ItemPattern } from "../../knowledge/lexicon.js";
import { headsOf, patternHeads } from "./item-heads.js";
import { STATES } from "../../knowledge/gazetteer.js";
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import itemData from "../../knowledge/items.json" with { type: "json" };
import unitItems from "../../knowledge/unit-items.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";

/** An item named in the text: "152-millimeter shells" → artillery-ammunition. */
export interface ItemMention {
  readonly span: Span;
  readonly item: Item;
  readonly generic: boolean;
  readonly text: string;
}

const listCue = phraseRegex(transferData.listCue);
const paidInKind = phraseRegex(unitItems.paidInKind);
const paymentCue = phraseRegex(unitItems.paymentCues);
const ammunitionFor: Partial<Record<Item, Item>> = { "artillery-systems": "artillery-ammunition", "air-defence-systems": "missiles-other" };
// A name or a hyphened modifier of a served thing: "Gepard", "Shahed-type", "long-range", "anti-aircraft". (No "i" flag
// on these two: under it \p{Lu} would take lower-case words too.)
const servedName = String.raw`(?:\p{Lu}[\p{L}\d-]*|\p{Ll}[\p{L}\d]*-[\p{L}\d-]+)`;
/** Between goods and the thing they serve (items.json servedLinks): "for its Gepard", "for Russia's Garpiya", "for use in the". */
const servedGap = new RegExp(`^\\s+(?:${itemData.servedLinks.join("|")})(?:\\s+(?:${itemData.servedDeterminers.join("|")}))?(?:\\s+\\p{Lu}[\\p{L}-]*['’]s)?(?:\\s+${servedName}){0,2}\\s+$`, "u");
/** Between a served thing's name and its noun: "Gepard anti-aircraft tanks", "Garpiya long-range drones", "Shahed-type drones". */
// ("Shahed-type drones": the name may run on in a hyphened word of its own.)
const servedNoun = new RegExp(`^(?:-\\p{L}+)?\\s+(?:${servedName}\\s+){0,2}$`, "u");
/** A noun of a price or a store right after an item word (items.json nonGoodsHeads): "grain prices", "ammunition depots". */
/** A noun of a trader right after a generic item word (items.json traderHeads): "arms supplier", "weapons exporters". */
const traderHead = new RegExp(`^[ \\t]+(?:${itemData.traderHeads.join("|")})\\b`, "i");
/** Between a model name and a noun of its kind (items.json likeLinks): "-type ", "-style ". */
const likeLink = new RegExp(`^-(?:${itemData.likeLinks.join("|")})\\s+$`, "i");
const nonGoodsHead = new RegExp(`^[ \\t]+(?:${itemData.nonGoodsHeads.join("|")})\\b`, "i");
/** A noun of a programme or grouping right after an item word (items.json programmeHeads): "the F-35 programme", "the artillery coalition". */
const programmeHead = new RegExp(`^[ \\t]+(?:${itemData.programmeHeads.join("|")})\\b`, "i");
/** Plural names that are plain words in lower case (items.json capitalisedNames): "thousands of patriots marched". */
const capitalisedNames = new Set(itemData.capitalisedNames);
// Things that other things are made for ("ammunition for tanks"): named after "for", they qualify.
const platforms = new Set<Item>(["armoured-vehicles", "artillery-systems", "aircraft", "air-defence-systems", "naval", "drones", "missiles-other", "ballistic-missiles"]);

/**
 * Every item phrase of `text` (offsets shifted by `offset`), longest first and never overlapping.
 * A thing named only to qualify another ("ammunition for tanks") is not an item of its own, and a
 * generic word gives way to the things it lists ("assistance, including fighter aircraft").
 */
export function findItems(text: string, offset = 0): ItemMention[] {
  // Claim assembly asks about one sentence several times (the sentence, its lists, its denials): read each text once.
  const found = remembered(itemsSeen, text, (t) => itemsAt(t, 0), ITEMS_SEEN);
  return found.map((m) => ({ ...m, span: { start: m.span.start + offset, end: m.span.end + offset } }));
}

// The patterns the prefix index tries anywhere, read more closely (item-heads.ts): each is tried only where it can
// start, after the patterns of its prefix and in the index's order, as before.
const anywhere = itemIndex.anywhere.filter((p) => !patternHeads(p.re.source));
const patternsAt = new Map<string, readonly ItemPattern[]>();
for (const p of itemIndex.anywhere) for (const key of patternHeads(p.re.source) ?? []) patternsAt.set(key, []);
for (const key of patternsAt.keys()) patternsAt.set(key, [...(itemIndex.byPrefix.get(key) ?? []), ...itemIndex.anywhere.filter((p) => anywhere.includes(p) || patternHeads(p.re.source)!.has(key))]);
for (const [key, fits] of itemIndex.byPrefix) if (!patternsAt.has(key) && anywhere.length) patternsAt.set(key, [...fits, ...anywhere]);

// One sticky alternation of all the patterns a word start can try (a gate): most word starts ("and", "said",
// "company") begin no item, and one test turns them away instead of one test per pattern (up to 50 of them).
// The gate matches where some pattern of its list matches, so it decides nothing: it only spares the tries.
// (Kept by their text: many word starts narrow to the same list, and each expression built is compiled on its
// first use, at a cost that grows with its length; one gate per list text is compiled once.)
const gates = new Map<string, RegExp>();
function gateOf(patterns: readonly ItemPattern[]): RegExp {
  const source = patterns.map((p) => p.re.source).join("|");
  let gate = gates.get(source);
  if (!gate) gates.set(source, (gate = new RegExp(source, "iy")));
  return gate;
}

/** The patterns to try at a word start, with their gate (none where there are too few to gain by one). */
interface Tries {
  readonly patterns: readonly ItemPattern[];
  readonly gate: RegExp | null;
  /** Those of `patterns` that can match where the next three characters are these (see `deepAt`), filled as met. */
  deep: Map<number, readonly ItemPattern[]> | undefined;
}
/** The patterns of a word start's two first characters, and their tries narrowed by its third (filled as met). */
interface KeyTries {
  readonly key: string;
  readonly patterns: readonly ItemPattern[];
  readonly third: (Tries | undefined)[];
  /** The tries of all the key's patterns, for a third character beyond ASCII (made when first needed). */
  whole?: Tries;
}

// Why the third character: inside the pipeline, between two sentences' reading, the other stages push this
// scan's expressions and tables out of the processor's caches, and a gate of fifty alternatives run cold costs
// ten times what it costs warm (the same sentences read one after the other). Narrowed by a third character
// ("mil", "mis", "min" apart), most word starts try no expression at all and the rest a few.
const heads3 = new Map<ItemPattern, Set<string> | null>();
function headsOf3(p: ItemPattern): Set<string> | null {
  if (!heads3.has(p)) heads3.set(p, headsOf(p.re.source, 3));
  return heads3.get(p)!;
}

function triesOf(patterns: readonly ItemPattern[], gated: boolean): Tries {
  return { patterns, gate: gated && patterns.length > 2 ? gateOf(patterns) : null, deep: undefined };
}

// Why six characters: a process reads its first pages with every gate still to compile, and the gates of the word
// starts met on a few pages add up to tens of thousands of characters of expression (some 300 ms of CPU for a folder
// of reports, more than all the tries they spare). Narrowed by the first six characters, a word start keeps only the
// patterns that can begin with them, mostly none or the one that matches, and those are tried without a gate.
const DEEP = 6;
/** A pattern's possible first `k` characters (lower case), for the largest `k` from 4 to DEEP the reader can tell. */
interface DeepHeads {
  readonly k: number;
  readonly heads: ReadonlySet<string>;
}
const deepHeads = new Map<ItemPattern, DeepHeads | null>();
function deepHeadsOf(p: ItemPattern): DeepHeads | null {
  let found = deepHeads.get(p);
  if (found === undefined) {
    found = null;
    for (let k = DEEP; k > 3 && !found; k--) {
      const heads = headsOf(p.re.source, k);
      if (heads && heads.size <= MAX_HEADS) found = { k, heads };
    }
    deepHeads.set(p, found);
  }
  return found;
}
/** Beyond this many first strings, a pattern is narrowed by its first three characters only. */
const MAX_HEADS = 4096;
/** Lists of one word start's tries kept, beyond which they are read again. */
const DEEP_KEPT = 4096;
const EMPTY: readonly ItemPattern[] = [];

/**
 * The patterns of `tries` (the word start's list by its first three characters) that can match at `start`, in their
 * order: those whose possible first characters (`deepHeadsOf`) hold the text's, and those the reader cannot tell.
 * Null (the gate and the whole list, as before) where the six characters from `start` are not all there and ASCII.
 */
function deepAt(tries: Tries, text: string, start: number): readonly ItemPattern[] | null {
  if (start + DEEP > text.length) return null;
  let code = 0;
  for (let i = start; i < start + DEEP; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return null;
    if (i >= start + 3) code = code * 128 + lower(c);
  }
  const deep = (tries.deep ??= new Map());
  let list = deep.get(code);
  if (list === undefined) {
    let window = "";
    for (let i = start; i < start + DEEP; i++) window += String.fromCharCode(lower(text.charCodeAt(i)));
    const fits = tries.patterns.filter((p) => {
      const d = deepHeadsOf(p);
      return !d || d.heads.has(window.slice(0, d.k));
    });
    list = fits.length ? fits : EMPTY;
    if (deep.size >= DEEP_KEPT) deep.clear();
    deep.set(code, list);
  }
  return list;
}

/** The tries of every key met, for one way of listing a key's patterns. */
interface TriesTable {
  readonly listOf: (key: string) => readonly ItemPattern[];
  /** Whether its lists get gates of their own. */
  readonly gated: boolean;
  // (Filled arrays, not sparse ones: a sparse array is a dictionary, dearer to read than a list.)
  readonly byCode: (KeyTries | undefined)[];
  readonly byKey: Map<string, KeyTries>;
}
function triesTable(listOf: (key: string) => readonly ItemPattern[], gated: boolean): TriesTable {
  return { listOf, gated, byCode: new Array(124 * 129 + 129).fill(undefined), byKey: new Map() };
}
/** findItems' lists: the patterns of the prefix index, and those it tries anywhere that can start there. */
const scanTries = triesTable((key) => patternsAt.get(key) ?? itemIndex.byPrefix.get(key) ?? anywhere, true);
/**
 * hasItem's lists: the patterns of the prefix index only. They get no gates: each of them is part of findItems' list
 * for the same word start, whose gate turns the word start away first (see hasItem).
 */
const candidateTries = triesTable((key) => itemIndex.byPrefix.get(key) ?? [], false);

function keyTries(table: TriesTable, key: string): KeyTries {
  return { key, patterns: table.listOf(key), third: new Array(129).fill(undefined), whole: undefined };
}

/** What to try at the word start `start`: the patterns its first two characters fit, narrowed by the third where it is ASCII or the text's end. */
function triesAt(table: TriesTable, text: string, start: number): Tries {
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  let tries: KeyTries;
  if (b < 128 || Number.isNaN(b)) {
    const n = codeOf(a, Number.isNaN(b) ? -1 : b);
    tries = table.byCode[n] ??= keyTries(table, keyOf(a, Number.isNaN(b) ? -1 : b));
  } else {
    const key = text.slice(start, start + 2).toLowerCase();
    tries = table.byKey.get(key) ?? (table.byKey.set(key, keyTries(table, key)), table.byKey.get(key)!);
  }
  const c = text.charCodeAt(start + 2);
  // (Beyond ASCII, a letter may be written many ways under a case-insensitive pattern: every pattern of the key is tried.)
  if (c >= 128) return (tries.whole ??= triesOf(tries.patterns, table.gated));
  const i = Number.isNaN(c) ? 128 : lower(c);
  return (tries.third[i] ??= narrowed(tries, i, table.gated));
}

/** The patterns of a key that can match where its third character is `code` (128: the text ends), in their order. */
function narrowed(tries: KeyTries, code: number, gated: boolean): Tries {
  const head = code < 128 ? tries.key + String.fromCharCode(code) : null;
  // (A pattern whose first three characters the reader cannot tell is tried everywhere its key fits, as before.)
  return triesOf(tries.patterns.filter((p) => {
    const heads = headsOf3(p);
    return !heads || (head !== null && heads.has(head));
  }), gated);
}

const keyCache: (string | undefined)[] = new Array(124 * 129 + 129).fill(undefined);
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function codeOf(a: number, b: number): number {
  return lower(a) * 129 + (b + 1 === 0 ? 0 : lower(b) + 1);
}
function keyOf(a: number, b: number): string {
  return (keyCache[codeOf(a, b)] ??= b < 0 ? String.fromCharCode(lower(a)) : String.fromCharCode(lower(a), lower(b)));
}

// (Room for a long page's sentences, clauses and sub-spans over both readings of a page, as TRIGGERS_SEEN in direction.ts.)
const ITEMS_SEEN = 4096;
/** Up to this many things found, overlaps are checked pairwise. */
const SMALL = 16;
const itemsSeen = new Map<string, readonly ItemMention[]>();

function itemsAt(text: string, offset: number): ItemMention[] {
  const all: ItemMention[] = [];
  // At each word start, only the patterns whose first two letters fit are tried, each for its longest match.
  for (let start = 0; start < text.length; start++) {
    if (!isWordStart(text, start)) continue;
    const tries = triesAt(scanTries, text, start);
    if (!tries.patterns.length) continue;
    let patterns = deepAt(tries, text, start);
    if (!patterns) {
      patterns = tries.patterns;
      if (tries.gate) {
        tries.gate.lastIndex = start;
        if (!tries.gate.test(text)) continue;
      }
    }
    for (const { entry, re } of patterns) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (m) all.push({ span: { start: start + offset, end: start + m[0].length + offset }, item: entry.item, generic: entry.generic, text: m[0] });
    }
  }
  // (Nothing read: only the fields a word of technology covers, below, can still add a thing; without them the rest is spared.)
  if (!all.length && !techFields(text, offset).length) return all;
  const blocked = matchAll(notItemRe, text, offset);
  if (blocked.length) {
    // (Linear on a long page: an item lies inside a blocked span iff the widest reach of those starting at or before it covers it.)
    blocked.sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const b of blocked) reach.push(Math.max(b.end, reach.at(-1) ?? -Infinity));
    const inside = (s: Span) => {
      let lo = 0, hi = blocked.length - 1, at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (blocked[mid].start <= s.start) [at, lo] = [mid, mid + 1];
        else hi = mid - 1;
      }
      return at >= 0 && reach[at] >= s.end;
    };
    const left = all.filter((i) => !inside(i.span));
    all.length = 0;
    for (const i of left) all.push(i);
  }
  all.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: ItemMention[] = [];
  if (all.length <= SMALL) {
    // (A few things: each checked against those kept, without the table below, whose allocation costs more.)
    for (const m of all) if (m.span.end <= m.span.start || !kept.some((k) => k.span.start < k.span.end && k.span.start < m.span.end && m.span.start < k.span.end)) kept.push(m);
  } else {
    // (Which characters a kept item covers: each new one checks only its own span, not every kept item.)
    const taken = new Uint8Array(text.length + 1);
    for (const m of all) {
      let free = true;
      for (let c = m.span.start - offset; c < m.span.end - offset && free; c++) free = taken[c] === 0;
      if (!free) continue;
      kept.push(m);
      taken.fill(1, m.span.start - offset, m.span.end - offset);
    }
  }
  kept.sort((a, b) => a.span.start - b.span.start);

  let titleCaseMemo: boolean | null = null;
  const titleCase = () => {
    if (titleCaseMemo === null) {
      const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      titleCaseMemo = words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
    }
    return titleCaseMemo;
  };
  // "the commander of the Air Defence Forces", "the Missile Forces and Artillery": the name of an armed service.
  if (serviceHead.test(text)) {
    const left = kept.filter((m) => !inServiceName(text, m.span.start - offset, m.span.end - offset, titleCase));
    kept.length = 0;
    for (const m of left) kept.push(m);
  }
  // "Shahed drones", "Koksan guns": a name and its noun of the same item are one thing.
  for (let i = kept.length - 2; i >= 0; i--) {
    const a = kept[i];
    const b = kept[i + 1];
    // ("M-1991 240 mm rocket launchers": a calibre between the name and its noun.)
    // ("High Mobility Artillery Rocket Systems (HIMARS)": a name and its short form in brackets.)
    const bracketed = /^\s*\($/.test(text.slice(a.span.end - offset, b.span.start - offset)) && text[b.span.end - offset] === ")";
    // ("Shahed-type drones": a noun of the kind the name is, items.json likeLinks.)
    const gap = text.slice(a.span.end - offset, b.span.start - offset);
    if (a.item === b.item && (bracketed || /^\s+(?:\d{2,3}\s*-?\s*(?:mm|millimet(?:er|re)s?)\s+)?$/i.test(gap) || likeLink.test(gap))) {
      const end = b.span.end + (bracketed ? 1 : 0);
      kept.splice(i, 2, { ...a, span: { start: a.span.start, end }, text: text.slice(a.span.start - offset, end - offset), generic: a.generic && b.generic });
    }
  }
  // "Javelin warheads", "drone components", "tank engines": a part named after its thing is the part;
  // "HIMARS rockets": so are the rounds named after the system that fires them.
  for (let i = kept.length - 2; i >= 0; i--) {
    const [a, b] = [kept[i], kept[i + 1]];
    const part = b.item === "raw-materials" && a.item !== "raw-materials" && partNoun.test(b.text);
    // ("HIMARS rockets", "Patriot interceptors", "Caesar shells": the rounds a named system fires.)
    const rounds = firedBy.has(b.item) && launchers.has(a.item) && a.item !== b.item && /^[\p{Lu}\d]/u.test(a.text) && !/^[\p{Lu}\d]/u.test(b.text);
    if ((part || rounds) && /^\s+$/.test(text.slice(a.span.end - offset, b.span.start - offset))) {
      kept.splice(i, 2, { ...b, span: { start: a.span.start, end: b.span.end }, text: text.slice(a.span.start - offset, b.span.end - offset), generic: false });
    }
  }
  // "nuclear and missile technology", "artillery, anti-armour and small arms munitions", "tank and artillery
  // shells": modifiers listed before one noun each name the thing with that noun.
  for (let i = kept.length - 1; i >= 0; i--) {
    const shared = sharedHead(text, offset, kept[i]);
    if (!shared.length) continue;
    const from = shared[0].span.start;
    const replaced = kept.filter((k, n) => n < i && k.span.end > from);
    if (!replaced.length && shared.every((s) => s.item === kept[i].item)) continue;
    kept.splice(i - replaced.length, replaced.length + 1, ...shared);
    i -= replaced.length;
  }
  // "ammunition for rocket launchers" is artillery ammunition, "munitions for air defence systems" are missiles.
  for (let i = 0; i + 1 < kept.length; i++) {
    if (kept[i].item !== "ammunition" || !servedGap.test(text.slice(kept[i].span.end - offset, kept[i + 1].span.start - offset))) continue;
    const ammunition = kept[i];
    // ("ammunition for Gepard anti-aircraft tanks": the noun after a name tells what is served, not the name.)
    let served = i + 1;
    while (served + 1 < kept.length && platforms.has(kept[served + 1].item) && servedNoun.test(text.slice(kept[served].span.end - offset, kept[served + 1].span.start - offset))) served++;
    const kind = ammunitionFor[kept[served].item];
    if (kind) kept[i] = { ...ammunition, item: kind };
    // "ammunition for HIMARS and NASAMS": the ammunition of each system listed after "for".
    for (let j = served + 1; j < kept.length && platforms.has(kept[j].item) && /^\s*(?:,|and|,\s*and)\s*$/i.test(text.slice(kept[j - 1].span.end - offset, kept[j].span.start - offset)); j++) {
      const its = ammunitionFor[kept[j].item];
      if (its && its !== kept[i].item) kept.splice(j + 1, 0, { ...ammunition, span: kept[j].span, item: its, text: `${ammunition.text} for ${kept[j].text}` }), j++;
    }
  }
  // "technological help for its satellite programme", "know-how for ballistic missiles": a generic word of
  // technology is the technology of the thing it serves (one thing: the generic word gives way to a named
  // technology, and takes the kind of a named weapon, which then only qualifies it).
  // ("technology for its nuclear programme": a programme is named only as what technology serves.)
  for (let i = kept.length - 1; i >= 0; i--) {
    const [tech, served] = [kept[i], kept[i + 1] as ItemMention | undefined];
    if (tech.item !== "military-technology" || !tech.generic) continue;
    const named = served && servesGap.test(text.slice(tech.span.end - offset, served.span.start - offset)) ? technologyOf[served.item] : undefined;
    if (named && served!.item === named) kept.splice(i, 1);
    else if (named) kept.splice(i, 2, { ...tech, item: named, generic: false });
    else {
      const programme = programmeAfter(text, tech.span.end - offset);
      if (!programme) continue;
      // (The words of the programme are no things of their own: "weapons" in "its nuclear weapons programme".)
      const within = kept.filter((k, n) => n > i && k.span.end - offset <= programme.end).length;
      kept.splice(i, 1 + within, { ...tech, item: programme.item, generic: false });
    }
  }
  // "Russian technical help has improved the guidance of its missiles": a generic word of technology said to do what a
  // named technology names is that technology (it gives way to it).
  for (let i = kept.length - 2; i >= 0; i--) {
    const [tech, named] = [kept[i], kept[i + 1]];
    if (tech.item === "military-technology" && tech.generic && !named.generic && namedTechnologies.has(named.item) && doneBy.test(text.slice(tech.span.end - offset, named.span.start - offset))) kept.splice(i, 1);
  }
  // "sharing technology that Tehran wants, including on nuclear issues and some space information": each field a word
  // of technology is said to cover names one kind of it; the generic word gives way to them.
  const fields = techFields(text, offset);
  if (fields.length) {
    const covered = (k: ItemMention) => fields.some((f) => (k.generic && k.item === "military-technology" && k.span.start < f.tech.end && f.tech.start < k.span.end) || f.items.some((i) => k.span.start < i.span.end && i.span.start < k.span.end));
    const left = kept.filter((k) => !covered(k));
    kept.length = 0;
    for (const k of [...left, ...fields.flatMap((f) => f.items)].sort((a, b) => a.span.start - b.span.start)) kept.push(k);
  }
  // "paid for the drones in gold", "gold bars as payment": goods a sentence pays with are money.
  if (kept.some((k) => k.item === "raw-materials") && hits(paymentCue, text)) {
    for (let i = 0; i < kept.length; i++) if (kept[i].item === "raw-materials" && matchAll(paidInKind, kept[i].text).some((p) => p.start === 0 && p.end === kept[i].text.length)) kept[i] = { ...kept[i], item: "money" };
  }
  // The first specific item after each one (one backward pass, not a search from each).
  const nextSpecific: (ItemMention | undefined)[] = new Array(kept.length);
  for (let i = kept.length - 1, next: ItemMention | undefined; i >= 0; i--) {
    nextSpecific[i] = next;
    if (!kept[i].generic) next = kept[i];
  }
  // "ammunition for tanks", "components for use in Russian systems": the second thing qualifies the first; after parts,
  // so do the things listed with it ("parts for ballistic and cruise missiles": the parts are the goods).
  const qualifying = kept.map(() => false);
  for (let i = 1, head = -1; i < kept.length; i++) {
    // ("propellant for shells", "components for tanks and artillery": after parts, shells are what the parts serve too.)
    const afterParts = kept[i].item === "artillery-ammunition" && (kept[i - 1].item === "raw-materials" || (qualifying[i - 1] && head >= 0 && kept[head].item === "raw-materials"));
    if (!platforms.has(kept[i].item) && !afterParts) continue;
    const gap = text.slice(kept[i - 1].span.end - offset, kept[i].span.start - offset);
    if ((servedGap.test(gap) && !kept[i - 1].generic) || (kept[i - 1].item === "raw-materials" && forSharedModifier.test(gap))) [qualifying[i], head] = [true, i - 1];
    // ("engines for Garpiya long-range drones": the noun after a served name is served too.)
    else if (qualifying[i - 1] && platforms.has(kept[i - 1].item) && servedNoun.test(gap)) qualifying[i] = true;
    else qualifying[i] = qualifying[i - 1] && head >= 0 && kept[head].item === "raw-materials" && listedWith.test(gap);
  }
  return kept.filter((m, i) => {
    // Inside a proper name ("Wuhan Global Sensor Technology", "Dalian Machine Tool Group") a word is a name, not an item.
    const prevWord = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.span.start - offset - 30), m.span.start - offset))?.[1] ?? "";
    // (An article opens no name of a named system: "The Su-35 is", "This F-16 crashed".)
    // (Nor does a state's adjective: "Danish F-16s", "Turkish TB2s" name goods and their origin.)
    const article = !m.generic && (determiner.test(prevWord) || stateAdjectives.has(prevWord));
    if (/^\p{Lu}/u.test(m.text) && !titleCase() && /^\p{Lu}\p{Ll}/u.test(prevWord) && !article && !/[.:!?"“]$/.test(prevWord) && m.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return false;
    if (/^\p{Ll}/u.test(m.text) && capitalisedNames.has(m.text.split(/\s+/)[0].toLowerCase())) return false;
    // "grain prices", "ammunition depots": the word names what has a price or what a store keeps.
    if (nonGoodsHead.test(text.slice(m.span.end - offset, m.span.end - offset + 40))) return false;
    // "removed from the F-35 programme", "the artillery coalition": the word names what the programme is about. (Help of a
    // technology "for its satellite programme" is of that kind.)
    if (!m.item.endsWith("-technology") && programmeHead.test(text.slice(m.span.end - offset, m.span.end - offset + 40))) return false;
    const gapBefore = i > 0 ? text.slice(kept[i - 1].span.end - offset, m.span.start - offset) : "";
    if (qualifying[i]) return false;
    if (!m.generic) return true;
    // "The Su-35 is the most advanced weapon Moscow has sold": a generic word said of a named thing is that thing.
    if (i > 0 && !kept[i - 1].generic && copulaOf.test(gapBefore)) return false;
    // "1,300 pieces of military equipment, including tanks": a counted generic word is a thing of its own.
    if (countedBefore.test(text.slice(Math.max(0, m.span.start - offset - 40), m.span.start - offset))) return true;
    // A generic word followed by a list of specific things gives way to them.
    const after = nextSpecific[i];
    // ("Armenia's largest arms supplier, delivering rocket launchers and howitzers": so does one that names a trader's wares.)
    if (after && traderHead.test(text.slice(m.span.end - offset, m.span.end - offset + 20))) return false;
    if (after) {
      const gap = text.slice(m.span.end - offset, after.span.start - offset);
      if (hits(listCue, gap) && gap.split(/\s+/).length <= 8) return false;
    }
    return true;
  });
}


/** Where a lexicon word can start: an ASCII letter or digit not glued to a word or a hyphen before it. */
function isWordStart(text: string, start: number): boolean {
  return isWordChar(text.charCodeAt(start)) && (start === 0 || (!isWordChar(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 45));
}

/** ASCII letters and digits: where a lexicon word can start or go on. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Words that open a noun phrase, never a name of their own. */
/** One-word adjectives of states ("Danish", "Emirati"), as the gazetteer lists them. */
const stateAdjectives = new Set(STATES.flatMap((s) => s.adjectives).filter((a) => /^\p{Lu}[\p{L}-]*$/u.test(a)));
const determiner = /^(?:The|A|An|This|These|That|Those|Its|Their|Our|Each|Every|Both)$/;

/** The technology of a thing a generic word of technology serves ("assistance for its satellite programme"). */
const technologyOf: Partial<Record<Item, Item>> = {
  "space-technology": "space-technology",
  "nuclear-technology": "nuclear-technology",
  "missile-technology": "missile-technology",
  "ballistic-missiles": "missile-technology",
  "missiles-other": "missile-technology",
};
/** Between a word of technology and what it serves: "for", "in", "particularly in", with an owner ("for Iran's"). */
// ("the technologies of space rockets", "help for the Kremlin's nascent reconnaissance satellite effort": "of", an
// owner with its article, and up to two plain modifiers before what is served.)
const servesSource = String.raw`,?\s+(?:(?:particularly|especially|notably|mainly|chiefly)\s+)?(?:for|in|with|to|of)(?:\s+(?:the|its|their|his|her|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s|the\s+country['’]s))?(?:\s+(?:new|own|nascent|fledgling))?(?:\s+(?!(?:and|or|but|to|in|of|with|as|for|by|on|at|from|than|that|which)\b)\p{Ll}[\p{Ll}-]*){0,2}?\s+`;
const servesGap = new RegExp(`^${servesSource}$`, "u");
const servesHead = new RegExp(`^${servesSource}`, "u");
/** Programmes that technology serves ("nuclear programme"): named only after a generic word of technology. */
const programmes = itemData.servedProgrammes.map((p) => {
  if (!(ITEMS as readonly string[]).includes(p.item)) throw new Error(`items.json servedProgrammes: unknown item ${p.item}`);
  return { item: p.item as Item, re: new RegExp(`(?:${p.patterns.join("|")})\\b`, "i") };
});

/** The technology of the programme a generic word of technology serves, right after it ("for Iran's nuclear programme"). */
function programmeAfter(text: string, from: number): { item: Item; end: number } | undefined {
  const gap = servesHead.exec(text.slice(from, from + 60));
  if (!gap) return undefined;
  const at = from + gap[0].length;
  for (const p of programmes) {
    const m = p.re.exec(text.slice(at, at + 60));
    if (m?.index === 0) return { item: p.item, end: at + m[0].length };
  }
  return undefined;
}
/** A word of technology and the opening of the fields it covers: "technology that Tehran wants, including on " (items.json techFields). */
// ("with help on nuclear matters and on space": a word of help opens its fields with "on" or "with" alone.)
const fieldsOpen = new RegExp(`\\b(?:(?:${itemData.fieldTechWords.join("|")})(?:\\s+(?:(?:that|which)\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,5}?)?,?\\s+(?:${itemData.fieldOpeners.join("|")})\\s+(?:(?:on|in)\\s+)?|(?:${itemData.fieldHelpWords.join("|")})\\s+(?:on|with)\\s+)`, "giu");
const fieldCue = new RegExp(`\\b(?:${[...itemData.fieldOpeners, ...itemData.fieldHelpWords].join("|")})`, "i");
const fieldKinds = itemData.techFields.map((f) => {
  if (!(ITEMS as readonly string[]).includes(f.item)) throw new Error(`items.json techFields: unknown item ${f.item}`);
  return { item: f.item as Item, re: new RegExp(`^(?:(?:some|the|other|certain)\\s+)?(${f.patterns.join("|")})\\b`, "i") };
});
const fieldJoin = /^(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|or|as well as)\s+)(?:(?:on|in)\s+)?/i;

/** The fields a word of technology is said to cover, each as an item of its kind, with the span of that word. */
function techFields(text: string, offset: number): { tech: Span; items: ItemMention[] }[] {
  if (!fieldCue.test(text)) return [];
  const out: { tech: Span; items: ItemMention[] }[] = [];
  fieldsOpen.lastIndex = 0;
  for (const m of allMatches(fieldsOpen, text)) {
    const items: ItemMention[] = [];
    let at = m.index + m[0].length;
    for (let n = 0; n < 4; n++) {
      const rest = text.slice(at, at + 80);
      const kind = fieldKinds.map((k) => ({ k, f: k.re.exec(rest) })).find((x) => x.f);
      if (!kind?.f) break;
      const start = at + kind.f[0].length - kind.f[1].length;
      items.push({ span: { start: start + offset, end: at + kind.f[0].length + offset }, item: kind.k.item, generic: false, text: kind.f[1] });
      at += kind.f[0].length;
      const join = fieldJoin.exec(text.slice(at, at + 20));
      if (!join) break;
      at += join[0].length;
    }
    if (items.length) out.push({ tech: { start: m.index + offset, end: m.index + offset + m[0].length }, items });
  }
  return out;
}
/** A copula between a named thing and a generic word said of it: "is not the only", "was one of the". */
const copulaOf = /^\s+(?:is|are|was|were|remains?)\s+(?:not\s+)?(?:just\s+|only\s+|also\s+)?(?:the|an?|one of(?:\s+the)?|among(?:\s+the)?)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** The technologies of a named field, which a generic word of technology can stand for. */
const namedTechnologies = new Set<Item>(["missile-technology", "nuclear-technology", "space-technology"]);
/** Between a word of technology and what it did: "has", "helped to", "could have" (items.json missile-technology: "improved the guidance of ..."). */
const doneBy = /^\s+(?:(?:has|have|had|may|might|could|would|will|also|likely|probably|reportedly)\s+){0,3}(?:(?:helped|help|helps)\s+(?:to\s+)?)?$/i;

const firedBy = new Set<Item>(["artillery-ammunition", "ammunition", "missiles-other"]);
const launchers = new Set<Item>(["artillery-systems", "air-defence-systems", "armoured-vehicles", "aircraft", "naval"]);

/** A count right before a word, with its unit noun: "1,300 pieces of", "200 tonnes of", "thousands of" (a year is no count). */
const countedBefore = /(?:\b(?!(?:19|20)\d{2}\b)\d[\d,.]*|\b(?:dozens|hundreds|thousands|millions))\s+(?:(?:million|billion|thousand)\s+)?(?:(?:pieces|units|items|tons|tonnes|types|kinds|batches|shipments|containers)\s+of\s+)?(?:[a-z-]+\s+)?$/i;

/** The nouns of parts: after the name of a thing ("Javelin warheads"), the part is what is named. */
// ("parts for attack and transport helicopters": a modifier listed before the one that opens the thing.)
const forSharedModifier = /^\s+for(?:\s+(?:the|its|their|use in|use by))?\s+[a-z-]+,?\s+(?:and|or)\s+$/i;
const listedWith = /^\s*(?:,|,?\s*(?:and|or))\s*$/i;
const partNoun = /^(?:[a-z]+ )?(?:warheads?|components?|parts|engines|chassis)$/i;

/** The one item a whole phrase names ("anti-armour munitions"), if a lexicon pattern covers all of it. */
function wholeItem(phrase: string): { item: Item; generic: boolean } | undefined {
  const fits = itemIndex.byPrefix.get(phrase.slice(0, 2).toLowerCase()) ?? [];
  for (const { entry, re } of [...fits, ...itemIndex.anywhere]) {
    re.lastIndex = 0;
    const m = re.exec(phrase);
    if (m && m[0].length === phrase.length) return { item: entry.item, generic: entry.generic };
  }
  return undefined;
}

/** A modifier of one word, then of two ("anti-armour", "cruise missile"), right before a list joiner. */
const conjunctRes = [1, 2].map((w) => new RegExp(`(?:^|[\\s(“"])((?:[A-Za-z][\\w-]*\\s+){${w - 1}}[A-Za-z][\\w-]*)$`));

const listWord = /^(?:and|or|of|the|a|an|as|well|with|for|to|from|in|on|including|such|other)$/i;

/**
 * The things named by modifiers listed before `m`'s noun: "nuclear and missile technology" gives
 * "nuclear technology" (and keeps "missile technology"); "artillery, anti-armour and small arms munitions"
 * gives "artillery munitions", "anti-armour munitions". Only a modifier that makes, with the noun, a phrase
 * of the lexicon counts; nothing where the word before "and" is a thing of its own ("tanks and armoured vehicles").
 */
function sharedHead(text: string, offset: number, m: ItemMention): ItemMention[] {
  // (Cheap test first: most items follow no "and"/"or".)
  if (!/(?:and|or)\s+$/i.test(text.slice(Math.max(0, m.span.start - offset - 6), m.span.start - offset))) return [];
  const words = m.text.split(/\s+/);
  const before = text.slice(Math.max(0, m.span.start - offset - 120), m.span.start - offset);
  const base = m.span.start - before.length;
  for (let k = words.length > 1 ? 1 : 0; k < words.length; k++) {
    const head = words.slice(k).join(" ");
    const out: ItemMention[] = [];
    let end = before.length;
    for (let n = 0; ; n++) {
      const sep = (n === 0 ? /(?:,\s*|\s+)(?:and|or)\s+$/i : /,\s*$/).exec(before.slice(0, end));
      if (!sep) break;
      const at = end - sep[0].length;
      const found = conjunctRes.map((re) => re.exec(before.slice(0, at)))
        .map((c) => c && !c[1].split(/\s+/).some((w) => listWord.test(w)) ? { c, whole: wholeItem(`${c[1]} ${head}`) } : undefined)
        .find((f) => f?.whole);
      if (!found) break;
      const start = at - found.c[1].length;
      out.unshift({ span: { start: base + start, end: base + at }, item: found.whole!.item, generic: false, text: `${found.c[1]} ${head}` });
      end = start;
    }
    if (out.length) return [...out, m];
  }
  return [];
}

/** Whether any item phrase stands in `text` (the cheap test of find-candidates). */
export function hasItem(text: string): boolean {
  for (let start = 0; start < text.length; start++) {
    if (!isWordStart(text, start)) continue;
    const tries = triesAt(candidateTries, text, start);
    if (!tries.patterns.length) continue;
    let patterns = deepAt(tries, text, start);
    if (!patterns) {
      patterns = tries.patterns;
      // (findItems' gate for the same word start: its list holds every one of these, so where it fails none of them
      // can match. Sharing it spares a second set of gates, each compiled on its first use, and keeps one set warm.)
      const { gate } = triesAt(scanTries, text, start);
      if (gate) {
        gate.lastIndex = start;
        if (!gate.test(text)) continue;
      }
    }
    for (const { re } of patterns) {
      re.lastIndex = start;
      if (re.test(text)) return true;
    }
  }
  return false;
}

/** A bare "missile(s)", "the missiles": the word that names no family of its own. */
const bareMissile = /^(?:missiles?)$/i;

/**
 * The missile family a page speaks of, from the specific names it uses: "ballistic missiles", "KN-23",
 * "Fath-360" make a page about ballistic missiles, where a bare "missiles" later means those too.
 * Null where the page names no family more than the other (a bare "missiles" stays `missiles-other`).
 * `loose` reads a headline's "missiles" as the one family the page names at all, even once ("Iranian missiles now
 * in Russian hands" over a report of short-range ballistic missiles): a headline speaks of what its body tells.
 */
export function pageMissileFamily(text: string, loose = false): Item | null {
  let ballistic = 0;
  let other = 0;
  for (const m of findItems(text)) {
    if (bareMissile.test(m.text)) continue;
    if (m.item === "ballistic-missiles") ballistic++;
    else if (m.item === "missiles-other") other++;
  }
  return (ballistic >= 2 && ballistic > other) || (loose && ballistic >= 1 && other === 0) ? "ballistic-missiles" : null;
}

/**
 * Gives a bare "missiles" the missile family its sentence names (ballistic missiles and no other), else the page's
 * (see `pageMissileFamily`). The family may be given as
 * a function, asked only where a bare "missiles" stands: most sentences have none, and the family costs a
 * pass over the whole page.
 */
export function withPageFamily(items: ItemMention[], family: Item | null | (() => Item | null)): ItemMention[] {
  if (!items.some((i) => i.item === "missiles-other" && bareMissile.test(i.text))) return items;
  // ("KN-23: 148 missiles supplied": a sentence that names one family and no other tells its bare "missiles" too.)
  const named = (item: Item) => items.some((i) => i.item === item && !bareMissile.test(i.text));
  const kind = named("ballistic-missiles") && !named("missiles-other") ? "ballistic-missiles" : typeof family === "function" ? family() : family;
  if (!kind) return items;
  return items.map((i) => (i.item === "missiles-other" && bareMissile.test(i.text) ? { ...i, item: kind } : i));
}

const serviceHeads = new Set<string>(itemData.serviceHeads);
const serviceHead = new RegExp(`\\b(?:${itemData.serviceHeads.join("|")})\\b`);
const serviceLinks = new Set(["and", "of", "the"]);

/**
 * Whether the item words at [start, end) stand in the name of an armed service: each of their words
 * capitalised, and within four words after them ("Air Defence Forces") or two before them ("Missile Forces
 * and Artillery") a service noun of items.json, with only capitalised words and "and", "of", "the" between.
 */
function inServiceName(text: string, start: number, end: number, titleCase: () => boolean): boolean {
  const own = text.slice(start, end).trim().split(/\s+/);
  if (!own.every((w) => /^\p{Lu}/u.test(w))) return false;
  const isLink = (w: string) => serviceLinks.has(w);
  const isName = (w: string) => /^\p{Lu}[\p{L}-]*$/u.test(w);
  const after = text.slice(end, end + 60).split(/(?=[,.;:()])|\s+/).filter(Boolean).slice(0, 4);
  let found = false;
  for (const w of after) {
    if (serviceHeads.has(w)) {
      found = true;
      break;
    }
    if (!isLink(w) && !isName(w)) break;
  }
  if (!found) {
    const before = text.slice(Math.max(0, start - 30), start).split(/\s+/).filter(Boolean).slice(-2);
    found = before.length === 2 && isLink(before[1]) && serviceHeads.has(before[0]);
  }
  return found && !titleCase();
}

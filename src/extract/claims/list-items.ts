import { compiledNow } from "../../core/compiled-regex.js";
import type { Item } from "../../core/claim.js";
import type { Span } from "../../core/span.js";
import lists from "../../knowledge/list-items.json" with { type: "json" };
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import { findItems, type ItemMention } from "./find-items.js";
import { allMatches } from "../../core/all-matches.js";

/** Words that join two members of a list: ",", "and", ", and", "or", "as well as", "along with", "plus". */
const joiner = new RegExp(`^\\s*(?:${lists.joiners.join("|")})\\s*$`, "iu");
/** The last joiner of a list, before its closing member: "and", ", and", "as well as" (and "other", "related"). */
const closing = new RegExp(`\\s*,?\\s*(?:${lists.closers.join("|")})\\s+(?:(?:${lists.closingModifiers.join("|")})\\s+)?$`, "iu");
/** "other", "related" right before a member: more of what the list named before. */
const closingModifier = new RegExp(`\\b(?:${lists.closingModifiers.join("|")})\\s+$`, "iu");
/** A member between two commas: a few words, no verb of a clause of its own (no "said", no "which"). */
const member = /^[\s\p{L}\d'’-]{1,60}$/u;
const clauseWord = new RegExp(`\\b(?:${lists.clauseWords.join("|")})\\b`, "iu");
/** "along with spare parts", "complete with spares": parts that come with the system named right before. */
const withParts = new RegExp(`(?:${lists.accessoryLead.join("|")})\\s+(?:(?:the|its|their|all)\\s+)?$`, "iu");
const accessory = new RegExp(`^(?:${lists.accessories.join("|")})$`, "iu");
/** "and other equipment", ", and other supplies": the last member of a list, said as more of the same. */
const otherCloser = /(?:,\s*|\s+)(?:and|or)\s+other\s+$/i;
/** "Medical supplies, including ...", "goods such as ...": a head noun opens a list of its members. */
const listOpener = new RegExp(`^\\s*,?\\s*(?:${lists.openers.join("|")})\\s`, "iu");
/** "ammunition for HIMARS and NASAMS previously provided by the United States": the systems moved before. */
const servedBefore = new RegExp(`\\bfor\\s+((?:(?!\\bfor\\b)[^.;:()]){2,160}?)\\s+(?:(?:that|which)\\s+(?:were|was|had\\s+been|have\\s+been)\\s+)?(?:${lists.earlier.join("|")})\\s+(?:${lists.movedParticiples.join("|")})\\b`, "giu");
const platforms = new Set<Item>(lists.platforms as Item[]);

/**
 * The items of a sentence as lists read them (after the lexicon, claims/find-items.ts):
 * - "a Patriot battery with spare parts and missiles": the parts come with the system, no thing of their own;
 * - "Medical supplies, to include kits, bandages and other equipment": the "other" thing closing a list
 *   that a head noun opens is more of the head, not a thing of its own;
 * - "ammunition for HIMARS and NASAMS previously provided by the United States": the systems the
 *   ammunition serves moved before, each a thing of its own (where the lexicon read them as qualifiers only).
 */
export function readLists(text: string, offset: number, items: ItemMention[]): ItemMention[] {
  if (items.length < 1) return items;
  const at = (s: Span) => text.slice(s.start - offset, s.end - offset);
  const before = (s: Span, n: number) => text.slice(Math.max(0, s.start - offset - n), s.start - offset);
  let out = items.filter((m, i) => {
    if (i === 0) return true;
    // (The system is the item right before, a few words away: "a Patriot system with spare parts", "tanks to Kyiv with spares".)
    if (m.item === "raw-materials" && accessory.test(m.text) && withParts.test(before(m.span, 24))) {
      const system = items[i - 1];
      const gap = text.slice(system.span.end - offset, m.span.start - offset);
      if (system.item !== "raw-materials" && gap.length <= 40 && !clauseWord.test(gap)) return false;
    }
    if (m.generic && otherCloser.test(before(m.span, 16))) {
      // The head: the first item of the sentence, followed by an opener of a list ("including", "to include").
      const head = items.slice(0, i).find((h, k) => listOpener.test(text.slice(h.span.end - offset, (items[k + 1] ?? m).span.start - offset + 1)));
      if (head && !clauseWord.test(text.slice(head.span.end - offset, m.span.start - offset))) return false;
    }
    return true;
  });
  // "tyres, gearboxes and other spare parts": the members a closing "other" thing names are of its kind.
  for (const m of [...out]) {
    if (!otherCloser.test(before(m.span, 16))) continue;
    const members = membersBefore(text, offset, m, out);
    if (members.length) out = [...out, ...members].sort((a, b) => a.span.start - b.span.start);
  }
  servedBefore.lastIndex = 0;
  for (const g of allMatches(servedBefore, text)) {
    const from = g.index! + g[0].indexOf(g[1]);
    for (const p of findItems(g[1], offset + from)) {
      if (!platforms.has(p.item) || p.generic) continue;
      if (out.some((o) => o.item === p.item && o.span.start === p.span.start)) continue;
      out = [...out, p].sort((a, b) => a.span.start - b.span.start);
    }
  }
  return out;
}

/** Words that end the run of words before a list's first member: "movement of", "supplied with", "such as". */
const leadWord = compiledNow(new RegExp(`^(?:${[...lists.memberLead, ...transferData.give, ...transferData.get].join("|")})$`, "iu"));

/**
 * The members of a list closed by "and other N" that the lexicon does not name: "tyres, gearboxes,
 * radiators and other spare parts" gives "tyres", "gearboxes", "radiators" as spare parts. The list
 * has two members at least before the closing one; each is one to three lower-case words, and the first
 * follows a word that opens it ("of", "with", "including"); members the lexicon names keep their own item.
 */
function membersBefore(text: string, offset: number, m: ItemMention, items: readonly ItemMention[]): ItemMention[] {
  const close = otherCloser.exec(text.slice(Math.max(0, m.span.start - offset - 16), m.span.start - offset));
  if (!close) return [];
  let end = m.span.start - offset - close[0].length;
  const found: ItemMention[] = [];
  for (let n = 0; n < 8; n++) {
    const comma = text.lastIndexOf(",", end - 1);
    const from = Math.max(comma + 1, text.lastIndexOf(".", end - 1) + 1, end - 80);
    const words = text.slice(from, end).trim().split(/\s+/);
    let cut = -1;
    // (A name ends the run too: "sold Moscow uniforms".)
    for (let w = words.length - 1; w >= 0 && cut < 0; w--) if (leadWord.test(words[w]) || /^\p{Lu}/u.test(words[w])) cut = w;
    const first = cut >= 0 || comma < 0 || from > comma + 1;
    const member = words.slice(cut + 1);
    if (!member.length || member.length > 3 || !member.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) || clauseWord.test(member.join(" "))) break;
    // (The first member needs its opening word: "Minsk sends tires and other parts" names no list.)
    if (first && cut < 0) break;
    const phrase = member.join(" ");
    const start = offset + end - (text.slice(from, end).trimEnd().length - text.slice(from, end).trimEnd().lastIndexOf(phrase)) - (text.slice(from, end).length - text.slice(from, end).trimEnd().length);
    const span = { start, end: start + phrase.length };
    if (!items.some((i) => i.span.start < span.end && span.start < i.span.end)) found.push({ span, item: m.item, generic: false, text: phrase });
    if (first) return n >= 1 ? found : [];
    end = comma;
  }
  return [];
}

/**
 * "cash, commercial aircraft, commodities and raw materials": a word of goods that is a member of a
 * list, joined to the thing right before or after it, is a thing of its own, even beside specific things
 * (where alone beside them it only names them again: "the goods, shells and rockets").
 */
export function listMember(text: string, m: ItemMention, items: readonly ItemMention[]): boolean {
  const i = items.indexOf(m);
  if (i < 0) return false;
  const prev = items[i - 1];
  const next = items[i + 1];
  // (A head that opens a list is no member: "goods such as helmets".)
  if (next && listOpener.test(text.slice(m.span.end, next.span.start + 1))) return false;
  const joinedBefore = !!prev && joiner.test(text.slice(prev.span.end, m.span.start));
  const joinedAfter = !!next && joiner.test(text.slice(m.span.end, next.span.start));
  // ("food and other necessities": after goods, "other" goods are more goods beside them, a thing of their own.)
  if (prev && goodsKinds.has(prev.item) && closing.exec(text.slice(prev.span.end, m.span.start))?.index === 0 && closingModifier.test(text.slice(prev.span.end, m.span.start))) return true;
  if (!joinedBefore && !joinedAfter) return false;
  // Of two members, "shells and other supplies" names the shells again; a list of three or more, or goods
  // of their own kind ("humanitarian aid and military items"), names a thing of its own.
  const third = (joinedBefore && !!items[i - 2] && joiner.test(text.slice(items[i - 2].span.end, prev!.span.start))) || (joinedAfter && joinedBefore) || (joinedAfter && !!items[i + 2] && joiner.test(text.slice(next!.span.end, items[i + 2].span.start)));
  return third || !closingModifier.test(text.slice(Math.max(0, m.span.start - 12), m.span.start));
}
const goodsKinds = new Set<Item>(lists.goodsBeforeOther as Item[]);

/**
 * "hundreds of Shahed drones, other UAVs and weapons": a broader word that closes a list with the
 * counted thing is a thing of its own, not the counted one named again. The members between are short
 * phrases joined by commas; the last joiner is "and" (or "as well as", "along with").
 */
export function closesList(text: string, counted: Span, later: Span): boolean {
  if (later.start < counted.end) return false;
  const gap = text.slice(counted.end, later.start);
  const last = closing.exec(gap);
  if (!last) return false;
  const middle = gap.slice(0, last.index);
  if (!middle.trim()) return true;
  if (!middle.trimStart().startsWith(",")) return false;
  const members = middle.split(",").slice(1);
  return members.length <= 6 && members.every((w) => member.test(w) && w.trim().split(/\s+/).length <= 5 && !clauseWord.test(w));
}

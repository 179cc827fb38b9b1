import type { Span } from "../../core/span.js";
import grammar from "../../knowledge/chunks.json" with { type: "json" };
import { findTriggers } from "./direction.js";
import type { Amount } from "../../core/document.js";
import type { ItemMention } from "./find-items.js";

const links = grammar.describingLinks.map((l) => l.replace(/ /g, "\\s+")).join("|");
// ", a key ingredient in the propellant for ": an article, a few words of a noun that names no goods, a link word, a few words more.
const apposition = new RegExp(`^,\\s*(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:${links})\\s+(?:[\\w'’-]+\\s+){0,6}?$`, "i");
// ", which mount Stinger launchers on ": a relative clause, no comma or stop inside.
const relative = /^,\s*(?:which|that)\s+[^,;:.]{0,100}$/i;

/**
 * Whether a thing (or a figure) is named in an aside that describes a thing named before it: "nitrocellulose, a key ingredient in the
 * propellant for artillery shells" (the propellant and the shells are what the nitrocellulose is for), "eight
 * Avenger systems, which mount Stinger launchers on a Humvee chassis" (the launchers and the chassis are what the
 * Avenger is made of). The aside runs from its comma to the thing, with no other stop between. A relative clause
 * with a word of giving or getting tells a flow of its own ("drones, which Iran sent with spare parts").
 */
export function inDescribingAside(text: string, span: Span, sentence: Span, weapons: readonly Span[]): boolean {
  const from = Math.max(sentence.start, span.start - 120);
  const before = text.slice(from, span.start);
  const comma = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("."));
  if (comma <= 0 || !/[\p{L}\p{N})]$/u.test(before.slice(0, comma))) return false;
  const aside = before.slice(comma);
  if (apposition.test(aside)) return true;
  // (A relative clause after a named weapon tells what it is made of; after a batch or containers, what they hold: "the
  // second lot, which holds 200,000 shells".)
  const at = from + comma;
  return relative.test(aside) && !givesOrGets(aside, at) && weapons.some((w) => w.end <= at && /^\s*$/.test(text.slice(w.end, at)));
}

/** Where a sentence names a weapon: a thing word of its own (not "equipment", "shells"), or a count of weapons ("30 Gepard systems"). */
export function weaponsNamed(items: readonly ItemMention[], amounts: readonly Amount[]): Span[] {
  return [...items.filter((i) => !i.generic).map((i) => i.span), ...amounts.filter((a) => a.nounSpan && a.unit && WEAPON_UNITS.has(a.unit)).map((a) => a.nounSpan!)];
}

const WEAPON_UNITS = new Set(["vehicles", "systems", "aircraft", "missiles", "drones"]);

function givesOrGets(text: string, offset: number): boolean {
  return findTriggers(text, offset).some((t: Span & { role: string }) => t.role === "give" || t.role === "get" || t.role === "pay");
}

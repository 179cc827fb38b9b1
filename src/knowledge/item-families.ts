import { ITEMS, type Item } from "../core/claim.js";
import familyData from "./item-families.json" with { type: "json" };

/** One family of weapon systems (item-families.json): the SCHEMA item its models are, and their names. */
export interface ItemFamily {
  readonly item: Item;
  readonly family: string;
  /** A regular-expression source: the nouns a model name of the family may take ("howitzers", "fire units"). */
  readonly nouns: string;
  /** Names read alone or with a noun of the family. */
  readonly names: readonly string[];
  /** Names that are also common words, places or people: read only with a noun of the family. */
  readonly guarded: readonly string[];
}

/**
 * The families, checked: every item a SCHEMA item, every noun source a valid expression, no name empty or
 * holding characters of an expression, and no name twice, except a guarded name in families of different
 * items (its nouns tell them apart: "Aster missiles", "Aster systems"). Throws on the first fault.
 */
export function checkFamilies(raw: unknown): readonly ItemFamily[] {
  const families = (raw as { families?: unknown }).families;
  if (!Array.isArray(families)) throw new Error("item-families.json: no list of families");
  const alone = new Map<string, string>();
  const guardedIn = new Map<string, Set<string>>();
  return families.map((f: ItemFamily, n) => {
    const where = `item-families.json family ${n} (${f.family})`;
    if (!(ITEMS as readonly string[]).includes(f.item)) throw new Error(`${where}: unknown item ${f.item}`);
    try {
      new RegExp(f.nouns);
    } catch {
      throw new Error(`${where}: nouns is no regular expression`);
    }
    for (const name of [...f.names, ...f.guarded]) {
      if (!name.trim() || /[\\^$.*+?()[\]{}|]/.test(name.replace(/\/|'/g, ""))) throw new Error(`${where}: "${name}" is no plain name`);
      const key = name.toLowerCase().replace(/[- ]/g, "");
      const isAlone = f.names.includes(name);
      const seen = alone.get(key) ?? (isAlone && guardedIn.has(key) ? [...guardedIn.get(key)!][0] : undefined);
      if (seen || (!isAlone && guardedIn.get(key)?.has(f.item))) throw new Error(`${where}: "${name}" named twice`);
      if (isAlone) alone.set(key, f.item);
      else guardedIn.set(key, new Set([...(guardedIn.get(key) ?? []), f.item]));
    }
    return f;
  });
}

export const ITEM_FAMILIES: readonly ItemFamily[] = checkFamilies(familyData);

/**
 * A model name as an expression: a hyphen or space may be written either way or left out, an apostrophe
 * straight or curved, a plural 's' may follow, and a name ending in a digit a variant suffix ("K9A1", "DF-21D").
 *
 *     nameSource("PzH 2000") -> "PzH[- ]?2000(?:-?[A-Z]{1,3}[0-9]?)?(?:e?s)?"
 *     nameSource("S-125") -> "(?:S-|S)125(?:-?[A-Z]{1,3}[0-9]?)?(?:e?s)?"
 */
export function nameSource(name: string): string {
  const spelt = (part: string) => part.replace(/\//g, "\\/").replace(/'/g, "['’]").replace(/[- ]/g, "[- ]?");
  // (A separator right after the first character is spelt out, "(?:S-|S)300": the lexicon's index reads a
  // pattern's first two characters as written, and tries one it cannot read at every word start. Not as a space:
  // "a 29th package" is no A-29.)
  const body = /^.[- ]/.test(name) ? `(?:${name[0]}-|${name[0]})${spelt(name.slice(2))}` : spelt(name);
  const variant = /\d$/.test(name) ? "(?:-?[A-Z]{1,3}[0-9]?)?" : "";
  return `${body}${variant}(?:e?s)?`;
}

/** Each family as lexicon patterns (items.json form): one pattern a name, the noun optional or required. */
export const familyItems: readonly { readonly item: Item; readonly patterns: readonly string[] }[] = ITEM_FAMILIES.map((f) => ({
  item: f.item,
  patterns: [...f.names.map((n) => `${nameSource(n)}(?:[- ]${f.nouns})?`), ...f.guarded.map((n) => `${nameSource(n)}[- ]${f.nouns}`)],
}));

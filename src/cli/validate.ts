// Checks of what a user types on the command line: each failure a UsageError with a clear message (exit 2).
import { ITEMS, type Item } from "../core/claim.js";
import { STATES } from "../knowledge/gazetteer.js";
import lexicon from "../knowledge/items.json" with { type: "json" };

/** A mistake in the command line: the message says what was expected; the command exits 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A failure that is not the user's typing (a missing ledger, an unreachable store): exit 1. */
export class RunError extends Error {
  readonly exitCode = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RunError";
  }
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** A state as its ISO alpha-3 code, from the code (any case) or its name, alias or adjective: `state("north korea", "--supplier")` → "PRK". */
export function state(value: string, what: string): string {
  const v = value.trim();
  const code = STATES.find((s) => s.iso3 === v.toUpperCase());
  if (code) return code.iso3;
  const key = norm(v);
  const named = STATES.find((s) => [s.name, ...s.aliases, ...s.adjectives].some((n) => norm(n) === key));
  if (named) return named.iso3;
  const close = suggest(key, STATES.flatMap((s) => [s.iso3.toLowerCase(), norm(s.name)]));
  const hint = close ? ` (did you mean ${close.toUpperCase() === close ? close : `"${close}"`}?)` : "";
  throw new UsageError(`${what}: "${value}" is not a state armsflow knows: give an ISO alpha-3 code (PRK, RUS, UKR...) or a name${hint}`);
}

/** An item of the lexicon, with a "did you mean" for near misses: `item("shells", "ITEM")` throws with a hint. */
export function item(value: string, what: string): Item {
  const v = value.trim().toLowerCase();
  if ((ITEMS as readonly string[]).includes(v)) return v as Item;
  const close = suggest(v, ITEMS) ?? itemOfWords(v) ?? ITEMS.find((i) => i.split("-").some((part) => v.includes(part) || part.includes(v.replace(/s$/, ""))));
  const hint = close ? ` Did you mean "${close}"?` : "";
  throw new UsageError(`${what}: "${value}" is not an item.${hint} Items: ${ITEMS.join(", ")}`);
}

/** The item whose lexicon patterns name these words ("shells" → artillery-ammunition), if one does. */
function itemOfWords(words: string): Item | undefined {
  const text = words.replace(/[-_]+/g, " ");
  for (const entry of lexicon.items as { item: string; patterns: string[] }[]) {
    if (!(ITEMS as readonly string[]).includes(entry.item)) continue;
    for (const p of entry.patterns) {
      try {
        if (new RegExp(`^(?:${p})$`, "i").test(text)) return entry.item as Item;
      } catch {
        // a pattern our engine cannot compile alone: skip it
      }
    }
  }
  return undefined;
}

/** A calendar date YYYY-MM-DD (a real day). */
export function date(value: string, what: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const last = mo >= 1 && mo <= 12 ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 0;
    if (d >= 1 && d <= last) return value.trim();
  }
  throw new UsageError(`${what} takes YYYY-MM-DD, a real day (e.g. 2024-02-27), not "${value}"`);
}

/** A whole number within bounds: `integer("abc", "--limit", 1)` throws "--limit takes a whole number >= 1, not "abc"". */
export function integer(value: string, what: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = value.trim().replace(/[,_]/g, "");
  const n = /^[+-]?\d+$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${what} takes a whole number ${range}, not "${value}"`);
  }
  return n;
}

/** One of a fixed set of words (formats, tables). */
export function oneOf<T extends string>(value: string, what: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const close = suggest(value.toLowerCase(), allowed);
  throw new UsageError(`${what}: "${value}" is not one of ${allowed.join(", ")}${close ? ` (did you mean ${close}?)` : ""}`);
}

/** The closest candidate within a small edit distance, if any. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(value, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

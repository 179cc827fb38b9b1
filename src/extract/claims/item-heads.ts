import { allMatches } from "../../core/all-matches.js";
/**
 * The lower-case first two characters a pattern of the item lexicon can match, read more closely than
 * `literalHeads` (knowledge/lexicon.ts) does: a lookbehind at the start ("(?<=\bthe\s)designs?") consumes
 * nothing, an escaped mark ("F\/A-18") is that mark, and a small class ("1[0-9]{2}") is each of its characters.
 * Null where the reader cannot tell (the pattern is then tried at every word start, as before).
 *
 *     patternHeads("(?:F\\/A-18s?)\\b") -> {"f/"}
 */
export function patternHeads(pattern: string): Set<string> | null {
  if (/^\(\?<[=!]/.test(pattern)) {
    const end = groupEnd(pattern);
    return end < 0 ? null : patternHeads(pattern.slice(end + 1));
  }
  if (pattern.startsWith("(?:")) {
    const end = groupEnd(pattern);
    if (end < 0) return null;
    const after = pattern.slice(end + 1);
    if (/^[*{+]/.test(after)) return null;
    const optional = after.startsWith("?");
    const rest = optional ? after.slice(1) : after;
    const out = new Set<string>();
    for (const alternative of alternatives(pattern.slice(3, end))) {
      const heads = patternHeads(alternative + rest);
      if (!heads) return null;
      heads.forEach((h) => out.add(h));
    }
    if (optional) {
      const heads = patternHeads(rest);
      if (!heads) return null;
      heads.forEach((h) => out.add(h));
    }
    return out;
  }
  const first = characters(pattern);
  if (!first || /^[?*{]/.test(pattern.slice(first.length))) return null;
  const second = characters(pattern.slice(first.length));
  if (!second || /^(?:[?*]|\{0)/.test(pattern.slice(first.length + second.length))) return null;
  const out = new Set<string>();
  for (const a of first.chars) for (const b of second.chars) out.add(`${a}${b}`);
  return out;
}

/**
 * The lower-case first `n` characters any match of `pattern` begins with, or null where the reader cannot tell.
 * Like `patternHeads`, and it also reads an optional character or group both ways ("M-?1989" begins "m-1" or
 * "m19"); a pattern that can match fewer than `n` characters gives null. Every match of the pattern (lower-cased)
 * begins with one of these, so a word start whose first characters are none of them needs no try.
 *
 *     headsOf("(?:M-?1989s?)\\b", 3) -> {"m-1", "m19"}
 */
export function headsOf(pattern: string, n: number): Set<string> | null {
  if (n === 0) return new Set([""]);
  if (/^\(\?<[=!]/.test(pattern)) {
    const end = groupEnd(pattern);
    return end < 0 ? null : headsOf(pattern.slice(end + 1), n);
  }
  if (pattern.startsWith("(?:")) {
    const end = groupEnd(pattern);
    if (end < 0) return null;
    const after = pattern.slice(end + 1);
    if (/^[*{+]/.test(after)) return null;
    const optional = after.startsWith("?");
    const rest = optional ? after.slice(after.startsWith("??") ? 2 : 1) : after;
    const out = new Set<string>();
    for (const alternative of [...alternatives(pattern.slice(3, end)).map((a) => a + rest), ...(optional ? [rest] : [])]) {
      const heads = headsOf(alternative, n);
      if (!heads) return null;
      heads.forEach((h) => out.add(h));
    }
    return out;
  }
  const first = characters(pattern);
  if (!first) return null;
  const after = pattern.slice(first.length);
  const withFirst = (rest: string): Set<string> | null => {
    const tails = headsOf(rest, n - 1);
    if (!tails) return null;
    const out = new Set<string>();
    for (const c of first.chars) for (const t of tails) out.add(c + t);
    return out;
  };
  if (after.startsWith("?")) {
    // An optional character: the heads with it and without it.
    const rest = after.slice(after.startsWith("??") ? 2 : 1);
    const [a, b] = [withFirst(rest), headsOf(rest, n)];
    return a && b ? new Set([...a, ...b]) : null;
  }
  // A repeated character is read only as the last one wanted (its first repetition); else the reader gives up.
  if (/^[*{+]/.test(after)) return n === 1 && /^(?:\+|\{[1-9])/.test(after) ? new Set(first.chars) : null;
  return withFirst(after);
}

/** One character of a pattern: a plain letter, digit, space, hyphen or apostrophe, an escaped mark, or a small class of those. */
function characters(pattern: string): { chars: string[]; length: number } | null {
  const plain = /^[A-Za-z0-9 '-]/.exec(pattern);
  if (plain) return { chars: [plain[0].toLowerCase()], length: 1 };
  const escaped = /^\\([^A-Za-z0-9])/.exec(pattern);
  if (escaped) return { chars: [escaped[1]], length: 2 };
  const set = /^\[((?:[A-Za-z0-9 '](?:-[A-Za-z0-9])?)+)\]/.exec(pattern);
  if (!set) return null;
  const chars = new Set<string>();
  for (const m of allMatches(/([A-Za-z0-9 '])(?:-([A-Za-z0-9]))?/g, set[1])) {
    const [from, to] = [m[1].charCodeAt(0), (m[2] ?? m[1]).charCodeAt(0)];
    if (to < from || to - from > 25) return null;
    for (let c = from; c <= to; c++) chars.add(String.fromCharCode(c).toLowerCase());
  }
  return { chars: [...chars], length: set[0].length };
}

/** Where the group that opens `pattern` closes (escapes and classes skipped), or -1. */
function groupEnd(pattern: string): number {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "[") {
      while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a group's inside. */
function alternatives(inner: string): string[] {
  const out: string[] = [];
  let level = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "\\") i++;
    else if (c === "[") {
      while (i < inner.length && inner[i] !== "]") i += inner[i] === "\\" ? 2 : 1;
    } else if (c === "(") level++;
    else if (c === ")") level--;
    else if (c === "|" && level === 0) {
      out.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  out.push(inner.slice(from));
  return out;
}

import type { Token } from "../../core/document.js";
import grammar from "../../knowledge/chunks.json" with { type: "json" };

/** A run of words the grammar groups: a noun phrase, a verb group, an infinitive, or one other word. */
export interface Chunk {
  readonly kind: "NP" | "VP" | "TO" | "O";
  /** Token indexes `[from, to)` into the sentence's tokens. */
  readonly from: number;
  readonly to: number;
  /** The head word: the last noun of a noun phrase (after any possessor), the last verb of a verb group. */
  readonly head: number;
  /** The one-letter code of a single-word chunk ("I" preposition, "t" bare "to", "C" "and", "," ...). */
  readonly code: string;
  /** Verb groups: a form of "be" or "get" before a past participle ("was supplied", "has been provided"). */
  readonly passive: boolean;
  /** Noun phrases: where a possessor ends ("Russia's" in "Russia's army"), else -1. */
  readonly possessive: number;
}

// (Maps, not the JSON objects: a word such as "constructor" must not find Object's own properties.)
const codes = new Map(Object.entries(grammar.codes as Record<string, string>));
const words = new Map(Object.entries(grammar.words as Record<string, string>));
const patterns = grammar.patterns.map((p) => ({ kind: p.kind as Chunk["kind"], re: new RegExp(p.re, "y") }));
const passiveAux = new Set(grammar.passiveAux);
const likelyAdverbs = new Set((grammar.likelyAdverbs as string[]).map((w) => w.toLowerCase()));
/** "at least", "up to": the second words of each first word. */
const adverbPairs = new Map<string, Set<string>>();
for (const [a, b] of grammar.adverbPairs) adverbPairs.set(a.toLowerCase(), (adverbPairs.get(a.toLowerCase()) ?? new Set()).add(b.toLowerCase()));

/** The code of each word (`chunks.json`); a hyphen that joins two words makes them one modifier ("Iranian-made"). */
export function codeTokens(tokens: readonly Token[], text: string): string {
  const out: string[] = [];
  const lowered: string[] = [];
  let joinNext = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const word = text.slice(t.span.start, t.span.end);
    const lower = word.toLowerCase();
    lowered.push(lower);
    const own = words.get(lower) ?? words.get(word) ?? codes.get(t.pos) ?? "O";
    const hyphen = (word === "-" || word === "‑") && i > 0 && i + 1 < tokens.length && tokens[i - 1].span.end === t.span.start && tokens[i + 1].span.start === t.span.end;
    if (hyphen) {
      // "Iranian-made", "Russia-Ukraine", "anti-aircraft": the compound modifies the noun that follows.
      out[i - 1] = "A";
      out.push("A");
      joinNext = true;
      continue;
    }
    if (joinNext) {
      joinNext = false;
      // The compound's last part stays a noun where no noun follows it ("a drone-maker").
      const next = tokens[i + 1] ? (codes.get(tokens[i + 1].pos) ?? "O") : "O";
      out.push(next === "N" || next === "P" || next === "A" ? "A" : own === "V" ? "A" : own);
      continue;
    }
    out.push(own);
  }
  // "is very likely supplying": after a form of "be" (and adverbs), "likely" is an adverb and the -ing word the verb.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!likelyAdverbs.has(lowered[i]) || !/^\p{L}{3,}ing$/u.test(lowered[i + 1]) || (out[i + 1] !== "N" && out[i + 1] !== "A" && out[i + 1] !== "V")) continue;
    let k = i - 1;
    while (k > 0 && out[k] === "B") k--;
    if (out[k] === "X") [out[i], out[i + 1]] = ["B", "V"];
  }
  // "at least", "up to": one adverb, no preposition ("at" would make "24 missiles" a target).
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (adverbPairs.get(lowered[i])?.has(lowered[i + 1])) out[i] = out[i + 1] = "B";
  }
  return out.join("");
}

/**
 * Groups a sentence's tagged words into chunks with the patterns of `chunks.json`.
 *
 *     "North Korea has sent shells to Russia" -> [NP North Korea] [VP has sent] [NP shells] [O to] [NP Russia]
 */
export function chunk(tokens: readonly Token[], text: string): Chunk[] {
  const coded = codeTokens(tokens, text);
  const chunks: Chunk[] = [];
  let at = 0;
  while (at < coded.length) {
    let matched: { kind: Chunk["kind"]; len: number } | null = null;
    for (const p of patterns) {
      p.re.lastIndex = at;
      const m = p.re.exec(coded);
      if (m && m[0].length) {
        matched = { kind: p.kind, len: m[0].length };
        break;
      }
    }
    if (!matched) {
      chunks.push({ kind: "O", from: at, to: at + 1, head: at, code: coded[at], passive: false, possessive: -1 });
      at++;
      continue;
    }
    const from = at;
    const to = at + matched.len;
    const span = coded.slice(from, to);
    if (matched.kind === "NP") {
      const g = span.lastIndexOf("G");
      const possessive = g >= 0 && g < span.length - 1 ? from + g : -1;
      let head = to - 1;
      while (head > from && coded[head] === "G") head--;
      chunks.push({ kind: "NP", from, to, head, code: "", passive: false, possessive });
    } else {
      const lastVerb = span.lastIndexOf("V");
      const head = lastVerb >= 0 ? from + lastVerb : to - 1;
      const word = text.slice(tokens[head].span.start, tokens[head].span.end);
      const aux = tokens.slice(from, head).some((t, k) => coded[from + k] === "X" && passiveAux.has(t.lemma));
      const passive = matched.kind !== "O" && lastVerb >= 0 && aux && !/ing$/i.test(word);
      chunks.push({ kind: matched.kind, from, to, head, code: "", passive, possessive: -1 });
    }
    at = to;
  }
  return chunks;
}

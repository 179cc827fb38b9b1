import { allMatches } from "../../core/all-matches.js";
/** A token of a sentence, with its offsets into the text it came from. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "num" | "word" | "sym";
  /** Whether whitespace separates it from the token before (false for "152mm", "twenty-four"). */
  readonly spaced: boolean;
}

// Hand-written: a single regular expression is the fastest tokenizer here, and no library keeps
// "10 000" and "6,700" as one number while splitting "152mm" and "anti-tank".
// Space-grouped thousands ("10 000") only where every group after the first has exactly 3 digits and
// no letter is glued to the last ("20 120mm mortars" is a count and a calibre), nor a hyphened word ("300 500-lb
// bombs" is a count and a weight class).
const TOKEN =
  /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d|[A-Za-z]|-[A-Za-z])|\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\S/gu;

/** Splits text into tokens; `offset` shifts every offset (the text's start in its document). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  for (const m of allMatches(TOKEN, text)) {
    const t = m[0];
    const start = m.index!;
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? "num" : /\p{L}/u.test(t) ? "word" : "sym";
    out.push({ text: t, lower: t.toLowerCase(), start: start + offset, end: start + t.length + offset, kind, spaced: start !== prevEnd });
    prevEnd = start + t.length;
  }
  return out;
}

/** Lower-cased token texts of a phrase, tokenized the same way as sentences ("anti-tank" → ["anti", "-", "tank"]). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/** A phrase table: finds the longest listed phrase starting at a token. */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phraseTokens(phrase);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
    }
  }

  /** The longest phrase at `tokens[i]`: its value and how many tokens it spans, or null. */
  match(tokens: readonly Token[], i: number): { value: V; length: number } | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.lower);
    if (!list) return null;
    for (const { words, value } of list) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].lower === words[k];
      if (ok) return { value, length: words.length };
    }
    return null;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}

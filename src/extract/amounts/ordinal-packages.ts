import { span, type Span } from "../../core/span.js";
import numbers from "../../knowledge/numbers.json" with { type: "json" };
import { PhraseTable, type Token } from "./tokens.js";

const lex = numbers.ordinalPackages;
const ordinals = new Map(Object.entries(lex.ordinals));
const ordinalUnits = new Map(Object.entries(lex.ordinalUnits));
const tens = new Map(Object.entries(lex.tens));
const suffixes = new Set(lex.suffixes);
const modifiers = new Set(lex.modifiers);
let nouns: PhraseTable<true> | null = null;

/** The rank an ordinal at `tokens[k]` gives ("21st", "twelfth", "twenty-first"), and its length in tokens. */
function ordinalAt(tokens: readonly Token[], k: number): { value: number; length: number } | null {
  const t = tokens[k];
  if (!t) return null;
  // "21st": digits with a suffix glued to them.
  if (t.kind === "num" && /^\d{1,3}$/.test(t.text) && tokens[k + 1] && !tokens[k + 1].spaced && suffixes.has(tokens[k + 1].lower)) return { value: Number(t.text), length: 2 };
  if (t.kind !== "word") return null;
  // "twenty-first": a ten, a hyphen and an ordinal unit.
  const ten = tens.get(t.lower);
  if (ten !== undefined && tokens[k + 1]?.text === "-" && ordinalUnits.has(tokens[k + 2]?.lower ?? "")) return { value: ten + ordinalUnits.get(tokens[k + 2].lower)!, length: 3 };
  const v = ordinals.get(t.lower);
  return v === undefined ? null : { value: v, length: 1 };
}

/**
 * "the government's 21st drawdown", "its twelfth aid package": where a package's rank stands, so
 * that no reader takes it for a count of goods (nor of packages: reports number packages without
 * saying the earlier ones carried the same goods). Only after a determiner or a possessive.
 */
export function packageRanks(tokens: readonly Token[]): Span[] {
  nouns ??= new PhraseTable(lex.nouns.map((n) => [n, true] as const));
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const o = ordinalAt(tokens, i);
    if (!o || o.value < 2) continue;
    const before = tokens[i - 1];
    if (!before || !(/^(?:the|its|their|his|her)$/.test(before.lower) || /['’]s$/.test(before.lower) || (before.lower === "s" && /^['’]$/.test(tokens[i - 2]?.text ?? "")))) continue;
    let k = i + o.length;
    for (let n = 0; n < 2 && tokens[k] && modifiers.has(tokens[k].lower) && !nouns.match(tokens, k); n++) k++;
    const noun = nouns.match(tokens, k);
    if (!noun) continue;
    out.push(span(tokens[i].start, tokens[i + o.length - 1].end));
    i = k + noun.length - 1;
  }
  return out;
}

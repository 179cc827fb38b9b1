// Reading the demo corpus for its tests: the reports, their metadata, their visible text, and the
// figures in a text. Kept apart from src/ because only the corpus tests need it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CORPUS = join(ROOT, "corpus/demo");
/** The shared folder beside the clone (ARMSFLOW_SHARED overrides), as in test/services.ts. */
const SHARED = resolve(process.env.ARMSFLOW_SHARED ?? join(ROOT, "..", "shared"));
export const FACTS_PATH = resolve(SHARED, "facts/facts.json");
export const FACTS_MD_PATH = resolve(SHARED, "facts/facts.md");

export interface ReportMeta {
  readonly id: string;
  readonly url: string;
  readonly outlet: string;
  readonly published: string;
  readonly title: string;
  readonly author: string;
  readonly facts: readonly string[];
}

export interface CorpusReport {
  readonly id: string;
  readonly file: string;
  readonly format: "txt" | "html";
  readonly raw: string;
  /** What a reader sees: the text file as saved, or the page's text without scripts and styles. */
  readonly text: string;
  readonly meta: ReportMeta | null;
}

export interface Fact {
  readonly date: string;
  readonly statement_by: string;
  readonly url: string;
  readonly note: string;
  readonly quantity: { readonly value?: number; readonly min?: number; readonly max?: number; readonly unit: string } | null;
}

export function loadCorpus(dir = CORPUS): CorpusReport[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((file) => {
      const format = file.endsWith(".html") ? "html" : "txt";
      const id = file.replace(/\.(txt|html)$/, "");
      const raw = readFileSync(join(dir, file), "utf8");
      const metaPath = join(dir, `${id}.meta.json`);
      const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, "utf8")) as ReportMeta) : null;
      return { id, file, format, raw, text: format === "html" ? visibleText(raw) : raw, meta };
    });
}

export function loadFacts(path = FACTS_PATH): Fact[] | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Fact[]) : null;
}

/** The text a browser would show: scripts, styles and templates dropped. */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  document.querySelectorAll("script, style, noscript, template").forEach((el) => el.remove());
  return (document.body?.textContent ?? "").replace(/[ \t]+/g, " ");
}

const MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };

/** A number written in a text, with its value and the characters that wrote it. */
export interface Figure {
  readonly written: string;
  readonly value: number;
}

/**
 * The figures of a text that count as amounts: values of 10 or more, with separators and scale words
 * ("6,700" → 6700, "4.8 million" → 4800000, "$540m" → 540000000). Dates, years, calibres ("152mm")
 * and designators ("KN-23", "M1989") are not amounts and are blanked first.
 */
export function figuresOf(text: string): Figure[] {
  const blanked = text
    .replace(/\bhttps?:\/\/\S+/g, " ")
    .replace(/\b\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.+-]+)?/g, " ")
    .replace(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`, "g"), " ")
    .replace(new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}\\b(?![,.]?\\d)`, "g"), " ")
    .replace(/\b\d+(?:\.\d+)?\s?-?(?:mm|millimet(?:er|re)s?)\b/g, " ")
    .replace(/\b[A-Za-z]+-?\d+[A-Za-z]?\b/g, " ")
    .replace(/(?<![\d,.])(?:19|20)\d{2}s?\b/g, " ");
  const out: Figure[] = [];
  const re = /(?<![\w.,])\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|bn|m)\b)?/g;
  for (const m of blanked.matchAll(re)) {
    const base = Number(`${m[1].replace(/,/g, "")}${m[2] ? `.${m[2]}` : ""}`);
    const value = base * (m[3] ? SCALE[m[3]] : 1);
    if (value >= 10) out.push({ written: m[0].trim(), value });
  }
  return out;
}

/** The amounts a fact states: its quantity, and the figures of its paraphrase. */
export function factAmounts(fact: Fact): number[] {
  const q = fact.quantity;
  const own = q ? [q.value, q.min, q.max].filter((v): v is number => typeof v === "number") : [];
  return [...own, ...figuresOf(fact.note).map((f) => f.value)];
}

/** Lower-case words, for comparing wording across texts. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
}

/** Every run of `n` consecutive words, joined by spaces. */
export function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

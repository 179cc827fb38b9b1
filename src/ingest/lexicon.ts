import boilerplateData from "../knowledge/boilerplate.json" with { type: "json" };
import abbreviationData from "../knowledge/abbreviations.json" with { type: "json" };
import { escapeRegExp } from "../core/escape-regexp.js";

/**
 * What a boilerplate line is; `list-header` lines announce a list of other stories. The block kinds
 * (`question`, `footnote`, `glossary`, `record`) are lines of a page block that tells no report.
 */
export type BoilerplateKind =
  | "nav" | "label" | "share" | "comments" | "list-header" | "newsletter" | "slogan" | "legal" | "credit" | "byline" | "dateline" | "separator"
  | BlockKind;

/** A page block recognised by its shape (boilerplate.json, blocks). */
export type BlockKind = "question" | "footnote" | "glossary" | "record";

/** A block shape: a line of its own (`line`) or a heading (`header`) whose next lines are its entries while they match `entry`. */
export interface BlockShape {
  readonly kind: BlockKind;
  readonly line: RegExp | null;
  readonly header: RegExp | null;
  readonly entry: RegExp | null;
}

interface Pattern {
  readonly kind: BoilerplateKind;
  readonly regex: RegExp;
}

export interface BoilerplateLexicon {
  readonly maxLineLength: number;
  readonly lines: readonly Pattern[];
  readonly prefixes: readonly Pattern[];
  readonly suffixes: readonly Pattern[];
  /** Whole lines that are a photo caption (with its credit), up to `captionMaxLength` characters. */
  readonly captions: readonly Pattern[];
  readonly captionMaxLength: number;
  /** A caption with this many sentences before its credit is a story of its own: its text is kept. */
  readonly captionStoryMinSentences: number;
  /** A slide counter at the start of a caption ("3/12 —"), cut with the credit. */
  readonly captionCounter: RegExp;
  /** Buttons glued to the end of a line ("... View Photo"): cut off, the rest of the line kept. */
  readonly tails: readonly Pattern[];
  readonly boxLabel: RegExp;
  /** A heading that opens a box of other stories only where a page's markup sets the box apart ("More from World"). */
  readonly pageBoxLabel: RegExp;
  readonly tagLine: { readonly maxWords: number; readonly maxLength: number };
  /** Page blocks that tell no report (a question line, a footnote list, a glossary), lines up to `blockMaxLength`. */
  readonly blocks: readonly BlockShape[];
  readonly blockMaxLength: number;
  /** A listing's record of fields: parts set apart by semicolons, enough of them opening with a field label. */
  readonly record: { readonly field: RegExp; readonly minParts: number; readonly minFields: number };
}

export interface AbbreviationLexicon {
  readonly titles: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  readonly acronyms: ReadonlySet<string>;
  readonly beforeNumber: ReadonlySet<string>;
  /** Words a number follows as its label ("section 4"): a period after them glued to digits is never a note's number. */
  readonly numbered: ReadonlySet<string>;
  readonly starters: ReadonlySet<string>;
}

const compile = (list: readonly { kind: string; pattern: string; caseSensitive?: boolean }[]): Pattern[] =>
  list.map((p) => ({ kind: p.kind as BoilerplateKind, regex: new RegExp(p.pattern, p.caseSensitive ? "u" : "iu") }));

/** A block pattern with its placeholders ({questionWords}, {marker}, {citation}) filled in. */
function blockPattern(pattern: string | undefined, caseSensitive: boolean | undefined): RegExp | null {
  if (pattern === undefined) return null;
  const filled = pattern
    .replace("{questionWords}", boilerplateData.questionWords.map(escapeRegExp).join("|"))
    .replace("{marker}", boilerplateData.footnoteMarker)
    .replace("{citation}", boilerplateData.citation);
  return new RegExp(filled, caseSensitive ? "u" : "iu");
}

const blockKinds: readonly BlockKind[] = ["question", "footnote", "glossary", "record"];

function compileBlocks(list: readonly { kind: string; line?: string; header?: string; entry?: string; caseSensitive?: boolean }[]): BlockShape[] {
  return list.map((b) => {
    if (!blockKinds.includes(b.kind as BlockKind)) throw new Error(`boilerplate.json: unknown block kind ${b.kind}`);
    if ((b.line === undefined) === (b.header === undefined || b.entry === undefined)) throw new Error(`boilerplate.json: a ${b.kind} block needs a line, or a header and an entry`);
    return { kind: b.kind as BlockKind, line: blockPattern(b.line, b.caseSensitive), header: blockPattern(b.header, b.caseSensitive), entry: blockPattern(b.entry, b.caseSensitive) };
  });
}

let boilerplate: BoilerplateLexicon | undefined;
let abbreviations: AbbreviationLexicon | undefined;

/** The boilerplate patterns of src/knowledge/boilerplate.json, compiled once. */
export function boilerplateLexicon(): BoilerplateLexicon {
  boilerplate ??= {
    maxLineLength: boilerplateData.maxLineLength,
    lines: compile(boilerplateData.lines),
    prefixes: compile(boilerplateData.prefixes),
    suffixes: compile(boilerplateData.suffixes),
    captions: compile(boilerplateData.captions),
    captionMaxLength: boilerplateData.captionMaxLength,
    captionStoryMinSentences: boilerplateData.captionStoryMinSentences,
    captionCounter: new RegExp(boilerplateData.captionCounter, "u"),
    tails: compile(boilerplateData.tails),
    boxLabel: new RegExp(boilerplateData.boxLabels, "iu"),
    pageBoxLabel: new RegExp(boilerplateData.pageBoxLabels, "iu"),
    tagLine: boilerplateData.tagLine,
    blocks: compileBlocks(boilerplateData.blocks),
    blockMaxLength: boilerplateData.blockMaxLength,
    record: {
      field: new RegExp(`^(?:${boilerplateData.recordFields.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "iu"),
      minParts: boilerplateData.recordMinParts,
      minFields: boilerplateData.recordMinFields,
    },
  };
  return boilerplate;
}

/** The abbreviations of src/knowledge/abbreviations.json, lower-cased, without their final period. */
export function abbreviationLexicon(): AbbreviationLexicon {
  const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  abbreviations ??= {
    titles: set(abbreviationData.titles),
    words: set(abbreviationData.words),
    acronyms: set(abbreviationData.acronyms),
    beforeNumber: set(abbreviationData.beforeNumber),
    numbered: set(abbreviationData.numbered),
    starters: new Set(abbreviationData.starters),
  };
  return abbreviations;
}

/**
 * The kind of boilerplate a whole trimmed line is, or null for a line of the report.
 * `classifyLine("Leave a Comment")` → `"comments"`; box labels ("Read also: ...") are never boilerplate.
 */
export function classifyLine(line: string, lexicon = boilerplateLexicon()): BoilerplateKind | null {
  if (line.length === 0 || line.length > lexicon.maxLineLength) return null;
  if (lexicon.boxLabel.test(line)) return null;
  for (const p of lexicon.lines) if (p.regex.test(line)) return p.kind;
  return null;
}

/** Whether a whole trimmed line is a photo caption: `isCaption("Troops unload a crate. (Photo: J. Roe/AFP)")` → true. */
export function isCaption(line: string, lexicon = boilerplateLexicon()): boolean {
  if (line.length === 0 || line.length > lexicon.captionMaxLength || lexicon.boxLabel.test(line)) return false;
  return lexicon.captions.some((p) => p.regex.test(line));
}

/**
 * Where the credit of a caption line starts, for a caption whose credit closes it ("... Photo: J. Roe"); null where
 * no caption pattern matches or the whole line is the caption's label ("Photo: a ship off a port").
 * `captionCreditAt("A ship off a port. Photo: J. Roe")` → 18
 */
export function captionCreditAt(line: string, lexicon = boilerplateLexicon()): number | null {
  if (!isCaption(line, lexicon)) return null;
  let at: number | null = null;
  for (const p of lexicon.captions) {
    const m = p.regex.exec(line);
    if (!m || m.index === 0) continue;
    // (A pattern that opens on the sentence's own final mark starts its credit after it.)
    const lead = /^[\s.!?,)]*/u.exec(m[0])?.[0].length ?? 0;
    const start = m.index + lead;
    if (at === null || start < at) at = start;
  }
  return at;
}

/**
 * The block kind a whole trimmed line is by itself (a written question put to a minister, an item of a list of
 * questions, a bracketed reference, a listing's record of fields), or null.
 * `blockLineKind("- Who makes the shells?")` → `"question"`
 */
export function blockLineKind(line: string, lexicon = boilerplateLexicon()): BlockKind | null {
  if (line.length === 0 || line.length > lexicon.blockMaxLength) return null;
  for (const b of lexicon.blocks) if (b.line?.test(line)) return b.kind;
  const parts = line.split(";");
  if (parts.length >= lexicon.record.minParts && parts.filter((p) => lexicon.record.field.test(p.trim())).length >= lexicon.record.minFields) return "record";
  return null;
}

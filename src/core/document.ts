import type { Certainty, Claim, Period, Quantity, Source, Unit } from "./claim.js";
import type { Diagnostic, Severity } from "./diagnostics.js";
import { firstFrom, type Span } from "./span.js";

/** What a crawler or the caller knows of a report besides its text. */
export interface DocumentMeta {
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly author: string | null;
  /** YYYY-MM-DD, or null where no date is known. */
  readonly published: string | null;
}

/** One report on a page: the main report, or an embedded "Read also" box with its own headline and voice. */
export interface Segment {
  readonly kind: "main" | "embedded";
  readonly span: Span;
  readonly headline: Span | null;
  /** Embedded boxes carry no publication date of their own: their claims get no period end from it. */
  readonly published: string | null;
}

/** A sentence of a kept segment. Headlines and section titles are sentences with `headline: true`. */
export interface Sentence {
  readonly span: Span;
  readonly segment: number;
  readonly headline: boolean;
  /** Set by find-candidates: whether the heavy stages look at it. */
  candidate?: boolean;
}

/** A span naming a state, a person, a body or an outlet, resolved to a gazetteer entry. */
export interface Mention {
  readonly kind: "state" | "person" | "body" | "outlet";
  readonly span: Span;
  /** Gazetteer id of the entry (a state's ISO alpha-3, a person's or body's id). */
  readonly entity: string;
  /** The canonical name of the entry ("Shin Won-sik", "South Korean Ministry of National Defense"). */
  readonly name: string;
  /** The state the entry stands for or belongs to (ISO alpha-3), null for media and private bodies. */
  readonly state: string | null;
  /** How the state is named: "name" (North Korea), "adjective" (North Korean), "seat" (Pyongyang, the Kremlin), "role" (South Korea's defence minister). */
  readonly form: "name" | "adjective" | "seat" | "role" | "alias";
  /** For persons and bodies: the body they speak for (gazetteer id), if any. */
  readonly org?: string | null;
  /** A low-priority alias ("the North"): true where the assembler should prefer other evidence. */
  readonly weak?: boolean;
}

/** A parsed amount in a sentence; `unit` is null where the counted noun is not a known unit. */
export interface Amount {
  readonly span: Span;
  readonly quantity: Omit<Quantity, "unit">;
  readonly unit: Unit | null;
  /** The counted noun as written ("containers", "152-millimeter shells"), and where it stands. */
  readonly noun: string | null;
  readonly nounSpan: Span | null;
  readonly calibre: string | null;
  /** The qualifier words as written ("more than", "about"), if any. */
  readonly qualifier: string | null;
}

/** A cell of a table on the page: where it stands and its text. */
export interface TableCell {
  readonly span: Span;
  readonly text: string;
}

/**
 * A table of rows on the page (an HTML table of data, pipe- or tab-separated lines, a markdown table), set by
 * read-tables: the first row is its header, the rest its rows, each row's span one line of `text`.
 */
export interface Table {
  readonly span: Span;
  readonly header: readonly TableCell[];
  readonly rows: readonly { readonly span: Span; readonly cells: readonly TableCell[] }[];
  /** Rows of comma- or semicolon-separated cells (a data note's extract), not a laid-out table. */
  readonly delimited?: boolean;
}

/** A resolved time expression. */
export interface TimeExpression {
  readonly span: Span;
  readonly period: Period;
  /** True for "since ...", "so far", "in total", "as of ...": a running total up to the statement. */
  readonly cumulative: boolean;
  /** "absolute" dates stand alone; "relative" ones ("last week", "on Monday") were resolved against the publication date. */
  readonly anchor: "absolute" | "relative";
  /** True where the expression dates the act of saying ("said on Friday") rather than the transfer. */
  readonly speech?: boolean;
}

/** Who makes a sentence's claims, and who passes them on (set by attribute-sentences). */
export interface Attribution {
  readonly sentence: number;
  /** Usually one; "the US and South Korea said" gives two. */
  readonly sources: readonly Source[];
  readonly span: Span | null;
  /** Where every named source stands in the sentence (their states are speakers, not parties). */
  readonly spans: readonly Span[];
  /** Who passes the claim on, nearest first; the document's outlet is not listed. */
  readonly relays: readonly string[];
  /** "named": a person or body; "pointer": "he", "the minister"; "unnamed": "officials said"; "media": other outlets; "outlet": the document's own voice. */
  readonly voice: "named" | "pointer" | "unnamed" | "media" | "outlet";
  /** The day the source said it, where the sentence dates the act of saying. */
  readonly stated: string | null;
  /**
   * A first clause, before ", and" or ";", whose opening subject commits itself while the named source speaks only in a
   * later clause ("Oslo pledged 12 guns, and Stockholm has said it will send 8"): goods named before `end` are that subject's.
   */
  readonly firstClause?: { readonly end: number; readonly sources: readonly Source[] };
}

/** A word of a candidate sentence with its part of speech (universal tags from wink-nlp), set by tag-sentences. */
export interface Token {
  readonly span: Span;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, AUX, ADP, DET, ADJ, PART, PRON, ... */
  readonly pos: string;
  /** The base form, lower case ("supplied" -> "supply"). */
  readonly lemma: string;
}

/** A word that weighs certainty ("reportedly", "may"), found by weigh-certainty. */
export interface Cue {
  readonly span: Span;
  readonly certainty: Certainty;
}

/** One report as read, with everything the stages found in it (DESIGN.md, "Document"). */
export class ArmsDocument {
  /** The decoded text every span points into. For HTML, the text the page shows, as extracted. */
  text = "";
  /** The decoded bytes as read (for HTML, the markup); `text` is derived from it. Set by decode-bytes. */
  source = "";
  /** Ranges of `text` judged boilerplate (menus, bylines, share prompts), sorted; nothing is deleted from `text`. */
  boilerplate: Span[] = [];
  format: "text" | "html" = "text";
  encoding = "utf-8";
  hash = "";
  meta: DocumentMeta;
  segments: Segment[] = [];
  /**
   * Reports the page is made of, each with its own headline and date, where the reading tells them (a saved feed's items,
   * read-feed.ts); split-segments makes each one a segment. Empty for an ordinary page.
   */
  sections: { readonly span: Span; readonly headline: Span | null; readonly published: string | null }[] = [];
  /** Tables of rows under a header, found by read-tables. */
  tables: Table[] = [];
  sentences: Sentence[] = [];
  mentions: Mention[] = [];
  amounts: Amount[] = [];
  times: TimeExpression[] = [];
  attributions: Attribution[] = [];
  cues: Cue[] = [];
  /** Tagged words of the candidate sentences only, in text order. */
  tokens: Token[] = [];
  claims: Claim[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    /** Where the bytes came from (a path or "stdin"): named in every message. */
    readonly path: string,
    readonly bytes: Uint8Array,
    meta: Partial<DocumentMeta> & { id: string },
  ) {
    this.meta = { url: null, outlet: null, title: null, author: null, published: null, ...meta };
  }

  /** Adds a coded message; a `fatal` one stops the remaining stages for this document only. */
  report(stage: string, code: string, message: string, severity: Severity = "warning", where?: Span): Diagnostic {
    const d: Diagnostic = { stage, code, message: `${this.path}: ${message}`, severity, ...(where ? { span: where, line: this.lineOf(where.start) } : {}) };
    this.diagnostics.push(d);
    return d;
  }

  get failed(): boolean {
    return this.diagnostics.some((d) => d.severity === "fatal");
  }

  /** 1-based line of an offset in `text`. */
  lineOf(offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) line++;
    return line;
  }

  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  /** The index of the sentence that starts at `start` (the first such, as a search from the start finds it), or -1. */
  sentenceStartingAt(start: number): number {
    // (Sentences are in text order: a binary search, not a scan of the page for every claim.)
    const list = this.sentences;
    const lo = firstFrom(list, start);
    if (lo < list.length && list[lo].span.start === start) return lo;
    return list.findIndex((s) => s.span.start === start);
  }

  /** Things of one kind that lie inside a span (a sentence), in text order. */
  within<T extends { span: Span }>(list: readonly T[], s: Span): T[] {
    // The stages append in text order, so the lists are sorted by start: a binary search finds the
    // first candidate and the scan stops past the span (a 10,000-sentence page stays linear).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].span.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < list.length && list[i].span.start < s.end; i++) if (list[i].span.end <= s.end) out.push(list[i]);
    // An unsorted list (a stage that did not append in order) is still answered right, the slow way.
    if (lo > 0 && list[lo - 1].span.start >= s.start) return list.filter((x) => x.span.start >= s.start && x.span.end <= s.end);
    return out;
  }
}

/** A stage: built once from its options, then run on each document. It reports problems on the document instead of throwing. */
export type Stage = (doc: ArmsDocument) => void;
export type StageFactory<O = Record<string, never>> = (options?: O) => Stage;

import type { ArmsDocument, Stage, Table, TableCell } from "../core/document.js";
import type { Span } from "../core/span.js";
import { isSpace, mergeSpans, textLines } from "./lines.js";

/** A markdown table's rule under its header: `|---|:---:|`. */
const RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
/** A table has at most this many columns. */
const MAX_COLUMNS = 12;
/** A data note's delimited rows (CSV, semicolon-separated) hold at least this many cells, header and rows alike. */
const MIN_DELIMITED_COLUMNS = 3;
/** A header cell of delimited data is a column name: four words at most, no figures, no sentence's end. */
const COLUMN_NAME = /^[\p{L}_][\p{L}_./()-]*(?:,?\s[\p{L}_./()-]+){0,3}$/u;
const SENTENCE_END = /[.!?]$/;

/**
 * Finds the tables of the page's text: runs of two lines or more (blank lines between them allowed) that split into
 * the same number of cells, two or more, by " | " (as the HTML reader writes a table's rows, and as markdown does)
 * or by tabs, and the delimited rows of a data note (below). The first line is the header. A markdown rule line is
 * boilerplate, and so are no other lines: the rows stay sentences of the text as well.
 */
export function readTables(): Stage {
  return (doc: ArmsDocument) => {
    const text = doc.text;
    if (text.includes("|") || text.includes("\t")) readSeparated(doc);
    for (const sep of [",", ";"] as const) if (text.includes(sep)) readDelimited(doc, sep);
  };
}

/** The pipe- and tab-separated tables of the page (and the markdown rules, made boilerplate). */
function readSeparated(doc: ArmsDocument): void {
  const text = doc.text;
  const rules: Span[] = [];
  let run: TableCell[][] = [];
  let runSpans: Span[] = [];
  let sep: "|" | "\t" | null = null;
  const close = () => {
    if (run.length >= 2) {
      doc.tables.push({ span: { start: runSpans[0].start, end: runSpans[runSpans.length - 1].end }, header: run[0], rows: run.slice(1).map((cells, i) => ({ span: runSpans[i + 1], cells })) });
    }
    run = [];
    runSpans = [];
    sep = null;
  };
  for (const line of textLines(text)) {
    if (line.end === line.start) continue; // rows may stand a blank line apart
    const content = text.slice(line.start, line.end);
    if (RULE.test(content) && content.includes("|") && run.length === 1) {
      rules.push(line);
      continue;
    }
    const kind = content.includes("|") ? "|" : content.includes("\t") ? "\t" : null;
    const cells = kind ? splitCells(text, line, kind) : null;
    if (!cells || (run.length > 0 && (kind !== sep || cells.length !== run[0].length))) close();
    if (!cells) continue;
    sep = kind;
    run.push(cells);
    runSpans.push(line);
  }
  close();
  if (rules.length > 0) doc.boilerplate = mergeSpans([...doc.boilerplate, ...rules]);
}

/**
 * Reads the runs of comma- or semicolon-separated lines of a data note or a saved CSV file: three lines or more in a
 * row, none blank, that split into the same number of cells (three or more), under a header line of column names.
 * Prose lines with commas seldom split alike line after line, and never under a header of bare names.
 */
function readDelimited(doc: ArmsDocument, sep: "," | ";"): void {
  const text = doc.text;
  let run: { span: Span; cells: TableCell[] }[] = [];
  const close = () => {
    const header = run[0]?.cells;
    const [start, end] = [run[0]?.span.start ?? 0, run[run.length - 1]?.span.end ?? 0];
    if (run.length >= 3 && header.every((c) => COLUMN_NAME.test(c.text) && !SENTENCE_END.test(c.text)) && !doc.tables.some((t) => t.span.start < end && start < t.span.end)) {
      doc.tables.push({ span: { start, end }, header, rows: run.slice(1), delimited: true });
    }
    run = [];
  };
  for (const line of textLines(text)) {
    const cells = line.end > line.start ? splitDelimited(text, line, sep) : null;
    if (!cells || (run.length > 0 && cells.length !== run[0].cells.length)) close();
    if (cells) run.push({ span: line, cells });
  }
  close();
}

/** The cells of a delimited line (a quoted cell may hold the separator), trimmed; null where too few or too many. */
function splitDelimited(text: string, line: Span, sep: "," | ";"): TableCell[] | null {
  const cells: TableCell[] = [];
  let a = line.start;
  let quoted = false;
  for (let i = line.start; i <= line.end; i++) {
    if (i < line.end && text[i] === '"') quoted = !quoted;
    if (i < line.end && (quoted || text[i] !== sep)) continue;
    let s = a;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e - s >= 2 && text[s] === '"' && text[e - 1] === '"') [s, e] = [s + 1, e - 1];
    cells.push({ span: { start: s, end: e }, text: text.slice(s, e) });
    a = i + 1;
  }
  if (cells.length < MIN_DELIMITED_COLUMNS || cells.length > MAX_COLUMNS || cells.every((c) => c.text === "")) return null;
  return cells;
}

/** The cells of a line split by `sep` (outer pipes of a markdown row dropped), trimmed; null where fewer than two or too many. */
function splitCells(text: string, line: Span, sep: "|" | "\t"): TableCell[] | null {
  let start = line.start;
  let end = line.end;
  if (sep === "|") {
    if (text[start] === "|") start++;
    if (end > start && text[end - 1] === "|") end--;
  }
  const cells: TableCell[] = [];
  let a = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== sep) continue;
    let s = a;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    cells.push({ span: { start: s, end: e }, text: text.slice(s, e) });
    a = i + 1;
  }
  if (cells.length < 2 || cells.length > MAX_COLUMNS || cells.every((c) => c.text === "")) return null;
  return cells;
}

export type { Table };

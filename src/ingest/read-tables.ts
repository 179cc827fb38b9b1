import type { ArmsDocument, Stage, Table, TableCell } from "../core/document.js";
import type { Span } from "../core/span.js";
import { isSpace, mergeSpans, textLines } from "./lines.js";

/** A markdown table's rule under its header: `|---|:---:|`. */
const RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
/** A table has at most this many columns. */
const MAX_COLUMNS = 12;

/**
 * Finds the tables of the page's text: runs of two lines or more (blank lines between them allowed) that split into
 * the same number of cells, two or more, by " | " (as the HTML reader writes a table's rows, and as markdown does)
 * or by tabs. The first line is the header. A markdown rule line is boilerplate, and so are no other lines:
 * the rows stay sentences of the text as well.
 */
export function readTables(): Stage {
  return (doc: ArmsDocument) => {
    const text = doc.text;
    if (!text.includes("|") && !text.includes("\t")) return;
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
  };
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

import { parseHTML } from "linkedom";

/** A DOM of the page, built without running scripts or loading anything; a bare fragment is wrapped in a body first. */
export function parsePage(html: string): Document {
  const wrapped = `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  if (!/<html[\s>]|<body[\s>]/i.test(html.slice(0, 65536))) return parseHTML(wrapped).document as unknown as Document;
  const document = parseHTML(html).document as unknown as Document;
  // A page whose <html> sits inside an unclosed comment or raw-text element parses to no root at all:
  // read it wrapped, as a browser would show it (nothing, or the text before the comment).
  return document.documentElement ? document : (parseHTML(wrapped).document as unknown as Document);
}

/** Elements that start a new paragraph of the shown text. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TD", "TH", "TR", "UL",
]);
/** Elements that are on the page but not the report: a figure's caption (a photo's subject and credit). */
const NOT_REPORT = new Set(["FIGCAPTION"]);
/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "HEAD", "TITLE", "META", "LINK"]);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/**
 * The text a page shows, one block element per paragraph, paragraphs joined by a blank line.
 * Scripts, styles, form controls and figure captions are skipped; attributes (handlers, `javascript:` links) never reach the text.
 * `blockText(<div><p>A <b>b</b></p><p>C</p></div>)` → `"A b\n\nC"`
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    // Source line breaks are spaces; a <br> (kept as \u2028 until here) is a line break within the paragraph.
    const p = current
      .replace(/[ \t\r\n\f\u00a0]+/g, " ")
      .split("\u2028")
      .map((line) => line.trim())
      .filter(Boolean)
      .join("\n");
    if (p) paragraphs.push(p);
    current = "";
  };
  // An explicit stack, not recursion: hostile pages nest thousands of elements deep.
  const stack: (DomNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush(); // closing a block
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (HIDDEN.has(name) || NOT_REPORT.has(name)) continue;
    if (name === "BR") {
      current += "\u2028";
      continue;
    }
    if (name === "TABLE") {
      const rows = dataTableRows(node);
      if (rows) {
        // A table of data keeps each row on a line of its own, cells apart by " | ", the header row first (read-tables.ts).
        flush();
        paragraphs.push(...rows.map((cells) => cells.join(" | ")));
        continue;
      }
    }
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs.join("\n\n");
}

/** What a cell of a table of data may hold: inline markup, a paragraph or a line break, never a block of page layout. */
const CELL_MARKUP = new Set(["A", "ABBR", "B", "BR", "CITE", "CODE", "DEL", "EM", "I", "INS", "MARK", "P", "Q", "S", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U"]);
const CELL = new Set(["TD", "TH"]);
const ROW_GROUP = new Set(["THEAD", "TBODY", "TFOOT"]);
/** A row of a table has at most this many cells, and a cell this many characters, to be read as data. */
const MAX_CELLS = 12;
const MAX_CELL_CHARS = 200;

/**
 * The rows of a table that holds data (two rows or more, two cells or more in each, every cell short and free of
 * layout), each row its cells' text; null for a table that lays out a page (a newsletter's wrapper, a sidebar).
 * The caption, if any, is a row of one cell before them.
 */
function dataTableRows(table: DomNode): string[][] | null {
  const rows: string[][] = [];
  let caption: string | null = null;
  const trs: DomNode[] = [];
  for (const child of Array.from(table.childNodes)) {
    const name = child.nodeName.toUpperCase();
    if (child.nodeType !== 1) continue;
    if (name === "TR") trs.push(child);
    else if (ROW_GROUP.has(name)) {
      for (const tr of Array.from(child.childNodes)) if (tr.nodeType === 1 && tr.nodeName.toUpperCase() === "TR") trs.push(tr);
    } else if (name === "CAPTION") caption = cellText(child);
    else if (name !== "COLGROUP" && name !== "COL") return null;
  }
  for (const tr of trs) {
    const cells: string[] = [];
    for (const td of Array.from(tr.childNodes)) {
      if (td.nodeType !== 1) continue;
      if (!CELL.has(td.nodeName.toUpperCase())) return null;
      const text = cellText(td);
      if (text === null || text.length > MAX_CELL_CHARS) return null;
      cells.push(text);
    }
    if (cells.length === 0) continue;
    if (cells.length < 2 || cells.length > MAX_CELLS) return null;
    rows.push(cells);
  }
  if (rows.length < 2) return null;
  return caption ? [[caption], ...rows] : rows;
}

/** A cell's text on one line ("|" inside it becomes "/"), or null where the cell holds more than inline markup. */
function cellText(cell: DomNode): string | null {
  const stack: DomNode[] = Array.from(cell.childNodes);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (HIDDEN.has(name)) continue;
    if (!CELL_MARKUP.has(name)) return null;
    stack.push(...Array.from(node.childNodes));
  }
  return blockText(cell).replace(/\s+/g, " ").replace(/\|/g, "/").trim();
}

/** Whether the tree nests deeper than `limit` elements or holds more than `maxNodes` nodes (stops as soon as it does). */
export function tooComplex(root: DomNode, limit: number, maxNodes: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit || ++nodes > maxNodes) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      if (children[i].nodeType !== 1) continue;
      // (Every element on the stack will be counted: once they pass the limit the answer is known, however wide the node.)
      if (nodes + stack.length + 1 > maxNodes) return true;
      stack.push([children[i], depth + 1]);
    }
  }
  return false;
}

/** Removes tags and collapses white space in a string that should be plain text (a title full of markup). */
export function plainText(s: string): string {
  return s
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, " ")
    .replace(/<[^>]*>?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

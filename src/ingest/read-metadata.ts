import * as chrono from "chrono-node/en";
import type { ArmsDocument, DocumentMeta, Stage } from "../core/document.js";
import { boilerplateLexicon, classifyLine } from "./lexicon.js";
import { parsePage, plainText } from "./html-text.js";
import times from "../knowledge/times.json" with { type: "json" };
import boilerplateData from "../knowledge/boilerplate.json" with { type: "json" };
import { escapeRegExp } from "../core/escape-regexp.js";

export type PageMeta = { -readonly [K in keyof Omit<DocumentMeta, "id">]?: string | null };

/** How many lines at the top of a text are searched for bylines and dates. */
const HEAD_LINES = 15;

/**
 * Fills `doc.meta` where the caller gave nothing (caller metadata wins): title, outlet, author and
 * published date (YYYY-MM-DD), from HTML meta tags and JSON-LD, then from the top lines of the text.
 */
export function readMetadata(): Stage {
  return (doc: ArmsDocument) => {
    const found: PageMeta[] = [];
    if (doc.format === "html") found.push(pageFacts.get(doc) ?? htmlMetadata(doc.source));
    const byline = bylines.get(doc);
    if (byline) {
      const read = readByline(byline);
      found.push({ author: read.name, published: read.day });
    }
    found.push(textMetadata(doc.text, doc.meta.outlet));
    const meta: Record<string, unknown> = { ...doc.meta };
    for (const page of found) {
      for (const [key, value] of Object.entries(page)) if (meta[key] == null && value) meta[key] = value;
    }
    doc.meta = meta as unknown as DocumentMeta;
  };
}

// What parse-html read from the page before Readability changed its DOM, so the page is parsed once.
const pageFacts = new WeakMap<ArmsDocument, PageMeta>();

// The byline Readability took out of the article ("By Ann Lee, Staff Reporter · 12 June 2025"), as parse-html met it.
const bylines = new WeakMap<ArmsDocument, string>();

/** Keeps the article's byline that Readability set apart, for read-metadata (called by parse-html). */
export function rememberByline(doc: ArmsDocument, byline: string): void {
  bylines.set(doc, byline.replace(/\s+/g, " ").trim());
}

/** What the page declares (its meta tags, JSON-LD, `<time>`), as parse-html read it; {} before that. */
export function declaredMeta(doc: ArmsDocument): PageMeta {
  return pageFacts.get(doc) ?? {};
}

/** Keeps the page's declared metadata for read-metadata (called by parse-html on the fresh DOM). */
export function rememberPageMeta(doc: ArmsDocument, document: Document): void {
  pageFacts.set(doc, htmlMetadata(document));
}

/** Metadata a page declares: Open Graph and article meta tags, JSON-LD, `<time datetime>`. */
export function htmlMetadata(page: string | Document): PageMeta {
  const document = typeof page === "string" ? parsePage(page) : page;
  // The page's <meta> elements read once, each wanted one picked by its attribute as `meta[name="author"]` would
  // (the first in page order, the value compared as written): a selector query walks the whole page each time.
  const metas = Array.from(document.getElementsByTagName("meta"));
  const metaContent = (...selectors: (readonly [attribute: string, value: string])[]) => {
    for (const [attribute, value] of selectors) {
      const v = metas.find((m) => m.getAttribute(attribute) === value)?.getAttribute("content")?.trim();
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLd(Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? ""));
  const author = metaContent(["name", "author"], ["property", "article:author"], ["name", "byl"]) ?? ld.author;
  return {
    title: clean(metaContent(["property", "og:title"], ["name", "twitter:title"]) ?? ld.headline ?? (document.title ?? "").replace(/\s+\|\s+[^|]{1,60}$/, "")),
    outlet: clean(metaContent(["property", "og:site_name"], ["name", "application-name"]) ?? ld.publisher ?? titleOutlet(document.title ?? "")),
    author: author && !/^https?:/i.test(author) ? clean(author.replace(/^by\s+/i, "")) : null,
    published: isoDay(
      metaContent(["property", "article:published_time"], ["name", "pubdate"], ["name", "publishdate"], ["name", "date"],
        ["name", "dc.date"], ["name", "DC.date.issued"], ["itemprop", "datePublished"]) ??
        ld.datePublished ??
        Array.from(document.getElementsByTagName("time")).find((t) => t.hasAttribute("datetime"))?.getAttribute("datetime") ??
        null,
    ),
  };
}

/** Title, author and date from the first lines of a text: bylines, a leading "date 2024-02-27", a dateline. */
export function textMetadata(text: string, outlet?: string | null): PageMeta {
  const lexicon = boilerplateLexicon();
  // The masthead: a line that is the outlet's name is never the title.
  const masthead = outlet ? plain(outlet) : null;
  const lines = text.slice(0, 4000).split("\n").map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES);
  const meta: PageMeta = {};
  let seenContent = false; // only the first line of content can be the title
  let labelledDay: string | null = null;
  let labelledRank = Infinity;
  let bylineDay: string | null = null;
  for (const line of lines) {
    const prefix = /^date\s+(\d{4}-\d{2}-\d{2})\b/i.exec(line);
    if (prefix) meta.published ??= prefix[1];
    const labelled = DATE_LABEL.exec(line);
    if (labelled) {
      const rank = DATE_LABELS.indexOf(labelled[1]!.toLowerCase().replace(/\s+/g, " "));
      const day = pageDay(labelled[2]!);
      if (day && rank < labelledRank) [labelledDay, labelledRank] = [day, rank];
    }
    if (isDateAlone(line)) {
      const day = pageDay(line);
      if (day && DATE_LABELS.length < labelledRank) [labelledDay, labelledRank] = [day, DATE_LABELS.length];
    }
    const kind = classifyLine(line, lexicon);
    if (kind === "byline" || (kind !== "dateline" && BYLINE_OPEN.test(line) && line.length <= 200)) {
      const byline = readByline(line);
      if (byline.name) meta.author ??= byline.name;
      else if (kind === "byline") meta.author ??= bylineName(line);
      bylineDay ??= byline.day;
      if (kind !== "byline" && byline.name) continue;
    } else if (kind === "dateline" && !labelled) meta.published ??= pageDay(line.replace(/^(published|updated|posted|last updated|date)( on| at)?\s*:?\s*/i, ""));
    else if (kind === null && masthead !== null && plain(line) === masthead) continue;
    else if (kind === null && !seenContent && isHeadlineLike(line)) {
      let title = line.replace(/^date\s+\d{4}-\d{2}-\d{2}(\s+\d{1,2}:\d{2}(:\d{2})?)?\s+/i, "");
      for (const s of lexicon.suffixes) {
        const m = s.regex.exec(title);
        if (m) {
          meta.published ??= isoDay(m[0].trim());
          title = title.slice(0, m.index);
        }
      }
      meta.title = title;
    }
    if (kind === null) seenContent = true;
  }
  meta.published ??= labelledDay ?? bylineDay;
  const opening = mastheadName(lines, lexicon);
  if (opening && !outlet) meta.outlet = opening;
  return meta;
}

const PAGE_META = boilerplateData.pageMeta;
/** Date labels in the order trusted ("Published" before "Updated"). */
const DATE_LABELS: readonly string[] = PAGE_META.dateLabels;
const DATE_LABEL = new RegExp(
  String.raw`^[-–—•·]?\s*(${[...DATE_LABELS].sort((a, b) => b.length - a.length).map((l) => escapeRegExp(l).replace(/ /g, String.raw`\s+`)).join("|")})(?:\s+on|\s+at)?\s*:?\s*(.{6,80})$`,
  "i",
);
const DATE_WORDS = new Set([...Object.keys(times.months), ...PAGE_META.weekdays, "at", "am", "pm", "a.m.", "p.m."]);
/** A line that is a date alone ("12.02.2024 - 14:05", "Monday 3 March 2025, 9:15 GMT"): a day, a clock, a zone. */
function isDateAlone(line: string): boolean {
  if (line.length > 50 || !/\d/.test(line)) return false;
  return line.split(/[\s,|·•\-–—/]+/).filter(Boolean).every((w) =>
    /^[\d.:/]+(?:st|nd|rd|th|am|pm|h)?$/i.test(w) || /^[+-]?\d{4}$/.test(w) || /^[A-Z]{2,5}$/.test(w) || DATE_WORDS.has(w.toLowerCase().replace(/[.,]$/, "")));
}
const BYLINE_OPEN = /^(?:By|BY)\s+\p{Lu}/u;
const BYLINE_ROLES = new Set(PAGE_META.bylineRoles);
const BYLINE_STOP = new RegExp(`^(?:${PAGE_META.bylineStops.map(escapeRegExp).join("|")})\\b`, "i");
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.|de|van|von|der|al|bin|le|la|da|dos|el)$/u;

/** A part of a byline that is a writer's name: two to five words, each capitalised (or a particle), none a job word. */
function isPersonName(part: string): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => BYLINE_ROLES.has(w.toLowerCase().replace(/[.'’]/g, "")))) return false;
  if (words.every((w) => w === w.toUpperCase())) return false; // a line of capitals is a heading, not a name
  return words.every((w) => NAME_WORD.test(w)) && NAME_WORD.test(words[0]!) && /^\p{Lu}/u.test(words[0]!);
}

/**
 * The writers and day of a byline line: "By Ann Lee, Staff Reporter | 12 June 2025 | 4 min read" gives
 * "Ann Lee" and 2025-06-12. Parts after "|", "·" or ";" are read for a day only; a writer's place
 * ("in Moscow"), job ("Staff Reporter") or city after a comma is dropped; two writers are given as "A, B".
 */
function readByline(line: string): { name: string | null; day: string | null } {
  const body = line.replace(/^(by|author|authors|written by|posted by|words by|reporting by|text)\s*:?\s+/i, "").trim();
  const parts = body.split(/\s+[|·•]\s+|\s*;\s*|\s+[–—]\s+/).map((p) => p.trim()).filter(Boolean);
  const first = parts[0] ?? "";
  // Writers are set apart by commas only in a list closed by "and" ("A, B and C"); else what follows a comma is a job or place.
  const listed = /\s(?:and|&)\s/.test(first);
  const pieces = first.split(listed ? /(\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)/ : /(\s*,\s*)/);
  let name = "";
  let rest = "";
  for (let i = 0; i < pieces.length; i += 2) {
    const person = withoutTitle(pieces[i]!.replace(/\s+in\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?$/u, "").trim());
    if (!isPersonName(person) || (i > 0 && !listed)) {
      rest = pieces.slice(i).join("");
      break;
    }
    name += (i > 0 ? pieces[i - 1]!.replace(/^\s*,\s*$/, ", ") : "") + person;
  }
  let day: string | null = /\d/.test(rest) ? pageDay(rest) : null;
  for (const part of parts.slice(1)) {
    if (BYLINE_STOP.test(part)) continue;
    if (!day && /\d/.test(part)) day = pageDay(part);
  }
  return { name: name ? clean(name) : null, day };
}

const BYLINE_TITLES = new RegExp(`^(?:${PAGE_META.bylineTitles.map(escapeRegExp).join("|")})\\s+`, "u");
const withoutTitle = (name: string) => name.replace(BYLINE_TITLES, "");

/**
 * The outlet a text page opens with: its first line, up to a separator ("FYN COURIER | English edition"),
 * short and with no digit, where that line is in capitals with a separator or the next line is the site's
 * menu. A name in capitals is given in title case ("Fyn Courier"), a short word kept as an acronym ("DW").
 */
function mastheadName(lines: readonly string[], lexicon: ReturnType<typeof boilerplateLexicon>): string | null {
  const [first, next] = lines;
  if (!first || /\d/.test(first)) return null;
  const parts = first.split(/\s+(?:\||--|[-–—])\s+/);
  const name = parts[0]!.trim();
  const words = name.split(/\s+/);
  if (words.length > PAGE_META.titleOutletMaxWords || /[.!?:,;"“”]$/.test(name) || !/^\p{Lu}/u.test(name)) return null;
  const capitals = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name);
  if (!((capitals && parts.length > 1) || (next !== undefined && classifyLine(next, lexicon) === "nav"))) return null;
  const small = new Set(PAGE_META.nameSmallWords);
  // (A name not in capitals is in title case, "Harbour Courier", "The Depot"; a line of sentence case above the menu
  // is the headline, "Generators cross the Carpathians", no outlet.)
  if (!capitals) return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && small.has(w.toLowerCase()))) ? name : null;
  // A short word in capitals is an acronym and stays so ("DW", "BBC").
  const cased = (w: string, i: number) =>
    small.has(w.toLowerCase()) ? (i > 0 ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()) : w.length <= 3 ? w : w.charAt(0) + w.slice(1).toLowerCase();
  return words.map(cased).join(" ");
}

/** The outlet a page title ends with after " | " or " - " ("Tanks reach Kyiv | The Harbour Post"), short names only. */
function titleOutlet(title: string): string | null {
  const m = /\s(?:\||[-–—])\s+([^|–—]+?)\s*$/.exec(title.replace(/\s+/g, " ").trim());
  if (!m) return null;
  const name = m[1]!;
  const words = name.split(" ").length;
  return words <= PAGE_META.titleOutletMaxWords && /^\p{Lu}|^\p{N}/u.test(name) && !/[.!?]$/.test(name) ? name : null;
}

/**
 * A day a page writes, as YYYY-MM-DD, as written (its clock zone never moves it to another day); "12-02-2024"
 * and "12.02.2024" are read day first unless the second number cannot be a month; a month with no day
 * ("March 2024") names no day and gives null.
 */
export function pageDay(value: string): string | null {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return isoDay(text);
  const numeric = /(?:^|[^\d])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return b > 12 ? calendarDay(y, a, b) : calendarDay(y, b, a);
  }
  if (!/(?:^|[^\d:])\d{1,2}(?:st|nd|rd|th)?(?![\d:])/.test(text.replace(/\b\d{4}\b/g, ""))) return null;
  const start = chrono.parse(text)[0]?.start;
  if (!start || !start.isCertain("day") || !start.isCertain("month")) return null;
  return calendarDay(start.get("year") ?? NaN, start.get("month") ?? NaN, start.get("day") ?? NaN);
}

/** A name as compared: lower case, letters and digits only ("The Daily Star" and "THE DAILY STAR —" are one). */
const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 30 && !/[.!?…"”]$/.test(line) && !/^(read also|read more|see also|related)\b/i.test(line);
}

function bylineName(line: string): string | null {
  const name = line.replace(/^(by|author|authors|written by|posted by|words by|reporting by|edited by|text)\s*:?\s+/i, "").replace(/[,\s]+$/, "");
  return clean(name);
}

/** The day a date string names, as YYYY-MM-DD: the written date of an ISO stamp, else chrono's reading. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const date = chrono.parseDate(value);
  if (!date || Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const MONTHS: Readonly<Record<string, number>> = times.months;
const DAY = String.raw`(\d{1,2})`;
const YEAR = String.raw`(\d{4})`;
const MONTH = String.raw`([A-Za-z]{3,9})\.?`;
const WEEKDAY = String.raw`(?:[A-Za-z]{3,9},?\s+)?`;
const CLOCK = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[+-]\d{4}|[A-Z]{1,5}))?)?`;
/** The forms a meta file's `published` may take (docs/data-formats.md lists them). */
const META_DATE_FORMS: readonly { re: RegExp; order: "ymd" | "mdy" | "dmy" }[] = [
  // 2024-06-14, 2024-06-14T09:30:00Z, 2024-06-14T09:30:00.123+02:00, 2024-06-14 09:30
  { re: /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, order: "ymd" },
  // June 14, 2024 / Friday, June 14, 2024 / Jun 14 2024 09:30
  { re: new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}${CLOCK}$`), order: "mdy" },
  // 14 June 2024 / RFC 2822: Fri, 14 Jun 2024 09:30:00 +0000
  { re: new RegExp(`^${WEEKDAY}${DAY}(?:st|nd|rd|th)?\\s+${MONTH}\\s+${YEAR}${CLOCK}$`), order: "dmy" },
];

/**
 * The day a meta file's `published` names, as YYYY-MM-DD (the day as written, whatever its zone), or
 * null when it is none of the accepted forms or no calendar day: ISO dates and date-times, RFC 2822,
 * "June 14, 2024", "14 June 2024" (weekday and time allowed). `metaDate("2024-02-30")` → null.
 */
export function metaDate(value: string): string | null {
  const text = value.trim().replace(/\s+/g, " ");
  for (const form of META_DATE_FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const [a, b, c] = [m[1]!, m[2]!, m[3]!];
    const [y, mo, d] = form.order === "ymd" ? [a, b, c] : form.order === "mdy" ? [c, a, b] : [c, b, a];
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.toLowerCase()];
    return month ? calendarDay(Number(y), month, Number(d)) : null;
  }
  return null;
}

function calendarDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface LdFacts {
  headline?: string;
  publisher?: string;
  author?: string;
  datePublished?: string;
}

/** The first article-like facts of the page's JSON-LD blocks (objects, arrays, `@graph`). */
function jsonLd(blocks: string[]): LdFacts {
  const facts: LdFacts = {};
  const name = (v: unknown): string | undefined => {
    if (typeof v === "string") return v;
    if (Array.isArray(v)) return v.map(name).filter(Boolean).join(", ") || undefined;
    if (v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string") return (v as { name: string }).name;
    return undefined;
  };
  const visit = (node: unknown, depth: number) => {
    if (depth > 5 || !node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const o = node as Record<string, unknown>;
    if (typeof o.headline === "string") facts.headline ??= o.headline;
    if (typeof o.datePublished === "string") facts.datePublished ??= o.datePublished;
    if (o.author) facts.author ??= name(o.author);
    if (o.publisher) facts.publisher ??= name(o.publisher);
    if (o["@graph"]) visit(o["@graph"], depth + 1);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block), 0);
    } catch {
      // A broken JSON-LD block is common on real pages and tells us nothing: skip it.
    }
  }
  return facts;
}

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = plainText(s);
  return t.length > 0 && t.length <= 300 ? t : null;
}

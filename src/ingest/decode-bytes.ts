import { createHash } from "node:crypto";
import iconv from "iconv-lite";
import type { ArmsDocument, Stage } from "../core/document.js";

export interface DecodeOptions {
  /** Documents above this many bytes are refused (fatal `too-large`). Default 64 MiB. */
  readonly maxBytes?: number;
  /** Documents above this many bytes are read with a warning `large-document`. Default 16 MiB. */
  readonly largeBytes?: number;
}

const STAGE = "decode-bytes";
const MiB = 1024 * 1024;
const SAMPLE = 64 * 1024;

/**
 * Turns the bytes into text: BOM, else valid UTF-8, else the HTML's declared charset, else
 * Windows-1252 with a warning. Sets `encoding`, `hash`, `format`, `source` and `text`.
 */
export function decodeBytes(options: DecodeOptions = {}): Stage {
  const maxBytes = options.maxBytes ?? 64 * MiB;
  const largeBytes = options.largeBytes ?? 16 * MiB;
  return (doc: ArmsDocument) => {
    const bytes = doc.bytes;
    doc.hash = createHash("sha256").update(bytes).digest("hex");
    if (bytes.length === 0) return void doc.report(STAGE, "empty-document", "the document is empty (0 bytes)", "fatal");
    if (bytes.length > maxBytes) {
      return void doc.report(STAGE, "too-large", `the document has ${bytes.length} bytes, above the limit of ${maxBytes}`, "fatal");
    }
    if (bytes.length > largeBytes) doc.report(STAGE, "large-document", `the document is large (${(bytes.length / MiB).toFixed(1)} MiB)`, "warning");

    let text = decode(doc);
    if (text === null) return;
    if (looksBinary(text)) {
      return void doc.report(STAGE, "binary-document", "the document looks binary (NUL bytes or mostly control characters), not text", "fatal");
    }
    // A stray NUL in a text page is dropped, not a reason to refuse the page; the raw bytes keep it.
    const nul = text.indexOf("\u0000") >= 0 ? text.split("\u0000").length - 1 : 0;
    if (nul) {
      text = text.replaceAll("\u0000", "");
      doc.report(STAGE, "nul-dropped", `${nul} NUL character(s) dropped from the text`, "warning");
    }
    if (text.trim().length === 0) return void doc.report(STAGE, "empty-document", "the document holds only white space", "fatal");
    doc.source = text;
    doc.text = text;
    doc.format = looksHtml(doc.path, text) ? "html" : "text";
  };
}

function decode(doc: ArmsDocument): string | null {
  const b = doc.bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return use(doc, "utf-8", new TextDecoder("utf-8").decode(b));
  if (b[0] === 0xff && b[1] === 0xfe) return use(doc, "utf-16le", new TextDecoder("utf-16le").decode(b));
  if (b[0] === 0xfe && b[1] === 0xff) return use(doc, "utf-16be", iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.length), "utf-16be"));
  const utf16 = guessUtf16(b);
  if (utf16) {
    doc.report(STAGE, "encoding-guessed", `no byte order mark: read as ${utf16} from its NUL bytes`, "warning");
    return use(doc, utf16, iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.length), utf16));
  }
  try {
    return use(doc, "utf-8", new TextDecoder("utf-8", { fatal: true }).decode(b));
  } catch {
    // Not UTF-8: a page may name its charset; otherwise Windows-1252, a superset of Latin-1's printable range.
    const declared = declaredCharset(b);
    const encoding = declared && iconv.encodingExists(declared) ? declared : "windows-1252";
    if (encoding === "windows-1252") doc.report(STAGE, "encoding-fallback", "the bytes are not valid UTF-8: read as Windows-1252", "warning");
    return use(doc, encoding, iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.length), encoding));
  }
}

function use(doc: ArmsDocument, encoding: string, text: string): string {
  doc.encoding = encoding;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-16 without a BOM shows as NUL bytes on one side of every ASCII character. */
function guessUtf16(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

function declaredCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** More than one NUL in a hundred characters (and more than 16), or more than one control character in ten, in the first 64 KiB. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 && ++nul > Math.max(16, n * 0.01)) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > n * 0.1;
}

function looksHtml(path: string, text: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  return /<!doctype\s+html|<html[\s>]|<body[\s>]|<p[\s>]/i.test(text.slice(0, 4096));
}

import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, join, sep } from "node:path";
import type { DocumentMeta } from "../core/document.js";
import { metaDate } from "./read-metadata.js";

/** A problem met while reading one input: it becomes a named diagnostic on its document. */
export interface ReadProblem {
  readonly code: string;
  readonly message: string;
  readonly severity: "info" | "warning" | "fatal";
}

/** One input as read from disk; `problem` says why it could not be read as given (the first of `problems`). */
export interface InputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly meta: Partial<DocumentMeta> & { id: string };
  readonly problem?: ReadProblem;
  /** Every problem met reading the file and its ID.meta.json, in order. */
  readonly problems?: readonly ReadProblem[];
}

export interface ReadOptions {
  /** Files above this many bytes are not read (fatal `too-large`), judged before reading. Default 64 MiB. */
  readonly maxBytes?: number;
}

const DOCUMENT = /\.(txt|html?|xhtml)$/i;
const SIDECAR = /\.(gold|meta)\.json$/i;
const MiB = 1024 * 1024;
/** The fields of a meta file that must be strings when present. */
const TEXT_FIELDS = ["id", "url", "outlet", "title", "author", "published"] as const;

/**
 * Walks files and folders (sorted, one document at a time, so memory does not grow with the folder):
 * `.txt`, `.html` and `.htm` files, with `ID.meta.json` beside `ID.txt` as the caller's metadata.
 * The id is the meta's `id`, else the file name without extension. `*.gold.json` and `*.meta.json`
 * are never documents. A file that can't be read is still yielded, with its `problem`. Only regular
 * files are read (a FIFO or device named `.txt` is refused without opening it for long), their size
 * checked before reading; links are followed to regular files only. Two inputs with one id in a
 * batch: the second is refused (`id-collision`), never taken for a new version of the first.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<InputFile> {
  const seen = new Map<string, string>();
  const checked = (input: InputFile): InputFile => {
    const first = seen.get(input.meta.id);
    if (first === undefined) {
      seen.set(input.meta.id, input.path);
      return input;
    }
    const problem: ReadProblem = {
      code: "id-collision",
      message: `document id "${input.meta.id}" is already taken in this batch by ${first}: not read, so it cannot replace that document (give it an ID.meta.json with an id of its own)`,
      severity: "fatal",
    };
    return { ...input, bytes: new Uint8Array(0), problem, problems: [problem, ...(input.problems ?? [])] };
  };
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield checked(unreadable(path, error));
      continue;
    }
    if (isDir) for await (const input of walk(path, options)) yield checked(input);
    else if (!SIDECAR.test(path)) yield checked(await readInput(path, options));
  }
}

async function* walk(dir: string, options: ReadOptions, rawDir: Buffer = Buffer.from(dir)): AsyncGenerator<InputFile> {
  let entries;
  try {
    // Names as bytes: a file name that is not UTF-8 (an old Latin-1 crawl) is still opened by its own bytes;
    // it is shown with replacement characters, and its id follows that shown name.
    entries = await readdir(rawDir, { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    yield unreadable(dir, error);
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name.toString("utf8");
    const path = join(dir, name);
    const raw = Buffer.concat([rawDir, Buffer.from(sep), entry.name]);
    const exact = Buffer.from(name).equals(entry.name) ? undefined : raw;
    // Linked folders are not walked (a link loop would never end); linked files are read if they lead to a regular file.
    if (entry.isDirectory()) yield* walk(path, options, raw);
    else if (DOCUMENT.test(name) && !SIDECAR.test(name)) yield await readInput(path, options, exact);
  }
}

/**
 * The file's bytes, if it is a regular file within the size limit; opened without blocking, judged on the open file.
 * (Synchronous calls: a page is read in well under a millisecond, and four round trips through the thread pool per
 * file, page and meta file, cost more CPU than the reading itself on a crawl of small pages.)
 */
async function readRegular(path: string | Buffer, maxBytes: number): Promise<{ bytes: Uint8Array } | { problem: ReadProblem }> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      const kind = info.isFIFO() ? "a named pipe" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isSocket() ? "a socket" : "not a regular file";
      return { problem: { code: "not-a-file", message: `not read: it is ${kind}, and only regular files are documents`, severity: "fatal" } };
    }
    if (info.size > maxBytes) {
      return { problem: { code: "too-large", message: `not read: the file has ${info.size} bytes, above the limit of ${maxBytes}`, severity: "fatal" } };
    }
    // Read at most the size seen (plus one byte, to notice a file that grows while we read it).
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= buffer.length) {
        return { problem: { code: "too-large", message: "not read: the file grew while it was read", severity: "fatal" } };
      }
    }
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } finally {
    closeSync(fd);
  }
}

async function readInput(path: string, options: ReadOptions, rawPath?: Buffer): Promise<InputFile> {
  const fileId = basename(path, extname(path));
  let read;
  try {
    read = await readRegular(rawPath ?? path, options.maxBytes ?? 64 * MiB);
  } catch (error) {
    return unreadable(path, error);
  }
  if ("problem" in read) return { path, bytes: new Uint8Array(0), meta: { id: fileId }, problem: read.problem, problems: [read.problem] };
  const bytes = read.bytes;
  const metaPath = join(dirname(path), `${fileId}.meta.json`);
  // Beside a file with a non-UTF-8 name, its meta file is found by the same bytes.
  const rawMetaPath = rawPath ? Buffer.concat([rawPath.subarray(0, rawPath.length - Buffer.byteLength(extname(path))), Buffer.from(".meta.json")]) : metaPath;
  let raw: string;
  try {
    const bytesOfMeta = await readRegular(rawMetaPath, MiB);
    if ("problem" in bytesOfMeta) return withProblems(path, bytes, { id: fileId }, [{ ...bytesOfMeta.problem, code: "bad-meta", severity: "warning", message: `${metaPath} ${bytesOfMeta.problem.message}` }]);
    raw = Buffer.from(bytesOfMeta.bytes).toString("utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { path, bytes, meta: { id: fileId } };
    const reason = error instanceof Error ? error.message : String(error);
    return withProblems(path, bytes, { id: fileId }, [{ code: "bad-meta", message: `${metaPath} cannot be read: ${reason}`, severity: "warning" }]);
  }
  const problems: ReadProblem[] = [];
  if (raw.charCodeAt(0) === 0xfeff) {
    raw = raw.slice(1);
    problems.push({ code: "meta-bom", message: `${metaPath} starts with a byte order mark: read without it`, severity: "info" });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ code: "bad-meta", message: `${metaPath} is not valid JSON (${reason}): its metadata was not read`, severity: "warning" });
    return withProblems(path, bytes, { id: fileId }, problems);
  }
  const { meta, problems: fieldProblems } = callerMeta(json, fileId, metaPath);
  return withProblems(path, bytes, meta, [...problems, ...fieldProblems]);
}

function withProblems(path: string, bytes: Uint8Array, meta: Partial<DocumentMeta> & { id: string }, problems: ReadProblem[]): InputFile {
  if (!problems.length) return { path, bytes, meta };
  return { path, bytes, meta, problem: problems[0], problems };
}

/** The fields of an ID.meta.json the document takes, checked: strings (or null) only, `published` a date we read. */
function callerMeta(json: unknown, fileId: string, metaPath: string): { meta: Partial<DocumentMeta> & { id: string }; problems: ReadProblem[] } {
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    const what = Array.isArray(json) ? "an array" : json === null ? "null" : typeof json;
    return { meta: { id: fileId }, problems: [{ code: "bad-meta", message: `${metaPath} holds ${what}, not a JSON object: its metadata was not read`, severity: "warning" }] };
  }
  const o = json as Record<string, unknown>;
  const problems: ReadProblem[] = [];
  const str = (k: string): string | undefined => {
    const v = o[k];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v === "string") return v;
    problems.push({ code: "meta-wrong-type", message: `${metaPath}: "${k}" must be a string, not ${Array.isArray(v) ? "an array" : typeof v} (${truncate(JSON.stringify(v))}): ignored`, severity: "warning" });
    return undefined;
  };
  const values = Object.fromEntries(TEXT_FIELDS.map((k) => [k, str(k)]));
  const meta: Record<string, string> = { id: values.id ?? fileId };
  for (const k of ["url", "outlet", "title", "author"]) if (values[k]) meta[k] = values[k];
  const published = values.published;
  if (published) {
    const day = metaDate(published);
    if (day) meta.published = day;
    else problems.push({ code: "meta-bad-date", message: `${metaPath}: "published" is "${truncate(published)}", not a date armsflow reads (YYYY-MM-DD, an ISO date-time, RFC 2822, "June 14, 2024" or "14 June 2024"): the document is undated`, severity: "warning" });
  }
  return { meta: meta as Partial<DocumentMeta> & { id: string }, problems };
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function unreadable(path: string, error: unknown): InputFile {
  const reason = error instanceof Error ? error.message : String(error);
  const problem: ReadProblem = { code: "unreadable-file", message: `cannot read the file: ${reason}`, severity: "fatal" };
  return { path, bytes: new Uint8Array(0), meta: { id: basename(path, extname(path)) }, problem, problems: [problem] };
}

import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { DocumentMeta } from "../core/document.js";

/** One input as read from disk; `problem` says why it could not be read (the document then fails alone). */
export interface InputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly meta: Partial<DocumentMeta> & { id: string };
  readonly problem?: { readonly code: string; readonly message: string; readonly severity: "warning" | "fatal" };
}

const DOCUMENT = /\.(txt|html?|xhtml)$/i;
const SIDECAR = /\.(gold|meta)\.json$/i;

/**
 * Walks files and folders (sorted, one document at a time, so memory does not grow with the folder):
 * `.txt`, `.html` and `.htm` files, with `ID.meta.json` beside `ID.txt` as the caller's metadata.
 * The id is the meta's `id`, else the file name without extension. `*.gold.json` and `*.meta.json`
 * are never documents. A file that can't be read is still yielded, with its `problem`.
 */
export async function* readInputs(paths: string[]): AsyncGenerator<InputFile> {
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield unreadable(path, error);
      continue;
    }
    if (isDir) yield* walk(path);
    else if (!SIDECAR.test(path)) yield await readInput(path);
  }
}

async function* walk(dir: string): AsyncGenerator<InputFile> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield unreadable(dir, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (DOCUMENT.test(entry.name) && !SIDECAR.test(entry.name)) yield await readInput(path);
  }
}

async function readInput(path: string): Promise<InputFile> {
  const fileId = basename(path, extname(path));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(path, error);
  }
  const metaPath = join(dirname(path), `${fileId}.meta.json`);
  let raw: string;
  try {
    raw = await readFile(metaPath, "utf8");
  } catch {
    return { path, bytes, meta: { id: fileId } };
  }
  try {
    return { path, bytes, meta: callerMeta(JSON.parse(raw), fileId) };
  } catch (error) {
    const message = `${metaPath} is not valid metadata: ${error instanceof Error ? error.message : String(error)}`;
    return { path, bytes, meta: { id: fileId }, problem: { code: "bad-meta", message, severity: "warning" } };
  }
}

/** The fields of an ID.meta.json the document takes, checked: strings (or null) only. */
function callerMeta(json: unknown, fileId: string): Partial<DocumentMeta> & { id: string } {
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new Error("not a JSON object");
  const o = json as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === "string" && o[k] !== "" ? (o[k] as string) : undefined);
  const meta: Record<string, string> = { id: str("id") ?? fileId };
  for (const k of ["url", "outlet", "title", "author"]) if (str(k)) meta[k] = str(k)!;
  const published = str("published");
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) meta.published = published;
  return meta as Partial<DocumentMeta> & { id: string };
}

function unreadable(path: string, error: unknown): InputFile {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path,
    bytes: new Uint8Array(0),
    meta: { id: basename(path, extname(path)) },
    problem: { code: "unreadable-file", message: `cannot read the file: ${reason}`, severity: "fatal" },
  };
}

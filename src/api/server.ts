// Opens the ledger, builds the app and listens: what `armsflow serve` and `npm start` run.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { build } from "./app.js";
import { resolveToken } from "./token.js";

export interface ServeOptions {
  /** SQLite file of the ledger (default data/armsflow.db). */
  readonly db?: string;
  /** A PostgreSQL URL: used instead of `db`. */
  readonly databaseUrl?: string;
  readonly port?: number;
  /** Address to bind (default 127.0.0.1: reads are open only to this machine). */
  readonly host?: string;
  /** Where the token file lives (default: the folder of `db`, else data/). */
  readonly dataDir?: string;
  readonly publicReads?: boolean;
  /** Serve the ledger for reading only (a SQLite file or folder that cannot be written is served so anyway). */
  readonly readOnly?: boolean;
  /** Keep posted pages that give no claim whole (by default they are recorded as seen only). */
  readonly keepEmpty?: boolean;
  /** Print lines go here (default console.log). */
  readonly print?: (line: string) => void;
}

export interface Running {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly url: string;
  close(): Promise<void>;
}

/** The built dashboard, found beside the package whether we run from src/ (tsx) or dist/. */
export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../dist/web");

/** Opens (and migrates) the ledger's store: SQLite by file, or PostgreSQL by URL; `readOnly` checks it instead. */
export async function openLedger(options: { db?: string; databaseUrl?: string; readOnly?: boolean; keepEmpty?: boolean }): Promise<Store> {
  const readOnly = options.readOnly ?? false;
  const keepEmpty = options.keepEmpty ?? false;
  return openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl, readOnly, keepEmpty } : { db: options.db, readOnly, keepEmpty });
}

/** The write token; a read-only ledger takes none where none can be kept (writes are refused anyway). */
function tokenFor(dataDir: string, readOnly: boolean): ReturnType<typeof resolveToken> | null {
  try {
    return resolveToken({ dataDir });
  } catch (error) {
    if (readOnly) return null;
    throw error;
  }
}

export async function serve(options: ServeOptions = {}): Promise<Running> {
  const print = options.print ?? ((line: string) => console.log(line));
  const db = options.db ?? "data/armsflow.db";
  const store = await openLedger(options.databaseUrl ? { databaseUrl: options.databaseUrl, readOnly: options.readOnly, keepEmpty: options.keepEmpty } : { db, readOnly: options.readOnly, keepEmpty: options.keepEmpty });
  const dataDir = options.dataDir ?? (options.databaseUrl ? "data" : dirname(db));
  let token: ReturnType<typeof resolveToken> | null;
  try {
    token = tokenFor(dataDir, store.readOnly);
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = await build({
    store,
    token: token?.token ?? null,
    publicReads: options.publicReads ?? false,
    // Posted reports are read on a thread of their own: a long one never stalls the dashboard's reads.
    readThreads: 1,
    ...(existsSync(WEB_ROOT) ? { webRoot: WEB_ROOT } : {}),
    // Warnings and every 5xx (with its request id) go to stderr as JSON lines; LOG_LEVEL=info logs each request.
    logger: { level: process.env.LOG_LEVEL ?? "warn" },
  });
  const port = options.port ?? 8080;
  const host = options.host ?? "127.0.0.1";
  await app.listen({ port, host });
  const address = app.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  const url = `http://${host === "127.0.0.1" || host === "::1" ? "localhost" : host}:${bound}`;
  const documents = await store.countDocuments();
  print(`armsflow: serving ${url} (${documents} documents in ${options.databaseUrl ? "PostgreSQL" : db}${store.readOnly ? ", read-only: writes are refused" : ""})`);
  if (!existsSync(WEB_ROOT)) print("armsflow: no dashboard built yet: run `npm run build:web` (the API answers meanwhile)");
  if (token === null) print("armsflow: no write token (none could be kept beside the read-only ledger); reads from other machines need --public-reads");
  else if (token.origin === "created") print(`armsflow: write token (kept in ${token.file}): ${token.token}`);
  else if (token.origin === "file") print(`armsflow: write token in ${token.file}`);
  else print("armsflow: write token from ARMSFLOW_TOKEN");
  return {
    app, store, url,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

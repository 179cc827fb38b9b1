// Serves the built dashboard (dist/web) and sends unknown non-API paths to its index, so deep links work.
// Assets have hashed names (web/vite.config.ts): cached for a year as immutable; index.html is revalidated
// every time (no-cache), so a new build is seen at once. Text files go out as the build's brotli or gzip copy.
// The overview's page (`/`) carries its first read, the list of flows, inside the HTML (see `overviewPage`).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { negotiate as pickEncoding } from "@fastify/accept-negotiator";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

/** What the browser may run and load on the dashboard: only our own bundle, so text from a report can never become code. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The API reads the overview starts with (web/src/pages/overview.ts), preloaded by the browser from the
 * page's headers when the list could not come inside the page. The addresses must be the very ones the
 * page fetches, or the browser reads them twice.
 */
export const OVERVIEW_PRELOAD = ["/api/flows", "/api/documents?limit=30"].map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`).join(", ");

/** Hashed assets: a new build makes new names, so the old ones never change. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** The id of the element that carries `/api/flows`'s answer inside the overview's HTML (read by web/src/api.ts). */
export const INLINE_FLOWS_ID = "armsflow-flows";

/** Beyond this the list is not put in the page (a huge ledger): the page reads it, preloaded, as before. */
export const INLINE_FLOWS_MAX = 512 * 1024;

/**
 * JSON made safe inside a <script> element: `<`, `>` and `&` (so no `</script>` or `<!--` can end or
 * change the element) and the two line separators are written as \u escapes, which JSON reads back as
 * the same characters. In JSON these characters only occur inside strings, where the escapes are valid.
 */
export function scriptSafeJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The index with the list of flows as a JSON data block (never run: the CSP allows no inline script) before `</body>`. */
export function withInlineFlows(html: string, flowsJson: string): string {
  const block = `<script type="application/json" id="${INLINE_FLOWS_ID}">${scriptSafeJson(flowsJson)}</script>\n`;
  const at = html.lastIndexOf("</body>");
  return at < 0 ? html + block : html.slice(0, at) + block + html.slice(at);
}

type Encoding = "br" | "gzip" | "identity";

/** The encoding to send of those there are: brotli, else gzip (by the client's q-values), else none. */
function negotiate(header: string | string[] | undefined, has: (encoding: Encoding) => boolean = () => true): Encoding {
  const offered = (["br", "gzip"] as const).filter(has);
  const asked = Array.isArray(header) ? header.join(",") : header;
  return (asked && offered.length ? (pickEncoding(asked, [...offered]) as Encoding | null) : null) ?? "identity";
}

interface Rendered { readonly flows: string; readonly indexAt: number; readonly bodies: Record<Encoding, Buffer>; readonly etag: string }

export interface WebOptions {
  /** The built dashboard. */
  readonly root: string;
  /** Put the list of flows inside the overview's page (default true; false: the page reads it, preloaded). */
  readonly inlineFlows?: boolean;
  /** Send the hashed assets from memory (default true; false: from the disk on every request). */
  readonly assetsFromMemory?: boolean;
}

export const webPlugin = fp(async function web(app: FastifyInstance, options: WebOptions) {
  const indexPath = join(options.root, "index.html");
  if (!existsSync(indexPath)) {
    app.log.warn(`no dashboard at ${options.root}: run \`npm run build:web\``);
    return;
  }
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("X-Content-Type-Options", "nosniff");
    if (String(reply.getHeader("content-type") ?? "").startsWith("text/html")) reply.header("Content-Security-Policy", CSP);
    return payload;
  });
  await app.register(fastifyStatic, {
    root: options.root, prefix: "/", wildcard: true, index: ["index.html"],
    preCompressed: true, cacheControl: false,
    // @fastify/static passes its reply here (typed as a Node response in older versions).
    setHeaders: (reply: unknown, path: string) => {
      const value = /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : "no-cache";
      const r = reply as { header?: (k: string, v: string) => void; setHeader?: (k: string, v: string) => void };
      if (r.header) r.header("Cache-Control", value);
      else r.setHeader?.("Cache-Control", value);
    },
  });

  // The last page made, kept while neither the list nor the build changes (the list itself is the API's,
  // memoised there and cleared by every write: src/api/cache.ts).
  let last: Rendered | null = null;
  let index: { at: number; html: string } | null = null;
  const readIndex = (): { at: number; html: string } => {
    const at = statSync(indexPath).mtimeMs;
    if (index?.at !== at) index = { at, html: readFileSync(indexPath, "utf8") };
    return index;
  };
  const render = (flows: string): Rendered => {
    const { at, html } = readIndex();
    if (last && last.indexAt === at && last.flows === flows) return last;
    const page = Buffer.from(withInlineFlows(html, flows));
    last = {
      flows, indexAt: at, etag: `"${createHash("sha256").update(page).digest("base64url").slice(0, 27)}"`,
      bodies: {
        identity: page,
        gzip: gzipSync(page, { level: 6 }),
        br: brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: page.length } }),
      },
    };
    return last;
  };

  /**
   * The overview: the index with `/api/flows`'s answer inside it, so the list is drawn as soon as the
   * script has run, without a read after it (or beside it, competing with the script for the server).
   * The list is asked of the API itself, as this client (its address and token), so the API's gate
   * decides what the page may carry: a client the API would refuse gets the bare index, which then reads
   * the list (and is refused) like any page.
   */
  async function overviewPage(request: FastifyRequest, reply: FastifyReply) {
    const auth: Record<string, string> = {};
    for (const name of ["authorization", "x-armsflow-token"]) {
      const value = request.headers[name];
      if (typeof value === "string") auth[name] = value;
    }
    let flows: string | null = null;
    if (options.inlineFlows !== false) try {
      const answer = await app.inject({ method: "GET", url: "/api/flows", remoteAddress: request.ip, headers: { accept: "application/json", ...auth } });
      if (answer.statusCode === 200 && answer.body.length <= INLINE_FLOWS_MAX) flows = answer.body;
    } catch {
      flows = null; // the page reads the list itself
    }
    if (flows === null) {
      // The overview's reads start with the page, beside its script, instead of after it has run.
      return reply.header("Link", OVERVIEW_PRELOAD).header("Cache-Control", "no-cache").type("text/html; charset=utf-8").sendFile("index.html");
    }
    const page = render(flows);
    const encoding = negotiate(request.headers["accept-encoding"]);
    const etag = encoding === "identity" ? page.etag : `${page.etag.slice(0, -1)}-${encoding}"`;
    // The page now carries ledger data, given to this client only (the API's gate): no shared cache keeps it.
    reply.header("Cache-Control", "private, no-cache").header("ETag", etag).header("Vary", "Accept-Encoding").type("text/html; charset=utf-8");
    const asked = request.headers["if-none-match"];
    if (typeof asked === "string" && asked.split(",").some((t) => t.trim() === etag)) return reply.code(304).send();
    if (encoding !== "identity") reply.header("Content-Encoding", encoding);
    return reply.send(page.bodies[encoding]);
  }
  app.get("/", { schema: { hide: true } }, overviewPage);

  /**
   * The hashed assets from memory: each is read once (with its brotli and gzip copies) and then sent
   * without touching the disk, which on a busy machine costs the first visit several rounds of waiting
   * for the file system per script. Names never change content (IMMUTABLE), so nothing goes stale; a
   * name the build does not have, or a type not listed here, goes to the static files as before.
   */
  const assets = new Map<string, { type: string; bodies: Partial<Record<Encoding, Buffer>> } | null>();
  const TYPES: Record<string, string> = { js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8", svg: "image/svg+xml", json: "application/json; charset=utf-8", woff2: "font/woff2", png: "image/png" };
  const assetsDir = join(options.root, "assets");
  const loadAsset = (name: string) => {
    if (assets.has(name)) return assets.get(name)!;
    const type = TYPES[name.slice(name.lastIndexOf(".") + 1)];
    const path = join(assetsDir, name);
    let asset: { type: string; bodies: Partial<Record<Encoding, Buffer>> } | null = null;
    if (type && existsSync(path)) {
      const bodies: Partial<Record<Encoding, Buffer>> = { identity: readFileSync(path) };
      for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]] as const) if (existsSync(path + suffix)) bodies[encoding] = readFileSync(path + suffix);
      asset = { type, bodies };
    }
    if (assets.size < 512) assets.set(name, asset);
    return asset;
  };
  if (options.assetsFromMemory !== false) app.get<{ Params: { "*": string } }>("/assets/*", { schema: { hide: true } }, async (request, reply) => {
    const name = request.params["*"];
    // Only plain file names of the build (no folders, no dots in a row): anything else is not found.
    const asset = /^[\w-]+(\.[\w-]+)+$/.test(name) ? loadAsset(name) : null;
    if (!asset) return reply.callNotFound();
    const encoding = negotiate(request.headers["accept-encoding"], (e) => !!asset.bodies[e]);
    reply.header("Cache-Control", IMMUTABLE).header("Vary", "Accept-Encoding").type(asset.type);
    if (encoding !== "identity") reply.header("Content-Encoding", encoding);
    return reply.send(asset.bodies[encoding]);
  });

  // Deep links (/flows/PRK/RUS/...) are the dashboard's own routes: the errors plugin's not-found handler sends them here.
  app.decorate("spaIndex", true);
});

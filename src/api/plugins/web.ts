// Serves the built dashboard (dist/web) and sends unknown non-API paths to its index, so deep links work.
// Assets have hashed names (web/vite.config.ts): cached for a year as immutable; index.html is revalidated
// every time (no-cache), so a new build is seen at once. Text files go out as the build's brotli or gzip copy.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/** What the browser may run and load on the dashboard: only our own bundle, so text from a report can never become code. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The API reads the overview starts with (web/src/pages/overview.ts), preloaded by the browser from the
 * page's headers. The addresses must be the very ones the page fetches, or the browser reads them twice.
 */
export const OVERVIEW_PRELOAD = ["/api/flows", "/api/documents?limit=30"].map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`).join(", ");

/** Hashed assets: a new build makes new names, so the old ones never change. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

export const webPlugin = fp(async function web(app: FastifyInstance, options: { root: string }) {
  if (!existsSync(join(options.root, "index.html"))) {
    app.log.warn(`no dashboard at ${options.root}: run \`npm run build:web\``);
    return;
  }
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("X-Content-Type-Options", "nosniff");
    if (String(reply.getHeader("content-type") ?? "").startsWith("text/html")) {
      reply.header("Content-Security-Policy", CSP);
      // The overview's reads start with the page, beside its script, instead of after it has run.
      if (request.method === "GET" && request.url.split("?")[0] === "/") reply.header("Link", OVERVIEW_PRELOAD);
    }
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
  // Deep links (/flows/PRK/RUS/...) are the dashboard's own routes: the errors plugin's not-found handler sends them here.
  app.decorate("spaIndex", true);
});

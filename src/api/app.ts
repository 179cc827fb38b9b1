// The HTTP API as plugins (STYLE.md habit 8): `build(options)` makes the app, `listen` is elsewhere (server.ts),
// so tests drive it in-process with `inject()`.
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { ArmsflowError } from "../core/errors.js";
import type { Store } from "../store/store.js";
import { ReadCache } from "./cache.js";
import { loadEngine, type Engine } from "./engine.js";
import { authPlugin } from "./plugins/auth.js";
import { clientErrorHandler, errorsPlugin, frameworkErrors } from "./plugins/errors.js";
import { webPlugin } from "./plugins/web.js";
import { documentRoutes } from "./routes/documents.js";
import { flowRoutes } from "./routes/flows.js";
import { sourceRoutes } from "./routes/sources.js";
import { statementRoutes } from "./routes/statements.js";
import { sharedSchemas } from "./schemas.js";

export interface BuildOptions {
  readonly store: Store;
  /** The write token; null (or absent) refuses every write. */
  readonly token?: string | null;
  /** Serve reads to every address, not only loopback. */
  readonly publicReads?: boolean;
  /** The built dashboard (dist/web); absent serves the API alone. */
  readonly webRoot?: string;
  /** Largest request body in bytes (default 2 MiB: a saved news page with its markup). */
  readonly bodyLimit?: number;
  /** Writes (and extractions) allowed per client per window (default 30 a minute). */
  readonly writeLimit?: { readonly max: number; readonly timeWindow: number };
  /** Replaces parts of the engine (the pipeline, the estimate models). */
  readonly engine?: Partial<Engine>;
  /** Threads that read posted reports off the event loop (default 0: on the server's thread; `serve` uses 1). */
  readonly readThreads?: number;
  /**
   * The server's log (pino through Fastify): false for none, true for level "warn", or pino options (level,
   * stream). Every 5xx is logged there with its request id and the error; the client gets the registry's words.
   */
  readonly logger?: boolean | { readonly level?: string; readonly stream?: { write(line: string): void } };
  /** How long whole-ledger aggregates (flows, sources) are kept between writes, in ms (default 30 s; 0 keeps none). */
  readonly cacheMs?: number;
}

export const API_VERSION = "1.0.0";

export async function build(options: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === true ? { level: "warn" } : (options.logger ?? false),
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
    // A request must have arrived whole within 2 minutes (408 REQUEST_TIMEOUT): a client that trickles its body
    // cannot hold a connection for ever. Node bounds the headers alone at 60 s.
    requestTimeout: 120_000,
    // Query strings like ?sparklines=true arrive as strings: let the schemas coerce them.
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
    // Errors answered before any route runs (a broken %-escape, a request Node cannot parse) keep the registry's shape too.
    frameworkErrors,
    clientErrorHandler,
  });
  // The API speaks JSON only: a text/plain body is refused (UNSUPPORTED_MEDIA_TYPE), not half-read.
  app.removeContentTypeParser("text/plain");
  const engine = await loadEngine(options.engine, { readThreads: options.readThreads ?? 0 });
  app.addHook("onClose", async () => engine.close?.());
  const writeLimit = options.writeLimit ?? { max: 30, timeWindow: 60_000 };

  await app.register(errorsPlugin);
  // A read-only ledger refuses every write at once, before any token is asked for: no token can change it.
  if (options.store.readOnly) {
    app.addHook("onRequest", async (request) => {
      if (request.routeOptions.config?.write) throw new ArmsflowError("LEDGER_READ_ONLY");
    });
  }
  await app.register(authPlugin, { token: options.token ?? null, publicReads: options.publicReads ?? false });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new ArmsflowError("RATE_LIMITED"),
  });
  for (const schema of sharedSchemas) app.addSchema(schema);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "armsflow", version: API_VERSION, description: "A sourced, quantified ledger of transfers between states. Errors are `{error: {code, message}}`; see docs/api.md." },
      components: { securitySchemes: { token: { type: "http", scheme: "bearer", description: "ARMSFLOW_TOKEN, or the token file the server made on first start" } } },
    },
  });

  const routeOptions = { store: options.store, engine, cache: new ReadCache(options.cacheMs ?? 30_000) };
  await app.register(flowRoutes, routeOptions);
  await app.register(statementRoutes, routeOptions);
  await app.register(documentRoutes, { ...routeOptions, writeLimit });
  await app.register(sourceRoutes, routeOptions);

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  app.get("/api/health", {
    schema: {
      summary: "Whether the server and its store answer, and whether the ledger takes writes",
      tags: ["meta"],
      response: {
        200: {
          type: "object",
          properties: {
            ok: { type: "boolean" },
            documents: { type: "integer" },
            read_only: { type: "boolean", description: "true: the ledger is served read-only (`serve --read-only`, or a file that cannot be written); every write answers 403 LEDGER_READ_ONLY" },
          },
        },
      },
    },
  }, async () => ({ ok: true, documents: await options.store.countDocuments(), read_only: options.store.readOnly }));

  if (options.webRoot) await app.register(webPlugin, { root: options.webRoot });
  return app;
}

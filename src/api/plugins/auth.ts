// Who may do what: writes always need the token; reads are open from loopback (and everywhere when `publicReads`).
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { ArmsflowError } from "../../core/errors.js";

export interface AuthOptions {
  /** The write token; null turns writes off entirely (every write answers FORBIDDEN). */
  readonly token: string | null;
  /** Serve reads to any address, not only loopback. */
  readonly publicReads?: boolean;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Set on routes that change the ledger: they need the token. */
    write?: boolean;
  }
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header === "string" && header.startsWith("Bearer ")) return header.slice(7).trim();
  const alt = request.headers["x-armsflow-token"];
  return typeof alt === "string" ? alt : null;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Whether a matched route pattern serves ledger data (everything under /api). No match (undefined: the
 * not-found answer, which carries no data) and the dashboard's static files are public.
 */
export function isDataRoute(route: string | undefined): boolean {
  if (route === undefined) return false;
  return route === "/api" || route.startsWith("/api/");
}

/** Throws UNAUTHORIZED when no token came, FORBIDDEN when a wrong one did. */
function requireToken(request: FastifyRequest, token: string | null): void {
  const given = bearer(request);
  if (given === null) throw new ArmsflowError("UNAUTHORIZED");
  if (token === null || !same(given, token)) throw new ArmsflowError("FORBIDDEN");
}

export const authPlugin = fp(async function auth(app: FastifyInstance, options: AuthOptions) {
  app.addHook("onRequest", async (request) => {
    if (request.routeOptions.config?.write) return requireToken(request, options.token);
    // Decided on the route that matched, never on the raw URL: `/%61pi/flows` and an absolute-URL request
    // line route to `/api/flows` and must meet the same gate.
    if (!isDataRoute(request.routeOptions.url)) return; // the dashboard's files are public: the data behind them is not
    if (options.publicReads || LOOPBACK.has(request.ip)) return;
    requireToken(request, options.token);
  });
});

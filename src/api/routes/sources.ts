// Sources with their grading and reasons, and the reporting chains that make reports less independent than they look.
import type { FastifyInstance } from "fastify";
import { isGenericSource } from "../../link/sources.js";
import { ledgerStamp } from "../cache.js";
import { sortChains } from "../chains.js";
import { errors } from "../schemas.js";
import type { RouteOptions } from "./flows.js";

export async function sourceRoutes(app: FastifyInstance, { store, engine, cache }: RouteOptions): Promise<void> {
  app.get("/api/sources", {
    schema: {
      summary: "Every source with its grading, and the reporting chains (circular ones first)",
      tags: ["sources"],
      response: {
        200: {
          type: "object",
          properties: {
            sources: { type: "array", items: { $ref: "SourceRecord#" } },
            chains: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  links: { type: "array", items: { type: "string" }, description: "the origin, each relay, the printing outlet last" },
                  circular: { type: "boolean", description: "the chain comes back to its origin or an earlier relay (A > B > A); a plain relay is not circular" },
                  statements: { type: "array", items: { type: "string" }, description: "some of the statements that took this path" },
                  statement_count: { type: "integer", description: "how many statements took this path" }, reports: { type: "integer" },
                },
              },
            },
          },
        },
        ...errors(503),
      },
    },
  }, async () => cache.get("sources", async () => cache.stamped("sources", await cache.get("stamp", () => ledgerStamp(store)), async () => {
    // Every statement is graded, read as tallies of alike statements (a few rows for a whole ledger). The answer is
    // kept as long as the ledger is unchanged (its stamp), whatever the memo's time: the grades change with a write.
    const [sources, statements, chains] = await Promise.all([store.listSources(), store.tallyStatements(), store.listChainPaths()]);
    const grades = engine.gradeSources(statements, sources);
    const key = (x: { speaker: string | null; org: string | null }) => `${x.speaker ?? ""}\u0000${x.org ?? ""}`;
    const byKey = new Map(grades.map((g) => [key(g), g]));
    const graded = sources.map((s) => {
      const g = byKey.get(key(s));
      if (!g && isGenericSource(s)) return { ...s, grade: null, reasons: [`"${s.org ?? "unnamed"}" stands for a source the reports do not name: not graded`] };
      return { ...s, grade: g?.grade ?? null, reasons: [...(g?.reasons ?? [])] };
    });
    return { sources: graded, chains: sortChains(chains) };
  })));
}

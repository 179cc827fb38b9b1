// Statements (original acts of claiming) and claims (what each document says).
import type { FastifyInstance } from "fastify";
import { ArmsflowError } from "../../core/errors.js";
import type { Statement } from "../../core/ledger.js";
import type { ClaimFilter, StatementFilter } from "../../store/store.js";
import { needsQuery, queryStatements, STATEMENT_SORTS, type StatementQuery } from "../statement-query.js";
import { certainty, errors, item, page, params } from "../schemas.js";
import type { RouteOptions } from "./flows.js";

export async function statementRoutes(app: FastifyInstance, { store, cache }: RouteOptions): Promise<void> {
  /**
   * How many statements match, whatever the page: a page that is not full ends the list, so it tells the
   * count itself; else the engine counts the matching rows (memoised like the other whole-ledger reads).
   */
  const total = async (filter: StatementFilter, returned: number): Promise<number> => {
    const { limit, offset = 0, ...rest } = filter;
    if (returned > 0 && (limit === undefined || returned < limit)) return offset + returned;
    const key = `statements:total:${JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)))}`;
    return cache.get(key, () => store.countStatements(rest));
  };

  /** Every statement the store's filters let through, with its reports, memoised like the other whole-ledger reads. */
  const matching = (filter: StatementFilter): Promise<Statement[]> => {
    const key = `statements:list:${JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)))}`;
    return cache.get(key, () => store.listStatements(filter));
  };

  app.get<{ Querystring: StatementFilter & StatementQuery }>("/api/statements", {
    schema: {
      summary: "Statements, found by words, filtered by source, state, item, certainty and dates, sorted and paged",
      tags: ["statements"],
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          q: { type: "string", maxLength: 200, description: "words that must all appear: in the states (codes and names), item, source, outlets or the sentences that carry the statement" },
          source: { type: "string", maxLength: 200, description: "part of the speaker's or body's name" },
          state: { ...params.iso3, description: "supplier or recipient" },
          supplier: params.iso3, recipient: params.iso3, item, certainty,
          unit: { type: "string", maxLength: 40 },
          since: { ...params.day, description: "stated on or after this day" },
          until: { ...params.day, description: "stated on or before this day" },
          sort: { type: "string", enum: [...STATEMENT_SORTS], description: "the order: by the day stated (the default; undated last), flow, figure (within a unit), source, certainty or number of reports; ties by id" },
          dir: { type: "string", enum: ["asc", "desc"], description: "ascending (the default) or descending" },
          ...page,
        },
      },
      response: {
        200: {
          type: "object",
          properties: {
            total: { type: "integer", description: "how many statements match the filters, whatever the page (limit and offset)" },
            offset: { type: "integer", description: "where this page starts in the whole list" },
            limit: { type: "integer", description: "the most this page holds" },
            statements: { type: "array", items: { $ref: "Statement#" } },
          },
        },
        ...errors(400, 503),
      },
    },
  }, async (request) => {
    const { q: words, until, sort, dir, ...q } = request.query;
    const filter: StatementFilter = {
      ...q,
      ...(q.state ? { state: q.state.toUpperCase() } : {}),
      ...(q.supplier ? { supplier: q.supplier.toUpperCase() } : {}),
      ...(q.recipient ? { recipient: q.recipient.toUpperCase() } : {}),
    };
    const query: StatementQuery = { q: words, until, sort, dir };
    const { limit = 100, offset = 0 } = filter;
    if (!needsQuery(query)) {
      // The store's own order (by day stated, undated last): it pages in SQL.
      const statements = await store.listStatements(filter);
      return { total: await total(filter, statements.length), offset, limit, statements };
    }
    const { limit: _l, offset: _o, ...rest } = filter;
    const found = queryStatements(await matching(rest), query);
    return { total: found.length, offset, limit, statements: found.slice(offset, offset + limit) };
  });

  app.get<{ Params: { id: string } }>("/api/statements/:id", {
    schema: {
      summary: "One statement with the reports that carry it",
      tags: ["statements"],
      params: { type: "object", required: ["id"], properties: { id: { type: "string", maxLength: 200 } } },
      response: {
        200: { type: "object", properties: { statement: { $ref: "Statement#" }, claims: { type: "array", items: { $ref: "Claim#" } } } },
        ...errors(404, 503),
      },
    },
  }, async (request) => {
    const statement = await store.getStatement(request.params.id);
    if (!statement) throw new ArmsflowError("STATEMENT_NOT_FOUND");
    return { statement, claims: await store.listClaims({ statement: statement.id }) };
  });

  app.get<{ Querystring: ClaimFilter }>("/api/claims", {
    schema: {
      summary: "Claims as extracted from each document",
      tags: ["claims"],
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          doc: { type: "string", maxLength: 200 }, statement: { type: "string", maxLength: 200 },
          supplier: params.iso3, recipient: params.iso3, item, ...page,
        },
      },
      response: { 200: { type: "object", properties: { claims: { type: "array", items: { $ref: "Claim#" } } } }, ...errors(400, 503) },
    },
  }, async (request) => {
    const q = request.query;
    return {
      claims: await store.listClaims({
        ...q,
        ...(q.supplier ? { supplier: q.supplier.toUpperCase() } : {}),
        ...(q.recipient ? { recipient: q.recipient.toUpperCase() } : {}),
      }),
    };
  });
}

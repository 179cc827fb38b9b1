// Statements (original acts of claiming) and claims (what each document says).
import type { FastifyInstance } from "fastify";
import { ArmsflowError } from "../../core/errors.js";
import type { ClaimFilter, StatementFilter } from "../../store/store.js";
import { certainty, errors, item, page, params } from "../schemas.js";
import type { RouteOptions } from "./flows.js";

export async function statementRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get<{ Querystring: StatementFilter }>("/api/statements", {
    schema: {
      summary: "Statements, filtered by source, state, item, certainty and date",
      tags: ["statements"],
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          source: { type: "string", maxLength: 200, description: "part of the speaker's or body's name" },
          state: { ...params.iso3, description: "supplier or recipient" },
          supplier: params.iso3, recipient: params.iso3, item, certainty,
          unit: { type: "string", maxLength: 40 },
          since: { ...params.day, description: "stated on or after this day" },
          ...page,
        },
      },
      response: { 200: { type: "object", properties: { statements: { type: "array", items: { $ref: "Statement#" } } } }, ...errors(400, 503) },
    },
  }, async (request) => {
    const q = request.query;
    const filter: StatementFilter = {
      ...q,
      ...(q.state ? { state: q.state.toUpperCase() } : {}),
      ...(q.supplier ? { supplier: q.supplier.toUpperCase() } : {}),
      ...(q.recipient ? { recipient: q.recipient.toUpperCase() } : {}),
    };
    return { statements: await store.listStatements(filter) };
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

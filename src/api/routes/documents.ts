// Documents: the list, one document for the reader (clean text + claims' spans), and adding a report.
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { ArmsDocument } from "../../core/document.js";
import { ArmsflowError } from "../../core/errors.js";
import type { StoredDocument } from "../../store/store.js";
import { errors, page, params } from "../schemas.js";
import type { RouteOptions } from "./flows.js";

export interface ReportBody {
  readonly text?: string;
  readonly html?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly published?: string;
  readonly id?: string;
}

const reportBody = {
  type: "object",
  additionalProperties: false,
  description: "A report: `text` or `html` (a saved page), with what is known of it",
  properties: {
    text: { type: "string" },
    html: { type: "string" },
    url: { type: "string", maxLength: 2000, pattern: "^https?://", description: "an http(s) address" },
    outlet: { type: "string", maxLength: 200 },
    title: { type: "string", maxLength: 1000 },
    published: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$" },
  },
} as const;

/** Lists carry no text: the reader asks for one document at a time. */
function summary(d: StoredDocument): Omit<StoredDocument, "raw" | "text" | "diagnostics"> {
  const { raw: _raw, text: _text, diagnostics: _diagnostics, ...rest } = d;
  return rest;
}

/** Runs the pipeline on a posted report; the id is the caller's, else one made from the content. */
async function read({ engine }: RouteOptions, body: ReportBody): Promise<ArmsDocument> {
  const content = body.html ?? body.text ?? "";
  if (!content.trim()) throw new ArmsflowError("EMPTY_REPORT");
  const format = body.html !== undefined ? "html" : "txt";
  const id = body.id ?? `web-${createHash("sha256").update(content).digest("hex").slice(0, 16)}`;
  const meta = {
    id,
    ...(body.url ? { url: body.url } : {}),
    ...(body.outlet ? { outlet: body.outlet } : {}),
    ...(body.title ? { title: body.title } : {}),
    ...(body.published ? { published: body.published } : {}),
  };
  const doc = await engine.process({ path: `${id}.${format}`, bytes: new TextEncoder().encode(content), meta });
  if (doc.failed) {
    const codes = [...new Set(doc.diagnostics.filter((d) => d.severity === "fatal").map((d) => d.code))];
    throw new ArmsflowError("REPORT_UNREADABLE", codes.length ? `(${codes.join(", ")})` : undefined);
  }
  return doc;
}

const diagnosticsOf = (doc: ArmsDocument) => doc.diagnostics.map(({ code, severity, stage, span }) => ({ code, severity, stage, ...(span ? { span } : {}) }));

export async function documentRoutes(app: FastifyInstance, options: RouteOptions & { writeLimit: { max: number; timeWindow: number } }): Promise<void> {
  const { store } = options;

  app.get<{ Querystring: { limit: number; offset: number; since?: string } }>("/api/documents", {
    schema: {
      summary: "Documents in the ledger, newest ingested first",
      tags: ["documents"],
      querystring: { type: "object", additionalProperties: false, properties: { ...page, since: params.day } },
      response: {
        200: { type: "object", properties: { total: { type: "integer" }, documents: { type: "array", items: { $ref: "DocumentSummary#" } } } },
        ...errors(400, 503),
      },
    },
  }, async (request) => {
    // Newest ingested first, as the summary says: "new since your last visit" reads the head of this list.
    const [documents, total] = await Promise.all([store.listDocuments({ ...request.query, newest: true }), store.countDocuments()]);
    return { total, documents: documents.map(summary) };
  });

  app.get<{ Params: { id: string } }>("/api/documents/:id", {
    schema: {
      summary: "One document: its clean text and its claims, each with spans into that text",
      tags: ["documents"],
      params: { type: "object", required: ["id"], properties: { id: { type: "string", maxLength: 200 } } },
      response: { 200: { $ref: "DocumentDetail#" }, ...errors(404, 503) },
    },
  }, async (request) => {
    const doc = await store.getDocument(request.params.id);
    if (!doc) throw new ArmsflowError("DOCUMENT_NOT_FOUND");
    const claims = await store.listClaims({ doc: doc.id, limit: 10_000 });
    const { raw: _raw, ...rest } = doc;
    return { ...rest, claims };
  });

  app.post<{ Body: ReportBody; Querystring: { limit: number; offset: number; text: boolean } }>("/api/extract", {
    config: { rateLimit: options.writeLimit },
    schema: {
      summary: "Reads a report and returns the claims it carries, without storing anything (a page of them: `total` counts all)",
      tags: ["documents"],
      body: reportBody,
      querystring: {
        type: "object",
        additionalProperties: false,
        properties: { ...page, limit: { ...page.limit, default: 1000 }, text: { type: "boolean", default: true, description: "false leaves the clean text out of the answer" } },
      },
      response: {
        200: {
          type: "object",
          properties: {
            document: { type: "object", properties: { id: { type: "string" }, title: { type: ["string", "null"] }, text: { type: "string" } } },
            total: { type: "integer", description: "how many claims the report carries; `claims` holds those from `offset`, at most `limit`" },
            claims: { type: "array", items: { $ref: "Claim#" } },
            diagnostics: { type: "array", items: { type: "object", additionalProperties: true } },
          },
        },
        ...errors(400, 413, 415, 422, 429),
      },
    },
  }, async (request) => {
    const doc = await read(options, request.body);
    const { limit, offset, text } = request.query;
    // A long report's answer comes in pages: one request never answers megabytes of claims at once.
    return {
      document: { id: doc.meta.id, title: doc.meta.title, ...(text ? { text: doc.text } : {}) },
      total: doc.claims.length,
      claims: doc.claims.slice(offset, offset + limit),
      diagnostics: diagnosticsOf(doc),
    };
  });

  app.post<{ Body: ReportBody }>("/api/documents", {
    config: { write: true, rateLimit: options.writeLimit },
    schema: {
      summary: "Adds a report to the ledger: reads it, stores it with its claims, and returns them (needs the token)",
      tags: ["documents"],
      security: [{ token: [] }],
      body: reportBody,
      response: {
        200: {
          type: "object",
          properties: {
            status: { type: "string", enum: ["stored", "unchanged", "new-version"] },
            key: { type: "string" },
            document: { $ref: "DocumentSummary#" },
            claims: { type: "array", items: { $ref: "Claim#" } },
            diagnostics: { type: "array", items: { type: "object", additionalProperties: true } },
          },
        },
        ...errors(400, 401, 403, 413, 415, 422, 429, 503),
      },
    },
  }, async (request) => {
    const doc = await read(options, request.body);
    const put = await store.putDocument(doc);
    if (put.status !== "unchanged") options.cache.clear();
    const stored = await store.getDocument(doc.meta.id);
    const claims = await store.listClaims({ doc: doc.meta.id, limit: 10_000 });
    return { status: put.status, key: put.key, document: stored ? summary(stored) : { ...doc.meta, key: put.key }, claims, diagnostics: diagnosticsOf(doc) };
  });

  app.delete<{ Params: { id: string } }>("/api/documents/:id", {
    config: { write: true, rateLimit: options.writeLimit },
    schema: {
      summary: "Removes a document (every version) and its claims; the statements they carried are rebuilt from the reports left, or removed (needs the token)",
      tags: ["documents"],
      security: [{ token: [] }],
      params: { type: "object", required: ["id"], properties: { id: { type: "string", maxLength: 200 } } },
      response: {
        200: {
          type: "object",
          properties: {
            status: { type: "string", enum: ["deleted"] },
            id: { type: "string" },
            versions: { type: "integer" },
            claims: { type: "integer" },
            statements: { type: "object", properties: { changed: { type: "integer" }, removed: { type: "integer" } } },
          },
        },
        ...errors(401, 403, 404, 429, 503),
      },
    },
  }, async (request) => {
    const result = await store.deleteDocument({ id: request.params.id });
    if (result.status !== "deleted") throw new ArmsflowError("DOCUMENT_NOT_FOUND");
    options.cache.clear();
    return result;
  });
}

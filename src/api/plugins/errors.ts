// Turns every failure into `{error: {code, message}}` from the registry; driver and library text never leaves the server.
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { ArmsflowError, ERRORS, errorBody, type ErrorCode } from "../../core/errors.js";

/** Fastify's own error codes, mapped onto ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "BODY_TOO_LARGE",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "BAD_REQUEST",
  FST_ERR_CTP_EMPTY_JSON_BODY: "BAD_JSON",
  FST_ERR_CTP_INVALID_JSON_BODY: "BAD_JSON",
  FST_ERR_VALIDATION: "BAD_REQUEST",
};

function classify(error: FastifyError | Error): { code: ErrorCode; detail?: string } {
  if (error instanceof ArmsflowError) return { code: error.code, detail: error.detail };
  const fe = error as FastifyError;
  if (fe.validation) return { code: "BAD_REQUEST", detail: fe.message }; // schema messages are ours: "querystring/limit must be <= 1000"
  if (fe.code && FASTIFY_CODES[fe.code]) return { code: FASTIFY_CODES[fe.code] };
  if (error instanceof SyntaxError && fe.statusCode === 400) return { code: "BAD_JSON" };
  if (fe.statusCode === 429) return { code: "RATE_LIMITED" };
  if (fe.statusCode === 413) return { code: "BODY_TOO_LARGE" };
  if (fe.statusCode === 415) return { code: "UNSUPPORTED_MEDIA_TYPE" };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return { code: "BAD_REQUEST" };
  // Connection refusals from a database driver: the store is down, not the request wrong.
  if (/ECONNREFUSED|ENOTFOUND|SQLITE_CANTOPEN|Connection terminated/.test(String(fe.code ?? "") + " " + error.message)) return { code: "STORE_UNAVAILABLE" };
  return { code: "INTERNAL" };
}

export const errorsPlugin = fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, detail } = classify(error);
    const body = errorBody(code, detail);
    const status = ERRORS[code].status;
    // The full error goes to the server's log only; the client gets the registry's words.
    if (status >= 500) request.log.error({ err: error }, "request failed");
    // Headers a plugin set (Retry-After from the rate limit) stay; the body is ours.
    return reply.code(status).type("application/json; charset=utf-8").send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0];
    if (app.hasDecorator("spaIndex") && request.method === "GET" && !path.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    return reply.code(404).send(errorBody("NOT_FOUND"));
  });
});

/**
 * Errors Fastify answers before any route or hook runs (a path with a broken %-escape, an over-long path
 * parameter): the same registry body. Passed to Fastify as `frameworkErrors`.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const code: ErrorCode = error.code === "FST_ERR_BAD_URL" || error.code === "FST_ERR_MAX_PARAM_LENGTH" ? "BAD_REQUEST" : "INTERNAL";
  if (code === "INTERNAL") request.log.error({ err: error }, "request failed");
  void reply.code(ERRORS[code].status).type("application/json; charset=utf-8").send(errorBody(code));
}

/**
 * A request Node's HTTP parser refuses (a broken header line, headers too large, a request too slow): the
 * registry body on the raw socket, then the socket closed. Passed to Fastify as `clientErrorHandler`.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const code: ErrorCode = error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "REQUEST_TIMEOUT" : error.code === "HPE_HEADER_OVERFLOW" ? "HEADERS_TOO_LARGE" : "BAD_REQUEST";
  const { status } = ERRORS[code];
  const body = JSON.stringify(errorBody(code));
  const reason = { 400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large" }[status as 400 | 408 | 431];
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

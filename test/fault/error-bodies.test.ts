// Every error the API answers has the documented shape (docs/api.md): `{"error": {"code", "message"}}` with
// a registry code, the registry's status, a JSON content type and a message that starts with the registry's
// words. Each kind of error route is hit once: unknown routes, bad parameters, bad bodies, body limits,
// media types, the rate limit, the token, a store that is away, and malformed URLs.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { ERRORS, isErrorCode } from "../../src/core/errors.js";
import { sqliteEngine } from "../store/engines.js";
import { seed } from "../api/seed.js";

interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** Asserts the documented shape and returns the code. */
function expectShape(r: Answer, status: number, code?: string): void {
  expect(r.statusCode, r.body).toBe(status);
  expect(String(r.headers["content-type"] ?? "")).toMatch(/^application\/json/);
  const body = JSON.parse(r.body) as { error?: { code?: unknown; message?: unknown } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(Object.keys(body.error ?? {}).sort()).toEqual(["code", "message"]);
  const got = body.error!.code;
  expect(isErrorCode(got), `code ${String(got)}`).toBe(true);
  if (code) expect(got).toBe(code);
  const spec = ERRORS[got as keyof typeof ERRORS];
  expect(spec.status).toBe(status);
  expect(typeof body.error!.message).toBe("string");
  expect(String(body.error!.message).startsWith(spec.message)).toBe(true);
}

const TOKEN = "fault-token-1234";
const json = { "content-type": "application/json" };

describe("error bodies have the documented shape", () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let webRoot: string;
  beforeAll(async () => {
    const opened = await sqliteEngine.open();
    dispose = opened.dispose;
    await seed(opened.store);
    webRoot = mkdtempSync(join(tmpdir(), "armsflow-web-"));
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(webRoot, "assets", "app.js"), "void 0;");
    app = await build({ store: opened.store, token: TOKEN, webRoot, writeLimit: { max: 3, timeWindow: 60_000 } });
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const cases: { name: string; status: number; code: string; req: () => Parameters<FastifyInstance["inject"]>[0] }[] = [
    { name: "unknown API route", status: 404, code: "NOT_FOUND", req: () => ({ url: "/api/nothing-here" }) },
    { name: "unknown API route, POST", status: 404, code: "NOT_FOUND", req: () => ({ method: "POST", url: "/api/nothing-here", headers: json, payload: "{}" }) },
    { name: "known route, wrong method", status: 404, code: "NOT_FOUND", req: () => ({ method: "DELETE", url: "/api/documents" }) },
    { name: "missing dashboard asset", status: 404, code: "NOT_FOUND", req: () => ({ url: "/assets/missing-0000.js" }) },
    { name: "missing file with an extension", status: 404, code: "NOT_FOUND", req: () => ({ url: "/robots.txt" }) },
    { name: "traversal out of the dashboard", status: 404, code: "NOT_FOUND", req: () => ({ url: "/assets/..%2f..%2f..%2fetc%2fhosts.txt" }) },
    { name: "unknown document", status: 404, code: "DOCUMENT_NOT_FOUND", req: () => ({ url: "/api/documents/no-such-doc" }) },
    { name: "unknown statement", status: 404, code: "STATEMENT_NOT_FOUND", req: () => ({ url: "/api/statements/no-such-statement" }) },
    { name: "unknown flow", status: 404, code: "FLOW_NOT_FOUND", req: () => ({ url: "/api/flows/AAA/BBB/drones" }) },
    { name: "bad paging", status: 400, code: "BAD_REQUEST", req: () => ({ url: "/api/documents?limit=0" }) },
    { name: "huge offset", status: 400, code: "BAD_REQUEST", req: () => ({ url: "/api/claims?offset=1e20" }) },
    { name: "unknown query parameter", status: 400, code: "BAD_REQUEST", req: () => ({ url: "/api/documents?nonsense=1" }) },
    { name: "bad state code", status: 400, code: "BAD_REQUEST", req: () => ({ url: "/api/flows?state=12345" }) },
    { name: "bad item in a flow path", status: 400, code: "BAD_REQUEST", req: () => ({ url: "/api/flows/PRK/RUS/not-an-item" }) },
    { name: "bad body field", status: 400, code: "BAD_REQUEST", req: () => ({ method: "POST", url: "/api/extract", headers: json, payload: JSON.stringify({ text: "x", published: "yesterday" }) }) },
    { name: "body not an object", status: 400, code: "BAD_REQUEST", req: () => ({ method: "POST", url: "/api/extract", headers: json, payload: "[1,2]" }) },
    { name: "broken JSON", status: 400, code: "BAD_JSON", req: () => ({ method: "POST", url: "/api/extract", headers: json, payload: "{\"text\": " }) },
    { name: "empty JSON body", status: 400, code: "BAD_JSON", req: () => ({ method: "POST", url: "/api/extract", headers: json, payload: "" }) },
    { name: "JSON with a prototype key", status: 400, code: "BAD_JSON", req: () => ({ method: "POST", url: "/api/extract", headers: json, payload: "{\"__proto__\": {\"x\": 1}, \"text\": \"a\"}" }) },
    { name: "empty report", status: 400, code: "EMPTY_REPORT", req: () => ({ method: "POST", url: "/api/extract", headers: json, payload: JSON.stringify({ text: "   " }) }) },
    { name: "body over the limit", status: 413, code: "BODY_TOO_LARGE", req: () => ({ method: "POST", url: "/api/extract", headers: json, payload: JSON.stringify({ text: "a".repeat(2 * 1024 * 1024 + 10) }) }) },
    { name: "text/plain body", status: 415, code: "UNSUPPORTED_MEDIA_TYPE", req: () => ({ method: "POST", url: "/api/extract", headers: { "content-type": "text/plain" }, payload: "hello" }) },
    { name: "form body", status: 415, code: "UNSUPPORTED_MEDIA_TYPE", req: () => ({ method: "POST", url: "/api/extract", headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "text=a" }) },
    { name: "no token on a write", status: 401, code: "UNAUTHORIZED", req: () => ({ method: "POST", url: "/api/documents", headers: json, payload: JSON.stringify({ text: "a" }) }) },
    { name: "token in the query only", status: 401, code: "UNAUTHORIZED", req: () => ({ method: "POST", url: `/api/documents?token=${TOKEN}`, headers: json, payload: JSON.stringify({ text: "a" }) }) },
    { name: "Basic credentials", status: 401, code: "UNAUTHORIZED", req: () => ({ method: "POST", url: "/api/documents", headers: { ...json, authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString("base64")}` }, payload: JSON.stringify({ text: "a" }) }) },
    { name: "wrong token", status: 403, code: "FORBIDDEN", req: () => ({ method: "POST", url: "/api/documents", headers: { ...json, authorization: "Bearer wrong" }, payload: JSON.stringify({ text: "a" }) }) },
    { name: "read from another address", status: 401, code: "UNAUTHORIZED", req: () => ({ url: "/api/flows", remoteAddress: "203.0.113.9" }) },
    { name: "read from another address, encoded path", status: 401, code: "UNAUTHORIZED", req: () => ({ url: "/%61pi/documents", remoteAddress: "203.0.113.9" }) },
    { name: "read from another address, wrong token", status: 403, code: "FORBIDDEN", req: () => ({ url: "/api/sources", remoteAddress: "203.0.113.9", headers: { authorization: "Bearer nope" } }) },
  ];

  // Each case comes from its own address (the rate limit counts per client) and, unless it tests the
  // token, carries it (reads from an address other than loopback need it).
  let client = 0;
  for (const c of cases) {
    it(`${c.status} ${c.code}: ${c.name}`, async () => {
      const req = c.req() as { headers?: Record<string, string>; remoteAddress?: string };
      client++;
      const tokenCase = c.status === 401 || c.status === 403;
      const r = await app.inject({
        ...req,
        remoteAddress: req.remoteAddress ?? `198.51.100.${client}`,
        headers: { ...(tokenCase ? {} : { authorization: `Bearer ${TOKEN}` }), ...req.headers },
      } as Parameters<FastifyInstance["inject"]>[0]);
      expectShape(r, c.status, c.code);
    });
  }

  it("a malformed percent-encoding in the path answers 400 BAD_REQUEST in shape", async () => {
    for (const url of ["/api/documents/%E0%A4%A", "/api/%zz", "/%"]) {
      const r = await app.inject({ url });
      expectShape(r, 400, "BAD_REQUEST");
    }
  });

  it("a traversal the dashboard's fallback meets gives its index, never a file outside", async () => {
    const r = await app.inject({ url: "/assets/..%2f..%2f..%2fetc%2fpasswd" });
    expect(r.body).not.toMatch(/root:/);
    if (r.statusCode !== 200) expectShape(r, r.statusCode);
  });

  it("429 RATE_LIMITED: the fourth extraction in a minute, with Retry-After", async () => {
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await app.inject({ method: "POST", url: "/api/extract", remoteAddress: "127.0.0.1", headers: json, payload: JSON.stringify({ text: `Line ${i}.` }) }));
    const limited = answers.filter((a) => a.statusCode === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const r of limited) {
      expectShape(r, 429, "RATE_LIMITED");
      expect(r.headers["retry-after"]).toBeDefined();
    }
  });
});

describe("error bodies when the store is away", () => {
  it("503 STORE_UNAVAILABLE (or 500 INTERNAL) in shape, never driver text", async () => {
    const opened = await sqliteEngine.open();
    const app = await build({ store: opened.store, token: TOKEN });
    try {
      await opened.dispose(); // closes the store and removes its file
      for (const url of ["/api/documents", "/api/health", "/api/flows", "/api/statements"]) {
        const r = await app.inject({ url });
        expect([500, 503]).toContain(r.statusCode);
        expectShape(r, r.statusCode);
        expect(r.body).not.toMatch(/sqlite|database connection|TypeError|at \w+ \(/i);
      }
    } finally {
      await app.close();
    }
  });
});

describe("error bodies over a real socket", () => {
  let app: FastifyInstance;
  let port: number;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await sqliteEngine.open();
    dispose = opened.dispose;
    app = await build({ store: opened.store, token: TOKEN });
    await app.listen({ host: "127.0.0.1", port: 0 });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  const raw = (lines: string): Promise<Answer> => new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (d) => { data += d.toString("latin1"); });
    socket.on("error", reject);
    socket.on("close", () => {
      const [head, ...rest] = data.split("\r\n\r\n");
      const [status, ...headerLines] = head.split("\r\n");
      const headers: Record<string, string> = {};
      for (const l of headerLines) {
        const i = l.indexOf(":");
        headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ statusCode: Number(status.split(" ")[1]), headers, body: rest.join("\r\n\r\n") });
    });
    socket.end(lines);
  });

  it("a malformed percent-encoding answers 400 in shape", async () => {
    const r = await raw("GET /api/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expectShape(r, 400, "BAD_REQUEST");
  });

  it("a header line Node cannot parse answers 400 in shape", async () => {
    const r = await raw("GET /api/flows HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n");
    expectShape(r, 400, "BAD_REQUEST");
  });

  it("a request line that is not HTTP answers 400 in shape", async () => {
    const r = await raw("HELLO THERE\r\n\r\n");
    expectShape(r, 400, "BAD_REQUEST");
  });

  it("headers over Node's limit answer 431 HEADERS_TOO_LARGE in shape", async () => {
    const r = await raw(`GET /api/flows HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\nConnection: close\r\n\r\n`);
    expectShape(r, 431, "HEADERS_TOO_LARGE");
  });
});

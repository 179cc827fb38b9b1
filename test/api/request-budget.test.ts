// A large POST /api/extract does not hold the server (issue 13.4): past the request's time budget the report
// fails with the named diagnostic `time-budget` (422 REPORT_UNREADABLE), and the server answers the next request.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { requestBudgetMs } from "../../src/api/engine.js";
import { sqliteEngine } from "../store/engines.js";

describe("the time budget of one request", () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  const saved = process.env.ARMSFLOW_REQUEST_BUDGET_MS;
  beforeAll(async () => {
    const opened = await sqliteEngine.open();
    dispose = opened.dispose;
    app = await build({ store: opened.store, token: "t" });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.ARMSFLOW_REQUEST_BUDGET_MS;
    else process.env.ARMSFLOW_REQUEST_BUDGET_MS = saved;
    await app?.close();
    await dispose?.();
  });

  it("a report over the budget answers 422 naming time-budget; the server then answers health", async () => {
    process.env.ARMSFLOW_REQUEST_BUDGET_MS = "1";
    const text = Array.from({ length: 4000 }, (_, i) => `North Korea shipped ${1000 + i} containers of shells to Russia in March, the ministry said.`).join("\n");
    const r = await app.inject({ method: "POST", url: "/api/extract", payload: { text } });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toEqual({ code: "REPORT_UNREADABLE", message: expect.stringContaining("time-budget") });
    const health = await app.inject({ url: "/api/health" });
    expect(health.statusCode).toBe(200);
    delete process.env.ARMSFLOW_REQUEST_BUDGET_MS;
    const small = await app.inject({ method: "POST", url: "/api/extract", payload: { text: "North Korea shipped 300 containers of shells to Russia in March, the ministry said." } });
    expect(small.statusCode).toBe(200);
  });

  it("the budget is read from ARMSFLOW_REQUEST_BUDGET_MS, else 10 s", () => {
    expect(requestBudgetMs({})).toBe(10_000);
    expect(requestBudgetMs({ ARMSFLOW_REQUEST_BUDGET_MS: "2500" })).toBe(2500);
  });
});

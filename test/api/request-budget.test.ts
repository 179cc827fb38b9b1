// A large POST /api/extract does not hold the server: past the request's time budget the report
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

  it("answers a long report's claims a page at a time, with their total, and the text only when asked", async () => {
    const text = Array.from({ length: 30 }, (_, i) => `Belarus sent ${40 + i} tanks to Russia in May ${2000 + i}, the ministry said.`).join("\n");
    const whole = await app.inject({ method: "POST", url: "/api/extract", payload: { text } });
    expect(whole.statusCode).toBe(200);
    const all = whole.json() as { total: number; claims: { quantity: { value: number } | null }[]; document: { text?: string } };
    expect(all.total).toBe(all.claims.length);
    expect(all.total).toBeGreaterThanOrEqual(20);
    expect(all.document.text).toContain("Belarus sent 40 tanks");
    const paged = await app.inject({ method: "POST", url: "/api/extract?limit=5&offset=5&text=false", payload: { text } });
    expect(paged.statusCode).toBe(200);
    const part = paged.json() as typeof all;
    expect(part.total).toBe(all.total);
    expect(part.claims).toEqual(all.claims.slice(5, 10));
    expect(part.document.text).toBeUndefined();
    const bad = await app.inject({ method: "POST", url: "/api/extract?limit=0", payload: { text } });
    expect(bad.statusCode).toBe(400);
  });

  it("the budget is read from ARMSFLOW_REQUEST_BUDGET_MS, else 10 s", () => {
    expect(requestBudgetMs({})).toBe(10_000);
    expect(requestBudgetMs({ ARMSFLOW_REQUEST_BUDGET_MS: "2500" })).toBe(2500);
  });
});

describe("reading threads: a long report never stalls the other requests", () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let base: string;
  beforeAll(async () => {
    const opened = await sqliteEngine.open();
    dispose = opened.dispose;
    app = await build({ store: opened.store, token: "t", readThreads: 1 });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it("health answers while a long report is read on its thread, and the report's claims come back whole", async () => {
    // Warm the thread (it starts with the first report), so that what follows measures reading, not start-up.
    const warm = await fetch(`${base}/api/extract`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Belarus sent 40 tanks to Russia in May, the ministry said." }) });
    expect(warm.status).toBe(200);
    expect((await warm.json()).claims.length).toBeGreaterThan(0);

    const text = Array.from({ length: 1500 }, (_, i) => `Iran shipped ${1000 + i} drones to Russia in March, the ministry said, while officials in Kyiv said ${200 + i} more were on the way.`).join("\n");
    let done = false;
    const order: string[] = [];
    const long = fetch(`${base}/api/extract`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) }).then(async (r) => {
      done = true;
      order.push("extract");
      return { status: r.status, body: await r.json() };
    });
    // Ask for health until the long report is answered: on the server's own thread the first answer would only
    // come after it; with a reading thread health answers while it is read.
    const answers: number[] = [];
    while (!done && answers.length < 200) {
      const h = await fetch(`${base}/api/health`);
      answers.push(h.status);
      if (!done) order.push("health");
      await new Promise((r) => setTimeout(r, 20));
    }
    const result = await long;
    expect(answers.every((s) => s === 200)).toBe(true);
    // On the server's own thread at most the first one or two slip in before reading starts; then none till it ends.
    expect(order.indexOf("extract")).toBeGreaterThanOrEqual(5);
    expect([200, 422]).toContain(result.status);
    if (result.status === 200) expect(result.body.claims.length).toBeGreaterThan(100);
  }, 120_000);
});

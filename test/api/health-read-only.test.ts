// GET /api/health says whether the ledger takes writes, so the dashboard can leave out "Add a report"
// on a ledger served read-only instead of offering a form every use of which is refused.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { OVERVIEW_PRELOAD } from "../../src/api/plugins/web.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { seed } from "./seed.js";

describe("health and the ledger's access", () => {
  let dir: string;
  const stores: Store[] = [];
  const apps: FastifyInstance[] = [];
  let writable: FastifyInstance;
  let readOnly: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "armsflow-health-"));
    const db = join(dir, "ledger.db");
    const store = await openStore({ db });
    await seed(store);
    const ro = await openStore({ db, readOnly: true });
    stores.push(store, ro);
    writable = await build({ store, token: "health" });
    readOnly = await build({ store: ro, token: "health" });
    apps.push(writable, readOnly);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers read_only: false on a ledger that takes writes, true on one served read-only", async () => {
    expect((await writable.inject({ url: "/api/health" })).json()).toEqual({ ok: true, documents: 4, read_only: false });
    expect((await readOnly.inject({ url: "/api/health" })).json()).toEqual({ ok: true, documents: 4, read_only: true });
  });

  it("agrees with what a write meets: refused as LEDGER_READ_ONLY exactly when health says read-only", async () => {
    const body = { text: "Freight crews said Minsk had sent 30 fuel trucks to Tbilisi last week.", outlet: "Test Wire", published: "2025-03-02" };
    const post = (app: FastifyInstance) => app.inject({ method: "POST", url: "/api/documents", headers: { authorization: "Bearer health" }, payload: body });
    const refused = await post(readOnly);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, "LEDGER_READ_ONLY"]);
    expect((await post(writable)).statusCode).toBeLessThan(300);
  });

  it("describes read_only in the OpenAPI document", async () => {
    const spec = (await readOnly.inject({ url: "/api/openapi.json" })).json();
    expect(spec.paths["/api/health"].get.responses["200"].content["application/json"].schema.properties.read_only.type).toBe("boolean");
  });

  it("names the overview's first reads as preloads, at the very addresses the page asks for", () => {
    expect(OVERVIEW_PRELOAD).toBe("</api/flows>; rel=preload; as=fetch; crossorigin=anonymous, </api/documents?limit=30>; rel=preload; as=fetch; crossorigin=anonymous");
  });
});

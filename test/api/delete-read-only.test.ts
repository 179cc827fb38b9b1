// DELETE /api/documents/:id behind the write token, and a ledger served read-only: reads answer, every
// write is refused as LEDGER_READ_ONLY (in the documented error shape) before any token is asked for.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { serve } from "../../src/api/server.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { engines } from "../store/engines.js";
import { seed } from "./seed.js";

const TOKEN = "test-token-delete";
const auth = { authorization: `Bearer ${TOKEN}` };

for (const engine of await engines()) {
  describe.skipIf(engine.absent === true)(`DELETE /api/documents/:id on ${engine.name}`, () => {
    let store: Store;
    let app: FastifyInstance;
    let dispose: () => Promise<void>;
    let options: { db?: string; databaseUrl?: string; schema?: string };
    const apps: FastifyInstance[] = [];
    const stores: Store[] = [];

    beforeAll(async () => {
      const opened = await engine.open();
      ({ store, dispose, options } = opened);
      await seed(store);
      app = await build({ store, token: TOKEN });
    });
    afterEach(async () => {
      for (const a of apps.splice(0)) await a.close();
      for (const s of stores.splice(0)) await s.close();
    });
    afterAll(async () => {
      await app?.close();
      await dispose?.();
    });

    it("needs the token, removes the document and its claims, and the flows answer without it at once", async () => {
      const before = (await app.inject({ url: "/api/flows" })).json();
      const reports = (b: { flows: { supplier: string; item: string; reports: number }[] }) => b.flows.find((f) => f.supplier === "PRK" && f.item === "artillery-ammunition")!.reports;
      expect((await app.inject({ method: "DELETE", url: "/api/documents/seed-relay-digest" })).json()).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });
      expect((await app.inject({ method: "DELETE", url: "/api/documents/seed-relay-digest", headers: { authorization: "Bearer wrong" } })).statusCode).toBe(403);
      const r = await app.inject({ method: "DELETE", url: "/api/documents/seed-relay-digest", headers: auth });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ status: "deleted", id: "seed-relay-digest", versions: 1, claims: 1, statements: { changed: 1, removed: 0 } });
      expect((await app.inject({ url: "/api/documents/seed-relay-digest" })).json().error.code).toBe("DOCUMENT_NOT_FOUND");
      expect((await app.inject({ url: "/api/claims?doc=seed-relay-digest" })).json().claims).toEqual([]);
      expect(reports((await app.inject({ url: "/api/flows" })).json())).toBe(reports(before) - 1);
      const again = await app.inject({ method: "DELETE", url: "/api/documents/seed-relay-digest", headers: auth });
      expect([again.statusCode, again.json()]).toEqual([404, { error: { code: "DOCUMENT_NOT_FOUND", message: "No document with this id." } }]);
    });

    it("is described in the OpenAPI document with its token", async () => {
      const spec = (await app.inject({ url: "/api/openapi.json" })).json();
      expect(spec.paths["/api/documents/{id}"].delete.security).toEqual([{ token: [] }]);
    });

    it("served read-only: reads answer, writes are LEDGER_READ_ONLY with or without a token", async () => {
      const ro = await openStore({ ...options, readOnly: true });
      stores.push(ro);
      const roApp = await build({ store: ro, token: TOKEN });
      apps.push(roApp);
      expect((await roApp.inject({ url: "/api/flows" })).statusCode).toBe(200);
      expect((await roApp.inject({ url: "/api/health" })).json()).toMatchObject({ ok: true });
      const refused = { error: { code: "LEDGER_READ_ONLY", message: "The ledger is served read-only: it cannot be changed." } };
      for (const headers of [{}, auth]) {
        const post = await roApp.inject({ method: "POST", url: "/api/documents", headers, payload: { text: "Officials said 40 trucks crossed the border.", published: "2024-06-01" } });
        expect([post.statusCode, post.json()]).toEqual([403, refused]);
        const del = await roApp.inject({ method: "DELETE", url: "/api/documents/seed-harbour-wire", headers });
        expect([del.statusCode, del.json()]).toEqual([403, refused]);
      }
      expect((await roApp.inject({ url: "/api/documents/seed-harbour-wire" })).statusCode).toBe(200);
    });
  });
}

describe("armsflow serve --read-only", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "armsflow-serve-ro-"));
    const store = await openStore({ db: join(dir, "ledger.db") });
    await seed(store);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("serves the ledger, says it is read-only, and refuses writes", async () => {
    const lines: string[] = [];
    const running = await serve({ db: join(dir, "ledger.db"), readOnly: true, port: 0, dataDir: dir, print: (l) => void lines.push(l) });
    try {
      expect(lines[0]).toMatch(/4 documents in .*ledger\.db, read-only: writes are refused/);
      expect(running.store.readOnly).toBe(true);
      const r = await running.app.inject({ method: "POST", url: "/api/documents", payload: { text: "Officials said 40 trucks crossed." } });
      expect(r.json().error.code).toBe("LEDGER_READ_ONLY");
    } finally {
      await running.close();
    }
  });
});

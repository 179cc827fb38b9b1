// Paging parameters out of range: `offset=1e20` and friends answer 400 in the registry's shape, never 500.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { sqliteEngine } from "../store/engines.js";
import { seed } from "./seed.js";

describe("paging parameters out of range", () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await sqliteEngine.open();
    dispose = opened.dispose;
    await seed(opened.store);
    app = await build({ store: opened.store, token: "t" });
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  const routes = ["/api/documents", "/api/statements", "/api/claims"];
  for (const route of routes) {
    for (const q of ["offset=1e20", "offset=99999999999999999999", "offset=9007199254740993", "limit=1e20", "offset=-1", "offset=1.5"]) {
      it(`GET ${route}?${q} answers 400 BAD_REQUEST`, async () => {
        const r = await app.inject({ url: `${route}?${q}` });
        expect(r.statusCode).toBe(400);
        expect(r.json().error.code).toBe("BAD_REQUEST");
      });
    }
    it(`GET ${route}?offset=1000000 (past the end) answers an empty page`, async () => {
      const r = await app.inject({ url: `${route}?offset=1000000` });
      expect(r.statusCode).toBe(200);
    });
  }
});

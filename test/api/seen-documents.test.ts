// A report posted to /api/documents that gives no claim is recorded as seen only: the reader's endpoint says so
// (`seen: true`, an empty text) and the list marks it; a store opened with keepEmpty (`serve --keep-empty`) keeps it whole.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { engines } from "../store/engines.js";

const TOKEN = "test-token-seen";
const auth = { authorization: `Bearer ${TOKEN}` };
const QUIET = "The harbour museum reopened on Saturday after a year of repairs to its roof. Entry stays free for children.";

for (const engine of await engines()) {
  describe.skipIf(engine.absent === true)(`pages seen only through the API on ${engine.name}`, () => {
    let store: Store;
    let app: FastifyInstance;
    let dispose: () => Promise<void>;
    let options: { db?: string; databaseUrl?: string; schema?: string };
    beforeAll(async () => {
      ({ store, dispose, options } = await engine.open());
      app = await build({ store, token: TOKEN });
    });
    afterAll(async () => {
      await app?.close();
      await dispose?.();
    });

    it("records a posted page without claims as seen, says so when read, and finds it unchanged when posted again", async () => {
      const post = await app.inject({ method: "POST", url: "/api/documents", headers: auth, payload: { text: QUIET, id: "museum", outlet: "Quay Times", published: "2024-09-14" } });
      expect(post.statusCode).toBe(200);
      expect(post.json()).toMatchObject({ status: "stored", claims: [], document: { id: "museum", seen: true } });
      const got = (await app.inject({ url: "/api/documents/museum" })).json();
      expect(got).toMatchObject({ id: "museum", seen: true, text: "", outlet: "Quay Times", published: "2024-09-14", claims: [] });
      expect(got.hash).toMatch(/^[0-9a-f]{64}$/);
      const list = (await app.inject({ url: "/api/documents" })).json();
      expect(list.documents.find((d: { id: string }) => d.id === "museum")).toMatchObject({ seen: true });
      const again = await app.inject({ method: "POST", url: "/api/documents", headers: auth, payload: { text: QUIET, id: "museum", outlet: "Quay Times", published: "2024-09-14" } });
      expect(again.json().status).toBe("unchanged");
    });

    it("keeps such a page whole when the store keeps empty pages", async () => {
      const kept = await openStore({ ...options, keepEmpty: true });
      const keptApp = await build({ store: kept, token: TOKEN });
      try {
        await keptApp.inject({ method: "POST", url: "/api/documents", headers: auth, payload: { text: QUIET, id: "museum-kept" } });
        expect((await keptApp.inject({ url: "/api/documents/museum-kept" })).json()).toMatchObject({ seen: false, text: QUIET });
      } finally {
        await keptApp.close();
        await kept.close();
      }
    });
  });
}

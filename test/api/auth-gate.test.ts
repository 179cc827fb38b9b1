// The read gate is decided on the route that matched: encoded or absolute request lines from another
// address meet the same gate as the plain path.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { sqliteEngine } from "../store/engines.js";
import { seed } from "./seed.js";

const TOKEN = "gate-token-456";
const FAR = "203.0.113.9"; // a documentation address: never contacted, only stamped on injected requests

describe("read gate from a non-loopback address", () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await sqliteEngine.open();
    dispose = opened.dispose;
    await seed(opened.store);
    app = await build({ store: opened.store, token: TOKEN });
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  const paths = ["/api/flows", "/%61pi/flows", "/ap%69/flows", "/%61%70%69/statements", "/%61pi/sources", "/%61pi/claims", "/%61pi/documents", "/%61pi/documents/seed-harbour-wire", "/api/flows/PRK/RUS/artillery-ammunition", "/%61pi/flows/PRK/RUS/artillery-ammunition", "/api//flows"];
  for (const url of paths) {
    it(`refuses GET ${url} without a token and answers it with one`, async () => {
      const without = await app.inject({ url, remoteAddress: FAR });
      expect([401, 404]).toContain(without.statusCode);
      expect(without.body).not.toMatch(/Park Jae-ho|containers|"flows"/);
      if (without.statusCode === 401) {
        const withToken = await app.inject({ url, remoteAddress: FAR, headers: { authorization: `Bearer ${TOKEN}` } });
        expect(withToken.statusCode).toBe(200);
      }
    });
  }

  it("refuses an absolute-URL request line", async () => {
    const r = await app.inject({ url: "http://localhost/api/flows", remoteAddress: FAR });
    expect([401, 404]).toContain(r.statusCode);
    expect(r.body).not.toMatch(/"flows"/);
  });

  it("needs the token for POST /%61pi/extract and /api/extract", async () => {
    for (const url of ["/api/extract", "/%61pi/extract", "/ap%69/extract"]) {
      const r = await app.inject({ method: "POST", url, remoteAddress: FAR, payload: { text: "Ruritania sent 40 tanks to Freedonia, its minister said." } });
      expect(r.statusCode, url).toBe(401);
    }
  });

  it("keeps reads open on loopback, encoded or not", async () => {
    for (const url of ["/api/flows", "/%61pi/flows"]) {
      const r = await app.inject({ url, remoteAddress: "127.0.0.1" });
      expect(r.statusCode, url).toBe(200);
    }
  });
});

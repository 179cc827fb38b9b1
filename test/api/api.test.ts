// The HTTP API in-process (inject), over a real store on SQLite and on PostgreSQL.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import type { Store } from "../../src/store/store.js";
import { engines } from "../store/engines.js";
import { seed } from "./seed.js";

const TOKEN = "test-token-123";
const auth = { authorization: `Bearer ${TOKEN}` };

for (const engine of await engines()) {
  describe.skipIf(engine.absent === true)(`API on ${engine.name}`, () => {
    let store: Store;
    let app: FastifyInstance;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const opened = await engine.open();
      store = opened.store;
      dispose = opened.dispose;
      await seed(store);
      app = await build({ store, token: TOKEN });
    });
    afterAll(async () => {
      await app?.close();
      await dispose?.();
    });

    const get = async (url: string) => {
      const r = await app.inject({ url });
      return { status: r.statusCode, body: r.json() };
    };

    it("lists flows with their latest figure and, on request, their figures over time", async () => {
      const { status, body } = await get("/api/flows?sparklines=true");
      expect(status).toBe(200);
      const shells = body.flows.find((f: { supplier: string; recipient: string; item: string }) => f.supplier === "PRK" && f.recipient === "RUS" && f.item === "artillery-ammunition");
      expect(shells.latest.quantity.unit).toBe("containers");
      expect(shells.points.length).toBeGreaterThanOrEqual(2);
      const oil = await get("/api/flows?state=prk&item=oil-fuel");
      expect(oil.body.flows.map((f: { supplier: string }) => f.supplier)).toEqual(["RUS"]);
    });

    it("gives one flow with its statements in time order, estimate curves, likelihood and the reverse flow", async () => {
      const { status, body } = await get("/api/flows/PRK/RUS/artillery-ammunition");
      expect(status).toBe(200);
      const stated = body.statements.map((s: { stated: string }) => s.stated);
      expect(stated).toEqual([...stated].sort());
      expect(Array.isArray(body.estimate)).toBe(true);
      expect(body.estimate[0].unit).toBe("containers");
      expect(typeof body.likelihood.phrase).toBe("string");
      expect(body.reverse.flows.map((f: { item: string }) => f.item)).toContain("oil-fuel");
      expect(body.balance.kind).toBe("balance");
    });

    it("answers FLOW_NOT_FOUND for a flow nobody reports, BAD_REQUEST for an unknown item", async () => {
      expect(await get("/api/flows/FRA/PRK/drones")).toMatchObject({ status: 404, body: { error: { code: "FLOW_NOT_FOUND" } } });
      expect(await get("/api/flows/PRK/RUS/spoons")).toMatchObject({ status: 400, body: { error: { code: "BAD_REQUEST" } } });
    });

    it("filters statements by source, state, certainty and date", async () => {
      const park = await get("/api/statements?source=park");
      expect(park.body.statements.length).toBeGreaterThan(0);
      for (const s of park.body.statements) expect(s.source.speaker).toMatch(/Park/);
      const believed = await get("/api/statements?certainty=believed");
      expect(believed.body.statements.every((s: { certainty: string }) => s.certainty === "believed")).toBe(true);
      const russiaSends = await get("/api/statements?state=RUS&item=oil-fuel");
      expect(russiaSends.body.statements).toHaveLength(1);
      const late = await get("/api/statements?since=2024-01-01");
      expect(late.body.statements.every((s: { stated: string }) => s.stated >= "2024-01-01")).toBe(true);
      expect(await get("/api/statements?since=last-tuesday")).toMatchObject({ status: 400, body: { error: { code: "BAD_REQUEST" } } });
    });

    it("gives a statement with its reports, and the claims that carry it", async () => {
      const list = await get("/api/statements?source=park&since=2024-01-01");
      const retold = list.body.statements.find((s: { reports: unknown[] }) => s.reports.length > 1) ?? list.body.statements[0];
      const { status, body } = await get(`/api/statements/${encodeURIComponent(retold.id)}`);
      expect(status).toBe(200);
      expect(body.statement.id).toBe(retold.id);
      expect(body.claims.length).toBe(body.statement.reports.length);
      expect(await get("/api/statements/no-such-statement")).toMatchObject({ status: 404, body: { error: { code: "STATEMENT_NOT_FOUND" } } });
    });

    it("gives a document's clean text and claims whose spans slice it to their evidence", async () => {
      const list = await get("/api/documents?limit=10");
      expect(list.body.total).toBe(4);
      expect(list.body.documents[0]).not.toHaveProperty("text");
      const { status, body } = await get("/api/documents/seed-capital-ledger");
      expect(status).toBe(200);
      expect(body).not.toHaveProperty("raw");
      expect(body.claims).toHaveLength(2);
      for (const c of body.claims) expect(body.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      const claims = await get("/api/claims?doc=seed-capital-ledger");
      expect(claims.body.claims).toHaveLength(2);
      expect(await get("/api/documents/nothing-here")).toMatchObject({ status: 404, body: { error: { code: "DOCUMENT_NOT_FOUND" } } });
    });

    it("grades sources with reasons and shows the relay chain of a retold briefing", async () => {
      const { status, body } = await get("/api/sources");
      expect(status).toBe(200);
      const park = body.sources.find((s: { speaker: string | null }) => s.speaker === "Park Jae-ho");
      expect(park.grade).toMatch(/^[A-F][1-6]$/);
      expect(park.reasons.length).toBeGreaterThan(0);
      expect(body.chains.some((c: { links: string[] }) => c.links.join(" > ") === "Park Jae-ho > Capital Ledger > Relay Digest")).toBe(true);
    });

    it("describes every route in /api/openapi.json", async () => {
      const { status, body } = await get("/api/openapi.json");
      expect(status).toBe(200);
      expect(body.openapi).toBe("3.1.0");
      for (const path of ["/api/flows", "/api/flows/{supplier}/{recipient}/{item}", "/api/statements", "/api/statements/{id}", "/api/claims", "/api/documents", "/api/documents/{id}", "/api/sources", "/api/extract"]) {
        expect(body.paths, path).toHaveProperty([path]);
      }
      expect(body.paths["/api/documents"].post.security).toEqual([{ token: [] }]);
    });

    it("answers unknown routes and methods with registry errors", async () => {
      expect(await get("/api/nowhere")).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
      const del = await app.inject({ method: "PATCH", url: "/api/documents/seed-capital-ledger", headers: auth });
      expect(del.statusCode).toBe(404);
      expect(del.json().error.code).toBe("NOT_FOUND");
    });

    it("needs the token for writes: none is UNAUTHORIZED, a wrong one FORBIDDEN", async () => {
      const none = await app.inject({ method: "POST", url: "/api/documents", payload: { text: "Anything." } });
      expect(none.statusCode).toBe(401);
      expect(none.json().error.code).toBe("UNAUTHORIZED");
      const wrong = await app.inject({ method: "POST", url: "/api/documents", payload: { text: "Anything." }, headers: { authorization: "Bearer nope" } });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.code).toBe("FORBIDDEN");
    });

    it("opens reads to loopback only, unless reads are public", async () => {
      const remote = await app.inject({ url: "/api/flows", remoteAddress: "203.0.113.7" });
      expect(remote.statusCode).toBe(401);
      const remoteWithToken = await app.inject({ url: "/api/flows", remoteAddress: "203.0.113.7", headers: auth });
      expect(remoteWithToken.statusCode).toBe(200);
      const open = await build({ store, token: TOKEN, publicReads: true });
      expect((await open.inject({ url: "/api/flows", remoteAddress: "203.0.113.7" })).statusCode).toBe(200);
      await open.close();
    });

    it("refuses bad bodies with their own codes", async () => {
      const badJson = await app.inject({ method: "POST", url: "/api/documents", headers: { ...auth, "content-type": "application/json" }, payload: "{\"text\": " });
      expect(badJson.json().error.code).toBe("BAD_JSON");
      const plain = await app.inject({ method: "POST", url: "/api/documents", headers: { ...auth, "content-type": "text/plain" }, payload: "just text" });
      expect(plain.statusCode).toBe(415);
      expect(plain.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      const empty = await app.inject({ method: "POST", url: "/api/documents", headers: auth, payload: { text: "   " } });
      expect(empty.json().error.code).toBe("EMPTY_REPORT");
      const extra = await app.inject({ method: "POST", url: "/api/documents", headers: auth, payload: { text: "x", script: "y" } });
      expect(extra.json().error.code).toBe("BAD_REQUEST");
    });

    it("refuses a body over the size limit with BODY_TOO_LARGE", async () => {
      const small = await build({ store, token: TOKEN, bodyLimit: 1024 });
      const r = await small.inject({ method: "POST", url: "/api/documents", headers: auth, payload: { text: "word ".repeat(1000) } });
      expect(r.statusCode).toBe(413);
      expect(r.json()).toEqual({ error: { code: "BODY_TOO_LARGE", message: expect.any(String) } });
      await small.close();
    });

    it("limits the rate of writes with RATE_LIMITED", async () => {
      const limited = await build({ store, token: TOKEN, writeLimit: { max: 2, timeWindow: 60_000 } });
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) codes.push((await limited.inject({ method: "POST", url: "/api/documents", headers: auth, payload: { text: " " } })).statusCode);
      expect(codes).toEqual([400, 400, 429]);
      const last = await limited.inject({ method: "POST", url: "/api/documents", headers: auth, payload: { text: " " } });
      expect(last.json().error.code).toBe("RATE_LIMITED");
      expect(last.headers["retry-after"]).toBeDefined();
      await limited.close();
    });

    it("reads a posted report with the real pipeline, stores it, returns its claims, and is idempotent", async () => {
      const text = [
        "Grain convoy reported on the border",
        "Russia delivered around 50,000 tonnes of wheat to North Korea in March, the Russian agriculture ministry said on Tuesday.",
        "Officials gave no further detail.",
      ].join("\n\n");
      const body = { text, outlet: "Test Gazette", published: "2024-04-10", id: "api-test-grain" };
      const preview = await app.inject({ method: "POST", url: "/api/extract", payload: body });
      expect(preview.statusCode).toBe(200);
      expect(preview.json().document.text).toContain("wheat");
      const stored = await app.inject({ method: "POST", url: "/api/documents", headers: auth, payload: body });
      expect(stored.statusCode).toBe(200);
      const out = stored.json();
      expect(out.status).toBe("stored");
      expect(out.document.id).toBe("api-test-grain");
      expect(out.claims.length).toBe(preview.json().claims.length);
      for (const c of out.claims) expect(c.doc).toBe("api-test-grain");
      const again = await app.inject({ method: "POST", url: "/api/documents", headers: auth, payload: body });
      expect(again.json().status).toBe("unchanged");
      expect((await get("/api/documents/api-test-grain")).status).toBe(200);
    });

    it("lists the newest ingested documents first ('new since your last visit' reads the head of the list)", async () => {
      // api-test-grain, published after some of the seed and before others, was the last stored (just above).
      const { body } = await get("/api/documents?limit=2");
      expect(body.documents[0].id).toBe("api-test-grain");
      const all = (await get("/api/documents?limit=50")).body.documents.map((d: { ingested_at: string }) => d.ingested_at);
      expect(all).toEqual([...all].sort().reverse());
    });

    it("never grades a stand-in for an unnamed source, and marks no plain relay circular", async () => {
      const { body } = await get("/api/sources");
      for (const s of body.sources) if (/^(reports?|media|officials?)$/i.test(s.org ?? "") && !s.speaker && !s.country) expect(s.grade).toBeNull();
      for (const c of body.chains) if (new Set(c.links.map((l: string) => l.toLowerCase())).size === c.links.length) expect(c.circular, c.links.join(" > ")).toBe(false);
    });

    it("never shows driver text when the store fails", async () => {
      const broken = await engine.open();
      await broken.store.close();
      const failing = await build({ store: broken.store, token: TOKEN });
      const r = await failing.inject({ url: "/api/flows" });
      expect(r.statusCode).toBeGreaterThanOrEqual(500);
      expect(Object.keys(r.json())).toEqual(["error"]);
      expect(["INTERNAL", "STORE_UNAVAILABLE"]).toContain(r.json().error.code);
      expect(r.body).not.toMatch(/destroyed|sqlite|pool|kysely|connection/i);
      await failing.close();
      await broken.dispose().catch(() => undefined);
    });
  });
}

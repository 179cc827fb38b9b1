// A ledger may hold a unit this version does not list (a ledger written by another version, or a unit table
// edited since): the API still answers every read of it, with the unit as stored, instead of failing with 500.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { makeDoc } from "../store/make-doc.js";

describe("a figure in a unit the API does not list", () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  const line = "The transport board said 40 lorries of fuel had crossed into Georgia so far.";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "armsflow-unknown-unit-"));
    store = await openStore({ db: join(dir, "ledger.db") });
    await store.putDocument(makeDoc({ id: "u1", outlet: "Freight Wire", published: "2024-04-02" }, [line], [
      { evidence: line, org: "Transport Board", country: "ARM", supplier: "ARM", recipient: "GEO", item: "oil-fuel", quantity: { value: 40, unit: "lorries-of-fuel" as never }, cumulative: true, stated: "2024-04-02" },
    ]));
    app = await build({ store, token: "units" });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(["/api/flows", "/api/flows/ARM/GEO/oil-fuel", "/api/statements", "/api/documents/u1"])("answers %s with the unit as stored", async (url) => {
    const r = await app.inject({ url });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain("lorries-of-fuel");
  });
});

// Every 5xx reaches the server's log with its request id; the client never sees the error's own words.
import { describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { sqliteEngine } from "../store/engines.js";

describe("server log", () => {
  it("logs a failing request with its id and the error, and answers the registry's words", async () => {
    const opened = await sqliteEngine.open();
    const lines: string[] = [];
    const broken = { ...opened.store, listFlows: async () => { throw new Error("driver says: table flow_summary is corrupt at page 7"); } };
    const app = await build({ store: broken, token: "t", cacheMs: 0, logger: { level: "warn", stream: { write: (line: string) => void lines.push(line) } } });
    try {
      const r = await app.inject({ url: "/api/flows" });
      expect(r.statusCode).toBe(500);
      expect(r.json()).toEqual({ error: { code: "INTERNAL", message: "Something went wrong on the server." } });
      expect(r.body).not.toMatch(/corrupt/);
      const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "request failed");
      expect(logged).toBeDefined();
      expect(logged.reqId).toBeTruthy();
      expect(logged.err.message).toMatch(/corrupt at page 7/);
      // A 4xx is the client's mistake: not logged as an error.
      lines.length = 0;
      expect((await app.inject({ url: "/api/flows/PRK/RUS/spoons" })).statusCode).toBe(400);
      expect(lines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
    } finally {
      await app.close();
      await opened.dispose();
    }
  });
});

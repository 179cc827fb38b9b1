import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveToken } from "./token.js";

describe("resolveToken", () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), "armsflow-token-"));
    dirs.push(dir);
    return join(dir, "data");
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("takes ARMSFLOW_TOKEN where set, and writes no file", () => {
    expect(resolveToken({ env: { ARMSFLOW_TOKEN: " secret " }, dataDir: fresh() })).toEqual({ token: "secret", origin: "env", file: null });
  });

  it("makes a token file on first start, readable by its owner only, and keeps it after", () => {
    const dataDir = fresh();
    const first = resolveToken({ env: {}, dataDir });
    expect(first.origin).toBe("created");
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(first.file!, "utf8").trim()).toBe(first.token);
    expect(statSync(first.file!).mode & 0o077).toBe(0);
    expect(resolveToken({ env: {}, dataDir })).toEqual({ token: first.token, origin: "file", file: first.file });
  });
});

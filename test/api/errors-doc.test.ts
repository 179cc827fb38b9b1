// The errors table of docs/api.md says exactly what the registry says (STYLE.md habit 7).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERRORS } from "../../src/core/errors.js";

const doc = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
const section = doc.slice(doc.indexOf("## Errors"), doc.indexOf("\n## ", doc.indexOf("## Errors") + 1));
const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \| (.+?) \|$/gm)].map((m) => ({ code: m[1], status: Number(m[2]), message: m[3] }));

describe("docs/api.md errors table", () => {
  it("lists every registry code, with its status and message, in registry order", () => {
    expect(rows).toEqual(Object.entries(ERRORS).map(([code, e]) => ({ code, status: e.status, message: e.message })));
  });
});

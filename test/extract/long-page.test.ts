// A page of 10,000 lines, one report sentence each, goes through the whole pipeline: every line keeps
// its own claim (distinct figures are not merged) and every span slices the text it claims.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

describe("a page of 10,000 one-sentence lines", () => {
  it("yields one claim per line, each with its own figure and exact spans", () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `North Korea shipped ${1000 + i} containers of shells to Russia in March, the ministry said.`);
    const text = lines.join("\n");
    const doc = processDocument({ path: "long-page.txt", bytes: Buffer.from(text), meta: { id: "long-page", published: "2024-06-01" } });
    expect(doc.failed).toBe(false);
    expect(doc.claims).toHaveLength(10_000);
    expect(new Set(doc.claims.map((c) => c.quantity?.value)).size).toBe(10_000);
    for (const c of doc.claims) {
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      if (c.parts.amount) expect(text.slice(c.parts.amount.start, c.parts.amount.end)).toMatch(/^\d+$/);
    }
    // A whole page of 10,000 claims takes some 30 s on a quiet machine of two cores; a loaded one needs more room.
  }, 240_000);
});

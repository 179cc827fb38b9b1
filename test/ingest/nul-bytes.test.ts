// One NUL byte does not reject a whole page: it is dropped with a warning; real binary still fails.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/ingest/index.js";
import { processDocument } from "../../src/pipeline.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const codes = (doc: { diagnostics: readonly { code: string; severity: string }[] }) => doc.diagnostics.map((d) => `${d.severity} ${d.code}`);

describe("NUL bytes in a text page", () => {
  it("a single NUL is dropped with a warning and the page's claims are found", () => {
    const text = "Officials said North Korea shipped 300 containers of shells to Russia in May.\u0000 The ministry declined to comment.";
    const doc = processDocument({ path: "nul.txt", bytes: utf8(text), meta: { id: "nul", published: "2024-06-01" } });
    expect(doc.failed).toBe(false);
    expect(codes(doc)).toContain("warning nul-dropped");
    expect(doc.text).not.toContain("\u0000");
    expect(doc.claims.length).toBeGreaterThan(0);
    for (const c of doc.claims) expect(doc.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it("a few NULs scattered in HTML are dropped too", () => {
    const html = `<html><body><p>Three\u0000 convoys crossed the border on Monday.</p><p>Nothing\u0000 else was\u0000 said.</p></body></html>`;
    const doc = readDocument({ path: "nul.html", bytes: utf8(html), meta: { id: "nul-html" } });
    expect(doc.failed).toBe(false);
    expect(doc.diagnostics.find((d) => d.code === "nul-dropped")?.message).toMatch(/3 NUL/);
  });

  it("bytes full of NULs (a real binary file) are still refused", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0 : 65 + (i % 26)));
    expect(codes(readDocument({ path: "blob.txt", bytes, meta: { id: "blob" } }))).toContain("fatal binary-document");
  });
});

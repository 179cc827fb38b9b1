import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDocument, readInputs } from "../../src/ingest/index.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const codes = (doc: { diagnostics: readonly { code: string; severity: string }[] }) => doc.diagnostics.map((d) => `${d.severity} ${d.code}`);

describe("ingest robustness", () => {
  it("reads a page of 10,000 lines with one sentence each", () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Convoy number ${i + 1} carried ${(i % 90) + 10} tonnes of flour to the border.`);
    const doc = readDocument({ path: "lines.txt", bytes: utf8(lines.join("\n")), meta: { id: "lines" } });
    expect(doc.failed).toBe(false);
    expect(doc.sentences).toHaveLength(10_000);
    expect(doc.slice(doc.sentences[9_999].span)).toBe(lines[9_999]);
  });

  it("reads a 50 MB text (with a warning) and refuses one above the limit", () => {
    const paragraph = "The ministry said that 1,500 containers had crossed the border since March, and more were expected. ";
    const big = utf8(`${paragraph.repeat(40)}\n\n`.repeat(Math.ceil((50 * 1024 * 1024) / (paragraph.length * 40 + 2))));
    expect(big.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const doc = readDocument({ path: "big.txt", bytes: big, meta: { id: "big" } });
    expect(doc.failed).toBe(false);
    expect(codes(doc)).toContain("warning large-document");
    expect(doc.sentences.length).toBeGreaterThan(500_000);
    const small = readDocument({ path: "big.txt", bytes: big, meta: { id: "big" } }, { decode: { maxBytes: 1024 * 1024 } });
    expect(codes(small)).toContain("fatal too-large");
    expect(small.diagnostics[0].message).toMatch(/^big\.txt: /);
  });

  it("names the document in fatal messages for empty, blank and binary input", () => {
    expect(codes(readDocument({ path: "e.txt", bytes: new Uint8Array(0) }))).toEqual(["fatal empty-document"]);
    expect(codes(readDocument({ path: "w.txt", bytes: utf8(" \n\t\n") }))).toEqual(["fatal empty-document"]);
    const binary = readDocument({ path: "img.txt", bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) });
    expect(codes(binary)).toContain("fatal binary-document");
    expect(binary.diagnostics.at(-1)!.message).toMatch(/^img\.txt: /);
  });

  it("reads a page nested too deep for Readability from its body, with a warning", () => {
    const html = `<html><body>${"<div>".repeat(3000)}<p>Ships carried 40 tanks to the port.</p>${"</div>".repeat(3000)}</body></html>`;
    const doc = readDocument({ path: "deep.html", bytes: utf8(html) });
    expect(codes(doc)).toEqual(["warning html-too-complex", "warning no-article"]);
    expect(doc.sentences.map((s) => doc.slice(s.span))).toEqual(["Ships carried 40 tanks to the port."]);
  });

  it("guesses UTF-16 without a byte order mark", () => {
    const text = "Minsk sent 30 trucks of fuel to Moscow in June, officials said.";
    const doc = readDocument({ path: "u16.txt", bytes: new Uint8Array(Buffer.from(text, "utf16le")) });
    expect(doc.encoding).toBe("utf-16le");
    expect(doc.text).toBe(text);
    expect(codes(doc)).toEqual(["warning encoding-guessed"]);
  });

  it("strips a UTF-8 BOM only, so spans index into the text as decoded", () => {
    const doc = readDocument({ path: "bom.txt", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("One line here.\n")]) });
    expect(doc.text).toBe("One line here.\n");
    expect(doc.slice(doc.sentences[0].span)).toBe("One line here.");
  });

  it("caller metadata wins over the page's", () => {
    const doc = readDocument({ path: "m.txt", bytes: utf8("date 2024-01-05 Text of the report goes here, said an official.\n"), meta: { id: "m", published: "2024-01-06" } });
    expect(doc.meta.published).toBe("2024-01-06");
    expect(readDocument({ path: "m.txt", bytes: utf8("date 2024-01-05 Text of the report goes here.\n") }).meta.published).toBe("2024-01-05");
  });
});

describe("readInputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "armsflow-ingest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("walks a folder in order, pairs meta files, skips gold and meta, and keeps going past an unreadable file", async () => {
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "b2.txt"), "Second report text, with a sentence.");
    writeFileSync(join(dir, "b2.meta.json"), JSON.stringify({ id: "doc-b2", url: "https://example.org/b2", outlet: "Example", published: "2024-03-01" }));
    writeFileSync(join(dir, "b2.gold.json"), "{}");
    writeFileSync(join(dir, "a1.html"), "<p>First.</p>");
    writeFileSync(join(dir, "notes.md"), "not a document");
    writeFileSync(join(dir, "sub", "c3.htm"), "<p>Third.</p>");
    writeFileSync(join(dir, "sub", "c3.meta.json"), "{ not json");
    writeFileSync(join(dir, "locked.txt"), "secret");
    chmodSync(join(dir, "locked.txt"), 0o000);
    const seen = [];
    for await (const input of readInputs([dir, join(dir, "missing.txt")])) seen.push(input);
    expect(seen.map((s) => s.meta.id)).toEqual(["a1", "doc-b2", "locked", "c3", "missing"]);
    expect(seen[1].meta).toEqual({ id: "doc-b2", url: "https://example.org/b2", outlet: "Example", published: "2024-03-01" });
    expect(seen[3].problem?.code).toBe("bad-meta");
    expect(seen[4].problem?.code).toBe("unreadable-file");
    const docs = seen.map((input) => readDocument(input));
    expect(docs[4].failed).toBe(true);
    expect(docs[4].diagnostics[0].message).toContain("missing.txt");
    expect(docs[1].failed).toBe(false);
    expect(docs[3].failed).toBe(false);
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { readDocument } from "../../src/ingest/index.js";

// Golden fixtures: one folder per case, named as a sentence, holding `input.*` (+ optional `meta.json`)
// and `expected.json`. UPDATE_FIXTURES=1 rewrites the expected files. A folder with a `known-failure`
// file is a known failure: it must still fail (test.fails), so that fixing it is noticed.
const ROOT = join(import.meta.dirname, "../fixtures/ingest");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

/** What a fixture pins down: a readable summary of the ingested document. */
function summary(doc: ArmsDocument) {
  return {
    format: doc.format,
    encoding: doc.encoding,
    meta: doc.meta,
    diagnostics: doc.diagnostics.map((d) => `${d.severity} ${d.code}`),
    segments: doc.segments.map((s) => ({ kind: s.kind, headline: s.headline ? doc.slice(s.headline) : null, published: s.published })),
    sentences: doc.sentences.map((s) => `${s.segment}${s.headline ? "H" : " "} ${doc.slice(s.span)}`),
  };
}

describe("ingest golden fixtures", () => {
  for (const name of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, name);
    const input = readdirSync(dir).find((f) => f.startsWith("input."));
    if (!input) continue;
    const knownFailure = existsSync(join(dir, "known-failure"));
    const test = knownFailure && !UPDATE ? it.fails : it;
    test(name.replaceAll("-", " "), () => {
      const metaPath = join(dir, "meta.json");
      const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : { id: name };
      const doc = readDocument({ path: input, bytes: readFileSync(join(dir, input)), meta });
      for (const s of doc.sentences) expect(doc.text.slice(s.span.start, s.span.end)).toBe(doc.text.slice(s.span.start, s.span.end).trim());
      const actual = summary(doc);
      const expectedPath = join(dir, "expected.json");
      if (UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});

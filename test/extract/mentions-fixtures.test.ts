// Golden fixtures for recognise-mentions: one folder per pattern, named as a sentence, with input.txt
// (one sentence a line) and expected.json side by side. UPDATE_FIXTURES=1 rewrites expected.json from
// the current output, except in folders holding known-failure.txt (there the expected output is the
// wanted one, written by hand, and the test is marked as failing until the stage learns it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArmsDocument } from "../../src/core/document.js";
import { recogniseMentions } from "../../src/extract/recognise-mentions.js";

const root = join(import.meta.dirname, "../fixtures/mentions");
const update = process.env.UPDATE_FIXTURES === "1";
const stage = recogniseMentions();

function readable(text: string) {
  const doc = new ArmsDocument("fixture", new Uint8Array(), { id: "fixture" });
  doc.text = text;
  let at = 0;
  for (const line of text.split("\n")) {
    doc.sentences.push({ span: { start: at, end: at + line.length }, segment: 0, headline: false });
    at += line.length + 1;
  }
  stage(doc);
  return doc.mentions.map((m) => ({ text: doc.slice(m.span), kind: m.kind, entity: m.entity, form: m.form, state: m.state, span: [m.span.start, m.span.end] }));
}

describe("recognise-mentions fixtures", () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const input = readFileSync(join(dir, "input.txt"), "utf8").replace(/\n$/, "");
    const knownFailure = existsSync(join(dir, "known-failure.txt"));
    const expectedPath = join(dir, "expected.json");
    const test = knownFailure ? it.fails : it;
    test(name.replace(/-/g, " "), () => {
      const actual = readable(input);
      if (update && !knownFailure) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});

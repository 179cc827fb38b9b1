// Golden fixtures for recognise-mentions: one folder per pattern, named as a sentence, with input.txt
// (one sentence a line) and expected.json side by side. UPDATE_FIXTURES=1 rewrites expected.json from
// the current output, except in folders holding known-failure.txt (there the expected output is the
// wanted one, written by hand, and the test is marked as failing until the stage learns it).
import { join } from "node:path";
import { fixtureInput, goldenFixtures } from "../golden-fixtures.js";
import { ArmsDocument } from "../../src/core/document.js";
import { recogniseMentions } from "../../src/extract/recognise-mentions.js";

const root = join(import.meta.dirname, "../fixtures/mentions");
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

goldenFixtures("recognise-mentions fixtures", root, (dir) => readable(fixtureInput(dir)));

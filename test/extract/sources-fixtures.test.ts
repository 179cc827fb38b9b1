// Golden fixtures for attribute-sentences: one folder per shape of "who says it", named as a sentence,
// with the report (input.txt), what a crawler knows of it (meta.json) and, for every candidate sentence,
// its sources as `speaker | org | country` (expected.json). The runner and its UPDATE_FIXTURES /
// known-failure.txt switches are shared.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { processDocument } from "../../src/pipeline.js";
import { goldenFixtures } from "../golden-fixtures.js";

goldenFixtures("source fixtures", join(import.meta.dirname, "../fixtures/sources"), (dir) => {
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
  const doc = processDocument({ path: join(dir, "input.txt"), bytes: readFileSync(join(dir, "input.txt")), meta: { id: basename(dir), ...meta } });
  return doc.attributions.map((a) => ({
    sentence: doc.slice(doc.sentences[a.sentence].span).split(/\s+/).slice(0, 4).join(" "),
    sources: a.sources.map((s) => [s.speaker ?? "-", s.org ?? "-", s.country ?? "-"].join(" | ")),
    ...(a.relays.length ? { relays: a.relays } : {}),
  }));
});

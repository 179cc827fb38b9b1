// Golden fixtures for resolve-times: one folder per pattern, named as a sentence, with input.txt,
// published.txt (YYYY-MM-DD, absent for none) and expected.json. UPDATE_FIXTURES=1 rewrites
// expected.json, except where known-failure.txt marks the expected output as the wanted one.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureInput, goldenFixtures } from "../golden-fixtures.js";
import { resolveTimes } from "../../src/extract/resolve-times.js";

const root = join(import.meta.dirname, "../fixtures/times");

function readable(text: string, published: string | null) {
  return resolveTimes(text, published).map((t) => ({
    text: text.slice(t.span.start, t.span.end),
    period: t.period,
    cumulative: t.cumulative,
    anchor: t.anchor,
    speech: t.speech ?? false,
    span: [t.span.start, t.span.end],
  }));
}

goldenFixtures("resolve-times fixtures", root, (dir) => {
  const publishedPath = join(dir, "published.txt");
  return readable(fixtureInput(dir), existsSync(publishedPath) ? readFileSync(publishedPath, "utf8").trim() : null);
});

// Golden fixtures for resolve-times: one folder per pattern, named as a sentence, with input.txt,
// published.txt (YYYY-MM-DD, absent for none) and expected.json. UPDATE_FIXTURES=1 rewrites
// expected.json, except where known-failure.txt marks the expected output as the wanted one.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveTimes } from "../../src/extract/resolve-times.js";

const root = join(import.meta.dirname, "../fixtures/times");
const update = process.env.UPDATE_FIXTURES === "1";

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

describe("resolve-times fixtures", () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const input = readFileSync(join(dir, "input.txt"), "utf8").replace(/\n$/, "");
    const publishedPath = join(dir, "published.txt");
    const published = existsSync(publishedPath) ? readFileSync(publishedPath, "utf8").trim() : null;
    const knownFailure = existsSync(join(dir, "known-failure.txt"));
    const expectedPath = join(dir, "expected.json");
    const test = knownFailure ? it.fails : it;
    test(name.replace(/-/g, " "), () => {
      const actual = readable(input, published);
      if (update && !knownFailure) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});

// Golden fixtures for parse-amounts: one folder per pattern, named as a sentence, with input.txt
// and expected.json side by side. UPDATE_FIXTURES=1 rewrites expected.json from the current output,
// except in folders holding known-failure.txt (the expected output there is the wanted one, by hand).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAmounts } from "../../src/extract/parse-amounts.js";

const root = join(import.meta.dirname, "../fixtures/amounts");
const update = process.env.UPDATE_FIXTURES === "1";

function readable(text: string) {
  return parseAmounts(text).map((a) => ({
    text: text.slice(a.span.start, a.span.end),
    quantity: a.quantity,
    unit: a.unit,
    noun: a.noun,
    calibre: a.calibre,
    qualifier: a.qualifier,
    span: [a.span.start, a.span.end],
  }));
}

describe("parse-amounts fixtures", () => {
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

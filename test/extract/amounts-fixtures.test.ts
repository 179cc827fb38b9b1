// Golden fixtures for parse-amounts: one folder per pattern, named as a sentence, with input.txt
// and expected.json side by side. UPDATE_FIXTURES=1 rewrites expected.json from the current output,
// except in folders holding known-failure.txt (the expected output there is the wanted one, by hand).
import { join } from "node:path";
import { fixtureInput, goldenFixtures } from "../golden-fixtures.js";
import { parseAmounts } from "../../src/extract/parse-amounts.js";

const root = join(import.meta.dirname, "../fixtures/amounts");

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

goldenFixtures("parse-amounts fixtures", root, (dir) => readable(fixtureInput(dir)));

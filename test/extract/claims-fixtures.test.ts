// Golden fixtures for claim assembly: one folder per pattern, named as a sentence, with the report
// (input.txt), what a crawler knows of it (meta.json) and the claims expected (expected.json).
// UPDATE_FIXTURES=1 rewrites expected.json from the pipeline; a fixture whose expected.json has
// "knownFailure" is kept in the table and must keep failing until the pipeline learns it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const root = join(import.meta.dirname, "../fixtures/claims");
const update = process.env.UPDATE_FIXTURES === "1";

interface Expected {
  readonly knownFailure?: string;
  readonly claims: readonly string[];
}

/** A claim as one comparable line: kind, parties, item, figure, period start, certainty, source. */
function line(c: ReturnType<typeof processDocument>["claims"][number]): string {
  const q = c.quantity;
  const figure = q ? `${q.value ?? ""}[${q.min ?? ""},${q.max ?? ""}]${q.unit}${q.approx ? "~" : ""}` : "-";
  return [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item, figure, c.period?.start ?? "-", c.certainty, c.source.speaker ?? c.source.org ?? "-", c.source.country ?? "-"].join(" ");
}

describe("claim fixtures", () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
    const expectedPath = join(dir, "expected.json");
    const expected: Expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, "utf8")) : { claims: [] };
    const run = () => {
      const doc = processDocument({ path: join(dir, "input.txt"), bytes: readFileSync(join(dir, "input.txt")), meta: { id: name, ...meta } });
      for (const c of doc.claims) expect(doc.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      return doc.claims.map(line).sort();
    };
    if (update) {
      it(`${name} (updated)`, () => {
        writeFileSync(expectedPath, `${JSON.stringify({ ...expected, claims: run() }, null, 1)}\n`);
      });
    } else if (expected.knownFailure) {
      it.fails(`KNOWN FAILURE ${name}: ${expected.knownFailure}`, () => {
        expect(run()).toEqual([...expected.claims].sort());
      });
    } else {
      it(name.replace(/-/g, " "), () => {
        expect(run()).toEqual([...expected.claims].sort());
      });
    }
  }
});

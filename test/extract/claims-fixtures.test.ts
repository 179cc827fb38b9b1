// Golden fixtures for claim assembly: one folder per pattern, named as a sentence, with the report
// (input.txt), what a crawler knows of it (meta.json) and the claims expected (expected.json), one
// comparable line each. The runner and its UPDATE_FIXTURES / known-failure.txt switches are shared.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { expect } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";
import { goldenFixtures } from "../golden-fixtures.js";

/** A claim as one comparable line: kind, parties, item, figure, period start, certainty, source. */
function line(c: Claim): string {
  const q = c.quantity;
  const figure = q ? `${q.value ?? ""}[${q.min ?? ""},${q.max ?? ""}]${q.unit}${q.approx ? "~" : ""}` : "-";
  return [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item, figure, c.period?.start ?? "-", c.certainty, c.source.speaker ?? c.source.org ?? "-", c.source.country ?? "-"].join(" ");
}

goldenFixtures("claim fixtures", join(import.meta.dirname, "../fixtures/claims"), (dir) => {
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
  const doc = processDocument({ path: join(dir, "input.txt"), bytes: readFileSync(join(dir, "input.txt")), meta: { id: basename(dir), ...meta } });
  // Every evidence span slices the original text to exactly the sentence it claims.
  for (const c of doc.claims) expect(doc.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  return { claims: doc.claims.map(line).sort() };
});

// Claim-level fixtures for the two slots that weigh-certainty and claim-period own: one folder per
// pattern under test/fixtures/certainty and test/fixtures/periods, named as a sentence, with the report
// (input.txt), what a crawler knows of it (meta.json) and expected.json: `present`, lines every one of
// which some claim must match, and `absent`, lines no claim may match. A line is
// "SUPPLIER RECIPIENT ITEM CERTAINTY PERIOD-START" ("-" for none, "*" for any; the start by prefix). Only these lines are
// checked, not the whole output: which claims a sentence yields is the business of other stages.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const line = (c: Claim) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty, c.period?.start ?? "-"];
// The period start matches by prefix, as the scorer compares months: "2022-02" matches "2022-02-24".
const matches = (want: string, c: Claim) => want.split(" ").every((w, i) => w === "*" || w === line(c)[i] || (i === 4 && w !== "-" && line(c)[i].startsWith(w)));

for (const area of ["certainty", "periods"]) {
  const root = join(import.meta.dirname, "../fixtures", area);
  if (!existsSync(root)) continue;
  describe(`claim ${area} fixtures`, () => {
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      it(name.replace(/-/g, " "), () => {
        const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
        const doc = processDocument({ path: join(dir, "input.txt"), bytes: readFileSync(join(dir, "input.txt")), meta: { id: basename(dir), ...meta } });
        const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { present: string[]; absent: string[] };
        const seen = doc.claims.map((c) => line(c).join(" "));
        for (const want of expected.present) expect(doc.claims.some((c) => matches(want, c)), `${want}\n  in: ${seen.join("\n      ")}`).toBe(true);
        for (const not of expected.absent) expect(doc.claims.some((c) => matches(not, c)), `${not} should be absent\n  in: ${seen.join("\n      ")}`).toBe(false);
      });
    }
  });
}

// Reports or allegations of a transfer that a body judges credible, the judgement told after them ("found the
// allegations that X flew drones to Y credible", "called the reports that ... credible", "reports of ... were
// credible"), are that body's assessment: `believed`.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function certaintiesOf(page: string) {
  const doc = processDocument({ path: "certainty-judged-reports.txt", bytes: new TextEncoder().encode(`Defence news\n\n${page}\n`), meta: { id: "certainty-judged-reports", outlet: "Test Wire", published: "2025-08-01" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

describe("reports judged credible after them are an assessment", () => {
  it.each([
    ["UN monitors found the allegations that Turkey had flown drones to Libya credible, according to their report.", "TUR", "LBY"],
    ["A panel of experts called the reports that Iran sent missiles to the Houthis credible.", "IRN", "YEM-HOUTHIS"],
    ["UN experts told the council that reports of Egyptian planes carrying arms to Sudan were credible.", "EGY", "SDN"],
    ["The investigators deemed the accounts that Belarus shipped shells to Russia reliable.", "BLR", "RUS"],
  ])("believed: %s", (page, supplier, recipient) => {
    expect(certaintiesOf(page)).toContainEqual({ supplier, recipient, certainty: "believed" });
  });
});

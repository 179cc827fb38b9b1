// Counted aircraft promised with no receiver in the sentence and no flow before them: the receiver is the one state the
// page keeps placing goods and events in ("for Chad", "in Chad"), where the page names no plainer receiver and the
// giver's own government is the one that promises.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "aircraft.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "aircraft", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.item === "aircraft").map((c) => [c.supplier, c.recipient, c.quantity?.value ?? null]);

describe("counted aircraft promised with no receiver go where the page places things", () => {
  it.each([
    [
      "Notes from the airfield\n\nThe rainy season in Chad has grounded most flights, and the crews in Chad say the runways need work before anything for Chad can land.\n\nFrance promised 6 Mirage jets last winter.",
      ["FRA", "TCD", 6],
    ],
    [
      "Hangar talk\n\nOfficers in Moldova have waited a long time for anything that flies; spare parts for Moldova still come slowly.\n\nRomania pledged four F-16s in March.",
      ["ROU", "MDA", 4],
    ],
    [
      "Weekly round-up\n\nFighting in Mali went on all week, and aid workers in Mali counted new refugees.\n\nAlgeria has pledged two transport aircraft and a field hospital.",
      ["DZA", "MLI", 2],
    ],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("no receiver where the page places nothing", () => {
  it.each([
    ["Hangar talk\n\nThe pilots trained for months before the first sorties.\n\nRomania pledged four F-16s in March."],
  ] as const)("%s", (text) => {
    expect(flows(text).filter((f) => f[1])).toEqual([]);
  });
});

// A headline names the body the report credits in fewer words ("..., UN experts say" over "the UN Panel of Experts
// said"; "..., armament researchers say" over "Conflict Armament Research said"): one claim, the body's, not a second
// claim of a looser source that a retelling could not meet. All sentences below are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "short.txt", bytes: Buffer.from(text), meta: { id: "short", outlet: "Harbour Post", published: "2025-03-12" } as never }).claims;

const cases: [string, string, string][] = [
  [
    "Iran keeps sending missile parts to the Houthis, UN experts say",
    "Iran has kept sending missile parts to the Houthis in Yemen, the UN Panel of Experts said in a report to the Security Council on Tuesday.",
    "raw-materials",
  ],
  [
    "Iran shipped 300 drones to Sudan, armament researchers say",
    "Iran shipped 300 drones to the Sudanese army last year, Conflict Armament Research said in a report on Tuesday.",
    "drones",
  ],
  [
    "UN experts: Iran still arming the Houthis with missile parts",
    "The UN Panel of Experts said on Tuesday that Iran was still supplying missile parts to the Houthis.",
    "raw-materials",
  ],
];

describe("a headline naming the credited body in fewer words tells the body's claim", () => {
  it.each(cases)("%s", (headline, body, item) => {
    const claims = claimsOf(`${headline}\n\n${body}\n`).filter((c) => c.item === item);
    expect(claims).toHaveLength(1);
    expect(claims[0].source.org).not.toMatch(/^(?:UN experts|armament researchers)$/i);
  });
});

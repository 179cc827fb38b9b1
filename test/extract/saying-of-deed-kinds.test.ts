// A dated saying of an act told done ("said in February that it had sent ...") or of a pledge ("pledged last November to
// send ..."), in a sentence that dates nothing else: the date of the saying starts the claim's period, with no end.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "saying-of-deed.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "saying-of-deed", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;
const periods = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.period?.start ?? null]);

describe("a dated saying of a done act starts its period", () => {
  it.each([
    ["Norway's defence minister said in February that Norway had sent 14 howitzers to Ukraine.", ["NOR", "UKR", "2025-02"]],
    ["Officials in Rabat told reporters last October that Morocco had bought 20 drones from Turkey.", ["TUR", "MAR", "2024-10"]],
    ["The ministry in Vilnius confirmed in April that 40 armoured vehicles from Germany had been delivered to Lithuania.", ["DEU", "LTU", "2025-04"]],
  ] as const)("%s", (text, flow) => {
    expect(periods(text)).toContainEqual(flow);
  });
});

describe("a dated pledge starts its period", () => {
  it.each([
    ["Sweden pledged last November to send 12 howitzers to Ukraine.", ["SWE", "UKR", "2024-11"]],
    ["Spain promised in January to deliver six more Patriot launchers to Ukraine.", ["ESP", "UKR", "2025-01"]],
    ["Canada pledged in March to supply 25 armoured vehicles to Ukraine.", ["CAN", "UKR", "2025-03"]],
  ] as const)("%s", (text, flow) => {
    expect(periods(text)).toContainEqual(flow);
  });
});

describe("a saying of what may come is no date of the act", () => {
  it.each([
    ["Norway's defence minister said in February that Norway could send 14 howitzers to Ukraine.", ["NOR", "UKR", null]],
  ] as const)("%s", (text, flow) => {
    expect(periods(text)).toContainEqual(flow);
  });
});

// "allies from Oslo to Ottawa", "capitals from Vilnius to Madrid": the two states mark the ends
// of a span of many, neither gives to the other, and neither is carried on as the receiver of what follows.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "ranges.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "ranges", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a span of states is no flow", () => {
  it.each([
    ["Western allies from Oslo to Ottawa have promised help for months.\n\nGermany will send 20 howitzers to the front, Chancellor Olaf Scholz said on Tuesday.", ["NOR", "CAN"]],
    ["Partners from Lisbon to Helsinki have promised aid for months.\n\nSpain will send 12 armoured vehicles to the front, Defence Minister Margarita Robles said on Monday.", ["PRT", "FIN"]],
    ["Capitals from Vilnius to Madrid have pledged support.\n\nFrance will send 30 howitzers to the front, President Emmanuel Macron said on Monday.", ["LTU", "ESP"]],
  ])("%s", (text, ends) => {
    const claims = claimsOf(text);
    for (const c of claims) {
      expect(ends).not.toContain(c.recipient);
      expect(ends).not.toContain(c.supplier);
    }
  });

  it("keeps a plain flow from one state to another", () => {
    const claims = claimsOf("Drones flew from Iran to Russia by the hundred last year, officials said.\n\nTehran shipped 200 drones from Iran to Russia in May, officials said.");
    expect(claims.some((c) => c.supplier === "IRN" && c.recipient === "RUS")).toBe(true);
  });
});

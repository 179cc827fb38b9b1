// "allies from Oslo to Ottawa", "some thirty states have joined, from Chile to Japan,": the two states mark the ends
// of a span of many, neither gives to the other, and neither is carried on as the receiver of what follows.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "ranges.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "ranges", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a span of states is no flow", () => {
  it.each([
    ["Western allies from Oslo to Ottawa have promised help for months.\n\nGermany will send 20 howitzers to the front, Chancellor Olaf Scholz said on Tuesday.", ["NOR", "CAN"]],
    ["Partners from Lisbon to Helsinki have lined up behind the plan.\n\nSpain will deliver 12 armoured vehicles next month, its defence minister said.", ["PRT", "FIN"]],
    ["Some thirty states have since chipped in, from Chile to Japan, though the sums are not all public.\n\nItaly will ship 40 missiles in the spring, its foreign minister said.", ["CHL", "JPN"]],
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

// A denial of "the accusations" after the page has told what was paid back for the accused flow: the accusation
// denied is the flow the page leads with, not the payment told last. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lead.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "lead", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const denied = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.certainty === "denied").map((c) => [c.supplier, c.recipient]);

describe("the accusations denied are the page's lead flow, not the payment told after it", () => {
  it.each([
    "Chad has shipped thousands of rifles to Libya since May, Niger's defence minister said. In return, Libya has sent fuel to Chad, he said. N'Djamena has dismissed the accusations.",
    "Chad has shipped rifles to Libya, officials say. In return, Libya has paid Chad in fuel. Tripoli has denied the claims.",
    "Kenya has sold rifles to Somalia, a UN panel found. In return, Somalia has sent food to Kenya. Nairobi rejected the allegations on Monday.",
  ])("%s", (text) => {
    const found = denied(text);
    expect(found.length).toBeGreaterThan(0);
    const [giver, taker] = found[0];
    expect(["TCD", "KEN"]).toContain(giver);
    expect(["LBY", "SOM"]).toContain(taker);
    expect(found.every(([s]) => s === giver)).toBe(true);
  });

  it("a denial right after the flow itself still denies that flow", () => {
    expect(denied("Chad has shipped rifles to Libya, officials say. Tripoli has denied the claims.")).toContainEqual(["TCD", "LBY"]);
  });
});

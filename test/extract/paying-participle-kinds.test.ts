// A participle of paying after a verb of getting ("Chile signed for 12 jets, paying $900 million to Spain"): the
// getter, subject of both verbs, pays the sum to the giver; the money runs against the goods.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "paying-participle.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "paying-participle", outlet: "Probe Wire", published: "2024-05-01" } as never }).claims;
const money = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.item === "money").map((c) => [c.supplier, c.recipient, c.quantity?.value ?? null]);

describe("a sum paid by a participle after a verb of getting runs from the getter to the giver", () => {
  it.each([
    ["Serbia had signed for 12 new fighters from France, paying 2.7 billion euros to Paris.", ["SRB", "FRA", 2_700_000_000]],
    ["Peru bought six helicopters from Italy last year, paying 150 million euros for them.", ["PER", "ITA", 150_000_000]],
    ["Chile took delivery of 30 howitzers from South Korea on Monday, paying 400 million dollars to Seoul.", ["CHL", "KOR", 400_000_000]],
    ["Lima agreed to buy eight frigates from Spain, paying about 2 billion euros over ten years.", ["PER", "ESP", 2_000_000_000]],
  ] as const)("%s", (text, flow) => {
    expect(money(text)).toContainEqual(flow);
  });
});

// A headline names a missile by its type ("KN-25 missiles") and the body by its class with the type after it ("ballistic
// missiles of the KN-25 type"): the class word says no more than the claim's item, so the two mentions, one source and
// one figure, are one claim (SCHEMA.md, "One claim or two"). Two types named apart stay two. All sentences are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "class.txt", bytes: Buffer.from(text), meta: { id: "class", outlet: "Probe Wire", published: "2025-02-12" } as never }).claims;

describe("a headline's missile type and the body's class word for one figure are one claim", () => {
  it.each([
    ["Budanov: Pyongyang gave Moscow 96 KN-25 missiles last year\n\nBy staff\n\nAccording to Kyrylo Budanov, in 2024 North Korea transferred to Russia 96 ballistic missiles of the KN-25 type.\n", "PRK", "RUS", 96],
    ["Shoigu: Moscow gave Minsk 24 Iskander-M missiles during last year\n\nBy staff\n\nAccording to the Russian defence minister Sergei Shoigu, during 2024 Russia transferred to Belarus 24 ballistic missiles of the Iskander-M type.\n", "RUS", "BLR", 24],
    ["Belarus received 18 Iskander missiles from Russia, says Minsk\n\nBy staff\n\nThe Belarusian defence ministry said Russia had handed over 18 ballistic missiles of the Iskander type to Belarus in 2024.\n", "RUS", "BLR", 18],
  ])("%s", (text, supplier, recipient, figure) => {
    const found = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.item === "ballistic-missiles" && c.quantity?.value === figure);
    expect(found).toHaveLength(1);
  });

  it("keeps two types counted apart as two claims", () => {
    const text = "Report\n\nBy staff\n\nNorth Korea sent Russia 96 KN-25 missiles and 96 KN-23 missiles in 2024, Budanov said.\n";
    expect(claimsOf(text).filter((c) => c.item === "ballistic-missiles")).toHaveLength(2);
  });
});

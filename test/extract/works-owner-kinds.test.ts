// Sentences, written for the test, that tell a works' output with a relative aside set off by commas between the
// works and the making ("the plant in Tatarstan, which grew out of a deal with Iran, now turns out"): a state
// inside the aside tells the works' past or ties, not whose output it is. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(sentence: string) {
  const doc = processDocument({ path: "owner.txt", bytes: new TextEncoder().encode(sentence), meta: { id: "owner", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient ?? ""} ${c.item}`);
}

describe("a state inside a relative aside owns no works' output", () => {
  it.each([
    ["The drone works at Alabuga, which grew out of a deal with Iran's state maker, now assembles some 900 drones a month, analysts say.", "production IRN> drones"],
    ["A factory in Tatarstan, which once relied on Chinese engines, now turns out 500 drones a month.", "production CHN> drones"],
    ["A plant in Tatarstan, which was built with help from Turkish engineers, now assembles some 300 drones a month, officials say.", "production TUR> drones"],
  ])("%s", (sentence, wrong) => {
    const claims = claimsOf(sentence);
    expect(claims).not.toContain(wrong);
    expect(claims).toContain("production RUS> drones");
  });

  it("a state that owns the works before the aside still owns the output", () => {
    expect(claimsOf("Russia's drone works, which Iran helped to set up, assemble some 700 drones a month.")).toContain("production RUS> drones");
  });
});

// "fighters from X" names where people come from ("fighters from the Wagner group"), but jets a model names
// ("12 Gripen fighters from Sweden") are goods, and the state after "from" sells them: the price of the deal is
// money the buyer pays that state.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "jets.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "jets", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("jets a model names, bought 'from' a state, are priced to that state", () => {
  it.each([
    ["Peru agreed to buy 12 Rafale fighters from France, a deal worth about 2.7 billion euros.", "PER", "FRA", 2700000000],
    ["Chile signed for 30 Gripen fighters from Sweden in March, a deal worth 4.1 billion dollars.", "CHL", "SWE", 4100000000],
    ["Morocco has agreed to buy 24 F-16 fighters from Norway, a deal worth some 900 million dollars.", "MAR", "NOR", 900000000],
  ])("%s", (text, payer, seller, sum) => {
    const paid = claimsOf(text).filter((c) => c.item === "money" && c.supplier === payer && c.recipient === seller);
    expect(paid.map((c) => c.quantity?.value)).toEqual([sum]);
  });

  it("people who are fighters still come from the state after 'from'", () => {
    const claims = claimsOf("Russia sent 200 fighters from Syria to Libya.");
    expect(claims.some((c) => c.recipient === "SYR")).toBe(false);
  });
});

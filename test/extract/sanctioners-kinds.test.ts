// A state named right before a noun of sanctions ("new Canadian sanctions", "Britain's latest penalties") lays a rule on
// the trade the sentence tells; it gives and receives nothing. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "sanctioners.txt", bytes: new TextEncoder().encode(text), meta: { id: "sanctioners", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("the state that lays sanctions is no party to the trade they target", () => {
  it.each([
    ["New Canadian sanctions target a payment channel that allegedly ran through a bank in Minsk on behalf of Iranian state banks, including cash deliveries and payments for fuel.\n", "CAN"],
    ["Fresh Swiss measures hit a trading house said to act on behalf of Belarusian state firms, covering deliveries of fuel and payments for fertiliser.\n", "CHE"],
    ["The latest Norwegian penalties target a payment route that reportedly ran through a bank in Almaty on behalf of Cuban state banks, including cash deliveries and payments for oil.\n", "NOR"],
  ])("%s", (text, sanctioner) => {
    expect(transfers(text).filter((c) => c.split(" ").slice(0, 2).includes(sanctioner))).toEqual([]);
  });

  it("a linking word ends the sanctioner's phrase: the state before it still trades", () => {
    expect(transfers("Russia has had to buy shells from North Korea as Western sanctions bite, officials said.\n")).toContain("PRK RUS artillery-ammunition");
  });

  it("a state that sends goods is still a party where sanctions are named after it", () => {
    expect(transfers("Chile shipped 40 howitzers to Peru in March despite sanctions on its navy.\n")).toContain("CHL PER artillery-systems");
  });
});

// A buyer that signs a priced deal ("Lima signed the 900-million-dollar contract", "Quito has signed a deal worth
// $400 million") pays the sum to the seller of the goods going to it, told in the sentence or just before: money
// from buyer to seller, dated by the signing. A signer that is no party to the goods told pays no one.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "signed-price.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "signed-price", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const money = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.item === "money").map((c) => [c.supplier, c.recipient, c.quantity?.value, c.quantity?.unit]);

describe("the price of a deal its buyer signs", () => {
  it.each([
    ["Spain delivered the first two patrol boats to Peru on Monday, the navy said. Lima signed the 420-million-euro contract with the Navantia yard in March 2021 for four ships.", "PER", "ESP", 420000000, "eur"],
    ["Sweden handed over two more Archer howitzers to Kenya last week. Nairobi has formally signed a deal worth $310 million for twelve of the guns, officials added.", "KEN", "SWE", 310000000, "usd"],
    ["Brazil took delivery of the first Gripen fighters from Sweden in the spring. The jets are part of a contract, reportedly worth 4.5 billion dollars, that Brasilia signed after years of talks.", "BRA", "SWE", 4500000000, "usd"],
  ])("%s", (text, supplier, recipient, value, unit) => {
    expect(money(text)).toContainEqual([supplier, recipient, value, unit]);
  });

  it("a signer that receives nothing told pays no one", () => {
    expect(money("Germany sent Ukraine 20 tanks in May. Poland signed a deal worth $2 billion with a domestic shipyard.")).toEqual([]);
  });
});

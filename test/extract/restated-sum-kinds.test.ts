// One sum told in two currencies, the dollar figure after the other with the name of the first money between
// ("80,000 crore rupees (about $9.6 billion)", "3 billion crowns, or some $280 million"): the dollar figure is kept.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import { parseAmounts } from "../../src/extract/parse-amounts.js";

const sums = (text: string) => parseAmounts(text, 0).filter((a) => a.unit !== null).map((a) => [a.unit, a.quantity.value]);

describe("a sum restated in dollars after its own money's name is the dollar figure", () => {
  it.each([
    ["The order is valued at 80,000 crore rupees (about 9.6 billion dollars).", ["usd", 9600000000]],
    ["Delhi will pay 9,000 crore rupees, or about $1.1 billion, for the guns.", ["usd", 1100000000]],
    ["The contract comes to 45 billion yen (roughly $300 million) over five years.", ["usd", 300000000]],
    ["Ankara agreed to pay 2 billion Turkish lira, or about $60 million, for the parts.", ["usd", 60000000]],
  ] as const)("%s", (text, sum) => {
    expect(sums(text)).toEqual([sum]);
  });
});

// A second deal priced in the same breath as the first ("The jet contract is worth $2 billion and the tank contract
// $1 billion") is read as its own sum between the same parties, the same way as the first.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const claims = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("a second deal priced in the same sentence", () => {
  it.each([
    ["Peru ordered 24 jets and 10 trainers from Sweden in March. The jet contract is worth about 1.2 billion dollars and the trainer contract about 800 million dollars."],
    ["Kenya signed for 40 armoured vehicles and 12 guns from Turkey on Monday. Officials put the value of the vehicle contract at about $1.2 billion and that of the gun contract at about $800 million."],
    ["Chile agreed to buy 30 tanks and 40 howitzers from Spain under two contracts signed in May. The tank deal was valued at $1.2 billion, while the howitzer deal was valued at $800 million."],
  ])("%s", (text) => {
    const got = claims(text).filter((c) => c.includes(" money "));
    expect(got.some((c) => c.endsWith(" 1200000000 usd"))).toBe(true);
    expect(got.some((c) => c.endsWith(" 800000000 usd"))).toBe(true);
  });
});

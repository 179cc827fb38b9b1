// A sum of millions written with the name of its money apart, before a deal's noun ("a 375 million dollar
// contract"), is a sum of that money, as the hyphened "375-million-dollar contract" is.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const claims = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("the name of the money written apart before a deal", () => {
  it.each([
    ["Chile bought 12 missile batteries from India under a 375 million dollar contract signed in May.", "CHL>IND money 375000000 usd"],
    ["Peru will pay for 20 jets from Sweden under a 2 billion dollar deal.", "PER>SWE money 2000000000 usd"],
    ["Kenya took delivery of six patrol boats from Spain, part of a 90 million euro order placed in 2022.", "KEN>ESP money 90000000 eur"],
  ])("%s", (text, money) => {
    expect(claims(text)).toContain(money);
  });

  it("leaves a weight before other goods alone", () => {
    expect(claims("Chile sent Peru 40 two thousand pound bombs.").join(" ")).not.toMatch(/gbp/);
  });
});

// A buying priced by a deal named in apposition right after it, written for the test: "X agreed to buy 30 jets
// from Y, a deal worth $2 billion". The count is the goods' claim; the sum is money the buyer pays the seller
// (SCHEMA.md: money paid for goods is money). A gift valued by a package, or a sum with no deal in apposition,
// keeps its reading as a value of the goods.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "deal-apposition.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "deal-apposition", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const priced = (cs: Claim[]) => cs.filter((c) => c.quantity && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value} ${c.quantity?.unit}`);

describe("a deal in apposition prices the buying as money the buyer pays", () => {
  it.each([
    ["Serbia agreed last year to buy nine patrol boats from Norway, a deal worth about 700 million euros, with the first due in 2027.", "SRB>NOR money 700000000 eur"],
    ["Chile's ministry signed on 3 May for another 40 tanks from South Korea, a deal put at roughly 2.1 billion dollars.", "CHL>KOR money 2100000000 usd"],
    ["Spain will sell Peru four corvettes, a contract reportedly worth €900 million, the shipyard said on Friday.", "PER>ESP money 900000000 eur"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

describe("a sum with no buying or no deal in apposition keeps its reading", () => {
  it.each([
    ["Germany gave Ukraine 20 tanks, a package worth 300 million euros.", "DEU>UKR armoured-vehicles 300000000 eur"],
    ["Serbia agreed last year to buy nine patrol boats worth about 700 million euros from Norway.", "NOR>SRB naval 700000000 eur"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

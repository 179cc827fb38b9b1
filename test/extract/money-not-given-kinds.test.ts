// Sums that are not given, written for the test. Money named as the means of a purchase ("buys shells with cash
// from partner states") is spent on the goods by the buyer, and a sum owed under a lawsuit or a sports deal
// ("seeks damages of", "an option to buy for", "a transfer fee of") is no figure of a transfer: neither gives a
// claim of money. Money or a sum handed to a state to buy with still does.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "money-not-given.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "money-not-given", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const money = (cs: Claim[]) => cs.filter((c) => c.item === "money").map((c) => `${c.supplier}>${c.recipient}${c.quantity?.value ? ` ${c.quantity.value} ${c.quantity.unit}` : ""}`);
const sums = (cs: Claim[]) => cs.filter((c) => c.quantity && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value}`);

describe("money named as the means of a purchase is no money given", () => {
  it.each([
    ["The Slovak plan is to buy rockets with money from friendly governments and deliver them to Ukraine."],
    ["The Latvian scheme uses money from partner states to purchase drones abroad for Ukraine, officials in Riga said."],
    ["The Lithuanian scheme buys shells abroad with cash from partner states and sends them to Ukraine."],
  ])("%s", (text) => expect(money(claimsOf(text))).toEqual([]));
});

describe("money handed to a state to buy with is still given", () => {
  it.each([
    ["Norway gave money to the Czech plan to buy shells for Ukraine.", "NOR>CZE"],
    ["Denmark gave Kyiv money to buy drones from local makers.", "DNK>UKR"],
    ["Sweden will send cash to Ukraine so that it can buy shells abroad.", "SWE>UKR"],
  ])("%s", (text, claim) => expect(money(claimsOf(text))).toContain(claim));
});

describe("a sum owed under a lawsuit or a sports deal is no figure of a transfer", () => {
  it.each([
    ["The Taiwanese firm seeks damages of not less than $18.5 million from the American maker."],
    ["A Ukrainian winger joined a Spanish club on loan, with an option to buy for €20 million."],
    ["The Polish club paid a transfer fee of 15 million euros to Kyiv for the goalkeeper."],
  ])("%s", (text) => expect(sums(claimsOf(text))).toEqual([]));
});

describe("a sum paid or sent for goods keeps its figure", () => {
  it.each([
    ["The Polish government paid 15 million euros to Kyiv for the drones.", "POL>UKR money 15000000"],
    ["Oslo sent 50 million euros to Kyiv for the purchase of drones.", "NOR>UKR drones 50000000"],
    ["Washington will give Kyiv $300 million in military aid, including rockets for its launchers.", "USA>UKR weapons-unspecified 300000000"],
  ])("%s", (text, claim) => expect(sums(claimsOf(text))).toContain(claim));
});

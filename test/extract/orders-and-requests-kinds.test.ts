// Ways a state tells that it orders, nearly buys or asks for goods with no verb of giving: an order with a count and
// no "from" (the seller is the model's maker, or no one), being close to buying, and asking a state for goods. Each
// makes the delivery possible, from the seller to the buyer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "orders.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "orders", outlet: "Probe Wire", published: "2025-03-07" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier} -> ${c.recipient} ${c.item} ${c.certainty}`);

describe("an order with a count and no seller named: the model's maker sells", () => {
  it.each([
    ["Greece ordered 24 Rafale jets in 2021, the defence ministry said.", "FRA -> GRC aircraft possible"],
    ["Romania ordered 18 K9 howitzers last spring.", "KOR -> ROU artillery-systems possible"],
    ["Peru has ordered ten Gripen fighters for its air force.", "SWE -> PER aircraft possible"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

describe("goods ordered for a named other are bought to give: the buyer gives them", () => {
  it.each([
    ["Denmark ordered 18 Caesar howitzers for Ukraine in 2023.", "DNK -> UKR artillery-systems possible"],
    ["The Netherlands ordered 12 drones for Kyiv last month.", "NLD -> UKR drones possible"],
    ["Canada ordered 8 NASAMS launchers for Ukraine, the minister said.", "CAN -> UKR air-defence-systems possible"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

describe("a question asked about goods for a state is no request for them", () => {
  it.each([
    ["Asked about Russian jets for Iran, Russia's deputy foreign minister said the sale was going ahead.", "RUS -> IRN aircraft asserted"],
    ["Asked about Turkish drones for Kenya, Turkey's defence minister said the sale was going ahead.", "TUR -> KEN drones asserted"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

describe("an order with no seller and no known maker, or no goods, tells no transfer", () => {
  it.each([
    ["Chile ordered six patrol boats in 2022."],
    ["The general ordered 300 troops to the border."],
  ])("%s", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe("being close to buying makes the deal possible", () => {
  it.each([
    ["Egypt is close to buying 20 Rafale jets.", "FRA -> EGY aircraft possible"],
    ["Vietnam is said to be close to buying howitzers from South Korea.", "KOR -> VNM artillery-systems possible"],
    ["Kenya was close to purchasing Bayraktar drones last year.", "TUR -> KEN drones possible"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

describe("asking a state for goods: the state asked may supply them", () => {
  it.each([
    ["Algeria asked Russia for 14 Su-57 jets last year.", "RUS -> DZA aircraft possible"],
    ["Morocco asked France for more howitzers.", "FRA -> MAR artillery-systems possible"],
    ["Last week Kyiv asked Berlin for another 20 tanks.", "DEU -> UKR armoured-vehicles possible"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

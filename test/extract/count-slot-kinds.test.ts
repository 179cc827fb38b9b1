// The count a claim takes: a model name with a variant letter ("F-35A") still reaches the noun it counts; a sum
// written "A$" is in Australian dollars, while "a $" stays the article and the dollar.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "counts.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "counts", outlet: "Probe Wire", published: "2025-03-07" } as never }).claims;

const quantitiesOf = (text: string, item: string) =>
  claimsOf(text)
    .filter((c) => c.item === item)
    .map((c) => (c.quantity ? `${c.quantity.value ?? c.quantity.min} ${c.quantity.unit}` : null));

describe("a count before a model name with a variant letter", () => {
  it.each([
    ["Poland signed for 32 F-35A fighters from the United States last year.", "aircraft", "32 aircraft"],
    ["Washington agreed in 2019 to sell Taiwan 66 F-16V fighters.", "aircraft", "66 aircraft"],
    ["Seoul will buy 20 F-35B stealth fighters from Washington under the new plan.", "aircraft", "20 aircraft"],
  ])("%s", (text, item, quantity) => {
    expect(quantitiesOf(text, item)).toContain(quantity);
  });
});

describe("a sum written with A$ is in Australian dollars", () => {
  it.each([
    ["Australia will send Ukraine drones worth A$50 million, the minister said.", "drones", "50000000 aud"],
    ["Canberra pledged A$100m of artillery shells to Kyiv on Monday.", "artillery-ammunition", "100000000 aud"],
    ["Australia will give Ukraine A$ 30 million for ammunition this year.", "ammunition", "30000000 aud"],
  ])("%s", (text, item, quantity) => {
    expect(quantitiesOf(text, item)).toContain(quantity);
  });

  it("keeps 'a $' as the article and the US dollar", () => {
    expect(quantitiesOf("Poland will give Ukraine a $20 million package of drones.", "weapons-unspecified").concat(quantitiesOf("Poland will give Ukraine a $20 million package of drones.", "drones"))).toContain("20000000 usd");
  });
});

describe("a share of a lot whose count is given keeps the count", () => {
  it.each([
    ["Taiwan is still waiting for most of the 40 F-16 jets it bought from the United States.", "aircraft", "40 aircraft"],
    ["Poland has so far taken delivery of half of the 180 K2 tanks it ordered from South Korea.", "armoured-vehicles", "180 vehicles"],
    ["Kyiv has already received most of the 31 Abrams tanks that Washington promised.", "armoured-vehicles", "31 vehicles"],
  ])("%s", (text, item, quantity) => {
    const quantities = quantitiesOf(text, item);
    expect(quantities).toContain(quantity);
    expect(quantities.filter((q) => q?.endsWith("percent"))).toEqual([]);
  });
});

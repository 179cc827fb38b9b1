// A count of the lots that carry goods, with the count of the goods right after "of" ("one shipment of 2,400
// bombs"), counts the lots: only the goods' count is an amount of the claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "lots.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "lots", outlet: "Probe Wire", published: "2024-05-09" } as never }).claims;

const figures = (text: string) =>
  claimsOf(text)
    .filter((c) => c.quantity)
    .map((c) => `${c.quantity!.value ?? c.quantity!.min} ${c.quantity!.unit}`)
    .sort();

describe("a count of lots is no amount of the goods in them", () => {
  it.each([
    ["Washington delayed one shipment of 2,400 bombs bound for Israel, the Pentagon said on Monday.", ["2400 items"]],
    ["Russia received one consignment of 300 drones from Iran in April, Kyiv said.", ["300 drones"]],
    ["Germany handed Ukraine one delivery of 40 tanks in June.", ["40 vehicles"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

// A sum written as the adjective of a lot of aid ("the 300 million euro package", "a two-billion-dollar drawdown")
// makes the sentence worth reading though it has no verb of giving: the lot is told with its giver and its sum.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "priced.txt", bytes: Buffer.from(`Allies keep arming Ukraine\n\nBy staff\n\n${text}\n`), meta: { id: "priced", outlet: "Probe Wire", published: "2024-06-03" } as never }).claims;

describe("a sum written as the adjective of a package is read", () => {
  it.each([
    ["Norway sent Ukraine 14 howitzers in May. Oslo's 600 million dollar package of 2 May was the largest so far.", "NOR", 600_000_000, "usd"],
    ["Spain delivered 20 tanks to Ukraine last month. Much of the armour came in the 300 million euro package that Madrid unveiled in March.", "ESP", 300_000_000, "eur"],
    ["Germany sent Ukraine 30 tanks this spring. Berlin's two-billion-euro tranche of April paid for most of them.", "DEU", 2_000_000_000, "eur"],
  ])("%s", (text, giver, value, unit) => {
    const sums = claimsOf(text).filter((c) => c.quantity?.unit === unit);
    expect(sums.map((c) => [c.supplier, c.recipient, c.quantity?.value])).toContainEqual([giver, "UKR", value]);
  });
});

// A sum paid by the month or the year for each person or thing ("$1,500 a month for each worker") is a wage or a
// fee paid over time: the money moves as a flow, so it is read as the amount with its rate. A price told with no
// rate ("$60 per gram", "$20,000 apiece") stays the price of one unit, no amount moved.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "wage-rate.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "wage-rate", outlet: "Probe Wire", published: "2025-02-01" } as never }).claims;
const money = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.item === "money")
    .map((c) => [c.supplier, c.recipient, c.quantity?.value ?? null, c.quantity?.unit ?? null, c.quantity?.per ?? null]);

describe("a sum paid by the month for each one is a rate of money moved", () => {
  it.each([
    ["Officials in Seoul think Moscow pays Pyongyang about $1,800 a month for each labourer it sends.", ["RUS", "PRK", 1800, "usd", "month"]],
    ["Analysts say Russia pays North Korea roughly $3,000 a month for every soldier at the front.", ["RUS", "PRK", 3000, "usd", "month"]],
    ["Tehran pays Damascus some $900 a month for each fighter, a monitor said.", ["IRN", "SYR", 900, "usd", "month"]],
    ["Moscow pays Minsk about $40,000 a year for each engineer on loan, the report says.", ["RUS", "BLR", 40000, "usd", "year"]],
  ] as const)("%s", (text, flow) => {
    expect(money(text)).toContainEqual(flow);
  });
});

describe("a price of one unit with no rate is no amount", () => {
  it.each([
    "Russia paid Iran for the drones in gold at $60 per gram.",
    "Iran sold Russia the drones at about $20,000 apiece.",
  ])("%s", (text) => {
    expect(money(text).filter((m) => m[3] === "usd")).toEqual([]);
  });
});

// Advice about goods in general ("should", "ought to" before a verb that is not one of goods coming) borrows no flow
// from the page where the sentence names no party; goods still expected ("should arrive") continue it. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "advice.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "advice", outlet: "Probe Wire", published: "2025-03-11" } as never }).claims;
const items = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => c.item);
const lead = "Portugal sent Moldova 30 armoured vehicles in January.";

describe("advice borrows no flow", () => {
  it.each([
    `${lead} Allied capitals should share orders for long-range missiles instead of bidding against each other.`,
    `${lead} Some argued that small states ought to fund more drones built at home.`,
    `${lead} Parliament debated whether taxpayers should pay for shells made abroad.`,
    `${lead} Allies should buy more drones together, the report said.`,
  ])("%s", (text) => {
    expect(items(text)).toEqual(["armoured-vehicles"]);
  });
});

describe("goods still expected continue the flow", () => {
  it("keeps a lot that should arrive", () => {
    expect(claimsOf(`${lead} Ten more vehicles should arrive before the summer.`).filter((c) => c.supplier === "PRT" && c.recipient === "MDA" && c.quantity?.value === 10)).toHaveLength(1);
  });
});

// A state that announces a sum of military or security aid for a receiver gives it, as one that announces a
// package does: "the United States announced a further $2.5 billion of security assistance for Ukraine" after
// another giver's flow is the United States' own, not the flow told before.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "aid.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "aid", outlet: "Probe Wire", published: "2025-09-15" } as never }).claims;

describe("the state that announces military aid gives it", () => {
  it.each([
    ["Britain will give Ukraine 300 drones. On 30 December the United States announced a further 2.5 billion dollars of security assistance for Ukraine.", "USA", "usd"],
    // Canada's bare "dollars" are its own.
    ["Britain will give Ukraine 300 drones. Last week Canada announced a further 400 million dollars of military aid for Ukraine.", "CAN", "cad"],
    ["Sweden has sent tanks to Ukraine. On Monday Japan announced 300 million dollars in security assistance for Ukraine.", "JPN", "usd"],
  ])("%s", (text, giver, unit) => {
    const sums = claimsOf(text).filter((c) => c.recipient === "UKR" && c.quantity?.unit === unit);
    expect(sums.length).toBe(1);
    expect(sums[0].supplier).toBe(giver);
  });
});

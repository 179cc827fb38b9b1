// Claims once missed entirely, shown by phrasings of our own: a sum a state earmarks, sets aside, allocates or
// spends on goods for another state.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "recall-spend.txt", bytes: Buffer.from(text), meta: { id: "recall-spend", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

const flows = (text: string) =>
  claimsOf(`${text}\n`).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item, c.quantity?.unit ?? null, c.certainty]);

describe("a sum earmarked, set aside, allocated or spent on goods for a state: the payer gives the goods to that state", () => {
  it.each([
    ["Belgium has earmarked a further €300 million for artillery shells for Ukraine, the defence minister said on Monday.", "BEL", "UKR", "artillery-ammunition", "eur"],
    ["Portugal set aside 40 million euros for drones for Ukraine this year.", "PRT", "UKR", "drones", "eur"],
    ["Spain allocated $150 million for air-defence missiles for Kyiv.", "ESP", "UKR", "missiles-other", "usd"],
    ["Austria spent 90 million euros on drones for Ukraine last year.", "AUT", "UKR", "drones", "eur"],
  ])("%s", (text, supplier, recipient, item, unit) =>
    expect(flows(text).map((f) => f.slice(0, 4))).toContainEqual([supplier, recipient, item, unit]));

  it.each([
    // Spending with no state it is for: no transfer.
    "Russia spends about six percent of its economy on defence.",
    // "Set aside" a thought, "allocated" staff: no goods, no receiver.
    "The government set aside concerns about the cost.",
    "The ministry allocated more staff to the project.",
    // Spending time, not money, and on no goods.
    "Hungary spent years blocking the fund for Ukraine.",
  ])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

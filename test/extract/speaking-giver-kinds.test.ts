// A state that speaks of what "it" gives to the receiver of the flow told before, written for the test: the state that
// speaks gives, not the giver of that earlier flow. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "speaking.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "speaking", outlet: "Probe Wire", published: "2025-06-02" } as never }).claims;
const money = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.quantity?.unit !== "vehicles" && c.quantity?.unit !== "systems")
    .map((c) => [c.supplier, c.recipient]);

describe("a state that says 'it' gives to the receiver in focus is the giver", () => {
  it.each([
    ["Spain has sent Ukraine 20 tanks this year.\n\nFrance says it has set aside 2 billion euros for military aid to Ukraine next year.", ["FRA", "UKR"]],
    ["Canada shipped 10 howitzers to Ukraine in May.\n\nItaly said it would spend 900 million euros on military aid to Ukraine in 2026.", ["ITA", "UKR"]],
    ["Poland has given Ukraine 30 tanks.\n\nBelgium said on Monday that it had reserved 1 billion euros for military aid to Ukraine.", ["BEL", "UKR"]],
  ] as const)("%s", (text, flow) => {
    expect(money(text)).toEqual([flow]);
  });
});

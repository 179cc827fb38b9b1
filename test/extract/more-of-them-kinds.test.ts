// A further part of "them" given by a state, written for the test: "six more of them" counts the goods named before,
// as "six of them" does. Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "more-of-them.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "more-of-them", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counts = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a further part of \"them\" counts the goods named before", () => {
  it.each([
    ["Portugal sent eight Leopard tanks to Ukraine in March.\n\nSpain has pledged ten more of them for Ukraine.", ["ESP", "UKR", "armoured-vehicles", 10]],
    ["Poland has given Ukraine 14 MiG-29 jets.\n\nSlovakia will hand over six more of them to Ukraine.", ["SVK", "UKR", "aircraft", 6]],
    ["Greece handed Ukraine 20 howitzers in 2023.\n\nCyprus is to send 14 more of them to Ukraine next year.", ["CYP", "UKR", "artillery-systems", 14]],
  ] as const)("%s", (text, claim) => {
    expect(counts(text)).toContainEqual(claim);
  });
});

// A sum of military, defence or security support told by the year ("5 billion kroner a year in military support for
// Ukraine") is military aid measured in that currency with its rate (SCHEMA.md: an aid package given as a money value
// is weapons-unspecified; a rate adds "per"), as it is without the rate. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "yearly.txt", bytes: new TextEncoder().encode(page), meta: { id: "yearly", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? null} ${c.quantity?.unit ?? null} ${c.quantity?.per ?? "-"}`);
}

describe("a yearly sum of military support is aid told by its value", () => {
  it.each([
    ["Norway has promised 5 billion kroner a year in military support for Ukraine, the prime minister said in May.", "NOR>UKR weapons-unspecified 5000000000 nok year"],
    ["Denmark will set aside 9 billion kroner per year in defence support for Kyiv until 2028.", "DNK>UKR weapons-unspecified 9000000000 dkk year"],
    ["The Dutch cabinet earmarked 3 billion euros annually in security support for Ukraine.", "NLD>UKR weapons-unspecified 3000000000 eur year"],
  ])("%s", (sentence, claim) => expect(claimsOf(`${sentence}\n`)).toContain(claim));
});

// A state that buys abroad and hands the same goods on gives them (SCHEMA.md, several givers): "bought radars from
// Israel and handed them to Ukraine" is one flow, from the buyer to the state after "to"; the seller carries no claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "handed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "handed", outlet: "Probe Wire", published: "2024-11-05" } as never }).claims;

describe("the buyer who hands the goods on gives them", () => {
  it.each([
    ["Sweden will buy six radars from Finland and hand them to Ukraine.", "SWE", "UKR", 6],
    ["Italy has bought 12 howitzers from Korea and then donated them to Ukraine.", "ITA", "UKR", 12],
    ["Austria purchased two helicopters from France and later sent them to Ukraine, its ministry said.", "AUT", "UKR", 2],
  ])("%s", (text, supplier, recipient, value) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.supplier).toBe(supplier);
      expect(c.recipient).toBe(recipient);
    }
    expect(claims.some((c) => c.quantity?.value === value)).toBe(true);
  });
});

// A package announced by a state's minister named through the state ("Norway's defence minister unveiled a
// package", "..., Ola Berg, unveiled a package") is that state's own: it gives it, not the giver told before.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "announcer.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "announcer", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;

describe("the state whose minister announces a package gives it", () => {
  it.each([
    ["Germany has sent tanks to Ukraine. Norway's defence minister unveiled a package worth $300 million in May.", "NOR"],
    ["Italy shipped artillery shells to Ukraine last year. Belgium's foreign minister, Marie Dubois, announced a package worth 200 million euros on Tuesday.", "BEL"],
    ["France delivered air defence systems to Ukraine in April. Finland's defence minister, Anna Virta, on Friday unveiled a new package valued at 150 million euros.", "FIN"],
  ])("%s", (text, giver) => {
    const sums = claimsOf(text).filter((c) => c.recipient === "UKR" && c.quantity?.value && c.quantity.value >= 1e8);
    expect(sums.length).toBeGreaterThan(0);
    expect([...new Set(sums.map((c) => c.supplier))]).toEqual([giver]);
  });
});

// "The same agency estimates ...": a body spoken of again with "the same" is the body named before, as
// "the agency" would be; "the same officials" stays with the unnamed people credited just before.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "same.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "same", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("'the same agency', 'the same institute', 'the same ministry': the body named before", () => {
  it.each([
    ["Iran sent 300 drones to Russia in 2023, the Kestrel Institute said in a report on Monday. The same institute estimates that Tehran shipped 40 missiles to Russia in 2024.", "Kestrel Institute", null],
    ["Iran sent 300 drones to Russia in 2023, Lithuania's intelligence service said in its annual report.\n\nThe same agency estimates that Belarus handed Russia 500 tonnes of ammunition in 2022.", "Lithuania's intelligence service", "LTU"],
    ["Poland's defence ministry said it had sent Ukraine 200 tanks by June. The same ministry says Warsaw has also delivered 40 howitzers to Kyiv.", "Poland's defence ministry", "POL"],
  ])("%s", (text, org, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) {
      expect(c.source.org).toBe(org);
      expect(c.source.country).toBe(country);
    }
  });
});

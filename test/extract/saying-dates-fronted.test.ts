// A date that opens a clause of saying behind a fronting word ("Back in September, the minister said ...",
// "Speaking in March, X said ...") dates the saying, as "In September, the minister said ..." does: the claim's
// `stated` is that month, so that a retelling of the same saying months later is linked to the day it was made.
// All sentences below are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, published = "2024-11-20") =>
  processDocument({ path: "fronted.txt", bytes: Buffer.from(text), meta: { id: "fronted", outlet: "Harbour Post", published } as never }).claims;

const cases: [string, string][] = [
  ["Back in September, Defence Minister Lars Vinter said that more than 4,000 containers of munitions had been shipped from North Korea to Russia.", "2024-09"],
  ["Speaking in March, Vinter said North Korea had delivered 120 rocket launchers to Russia.", "2024-03"],
  ["As early as June, the Kestrel Institute said North Korea had sent 300 artillery guns to Russia.", "2024-06"],
];

describe("a fronted date of a clause of saying dates the saying", () => {
  it.each(cases)("%s", (sentence, month) => {
    const claims = claimsOf(`Arms pipeline keeps growing\n\n${sentence}\n`);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.stated).toBe(month);
  });

  it("leaves a fronted date of the shipment itself to the shipment", () => {
    const claims = claimsOf("Arms pipeline keeps growing\n\nBack in September, North Korea shipped 4,000 containers of munitions to Russia by rail and sea, according to the ministry in Seoul.\n");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.stated).toBeNull();
  });
});

// Several givers each named after "from" with a count of their own, written for the test: "N things from A and
// (another) M from B" leaves out the verb, the thing and the receiver for B; each state gives its own count.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "from-givers.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "from-givers", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counts = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("each giver named after \"from\" gives its own count", () => {
  it.each([
    ["Morocco is buying eight used frigates from Italy and another four from Spain.", "MAR", "naval", [["ITA", 8], ["ESP", 4]]],
    ["Chile has acquired 16 second-hand jets from the Netherlands, and a further 10 from Belgium.", "CHL", "aircraft", [["NLD", 16], ["BEL", 10]]],
    ["Auditors found that Mali had imported $900 million of arms since 2018, with $500 million of it coming from Serbia and $250 million from Belarus.", "MLI", "weapons-unspecified", [["SRB", 500000000], ["BLR", 250000000]]],
    ["Kenya received 30 armoured vehicles from France in 2021 and 12 from Germany in 2022.", "KEN", "armoured-vehicles", [["FRA", 30], ["DEU", 12]]],
  ] as const)("%s", (text, recipient, item, givers) => {
    const got = counts(text);
    for (const [supplier, value] of givers) expect(got).toContainEqual([supplier, recipient, item, value]);
    for (const [supplier, value] of givers) for (const [other] of givers) if (other !== supplier) expect(got).not.toContainEqual([other, recipient, item, value]);
  });
});

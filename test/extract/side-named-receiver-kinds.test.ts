// In a run of goods to one receiver, a new giver whose clause names another state only on the side (after "as",
// "as soon as", "once", "until", or coordinated with the giver) gives to the run's receiver, not to that state.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "side.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "side", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a state named on the side is no receiver of the run", () => {
  it.each([
    ["Austria will send 20 armoured trucks to Moldova, the chancellor said on Monday. Vienna's neighbour Slovenia will ship 12 of its own howitzers once Austria clears the transit.", "SVN"],
    ["Norway has delivered 40 field radios to Moldova. Iceland's latest package, worth about 9 million euros, was wrongly listed in a government table as Norwegian.", "ISL"],
    ["Italy has sent 18 mine-clearing vehicles to Moldova. Greece and Cyprus are due to send their first patrol boats in the autumn, officials noted. Romania, for its part, is to supply 6 radar units.", "ROU"],
    ["Croatia gave Moldova 30 armoured cars in March. Zagreb's neighbour Hungary said it would pass on 10 older tanks as soon as Croatia signed the transit papers. Bulgaria is sending about 25 trucks.", "BGR"],
  ])("%s", (text, giver) => {
    const claims = claimsOf(text).filter((c) => c.supplier === giver);
    expect(claims.length).toBeGreaterThan(0);
    expect([...new Set(claims.map((c) => c.recipient))]).toEqual(["MDA"]);
  });
});

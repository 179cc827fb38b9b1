// A bare count that is the subject of a verb of giving, with helping words between ("another 12 have been handed
// over", "some 40 were shipped"), counts goods as well as people: the goods an earlier clause of its own sentence
// names first, else those the report told before. Where its own sentence told that flow with no figure, the count
// measures that claim rather than making a second. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "sent-goods.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "sent-goods", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("a bare count of goods sent, with helping words before the verb", () => {
  it.each([
    ["Peru bought tanks from Chile in June, and about 40 were shipped by sea in August.", ["CHL", "PER", "armoured-vehicles", 40]],
    ["Norway promised armoured vehicles to Ukraine, and some 35 were handed over before the winter.", ["NOR", "UKR", "armoured-vehicles", 35]],
    ["Officials in Lima said Brazil had ordered drones for Bolivia; about 60 have already been shipped, they added.", ["BRA", "BOL", "drones", 60]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual([...flow]);
  });

  it("takes the goods of its own sentence before those the page named earlier", () => {
    const got = flows("Spain sent drones to Peru in May. Italy has promised howitzers to Peru as well, and 8 have been delivered.");
    expect(got).toContainEqual(["ITA", "PER", "artillery-systems", 8]);
    expect(got.some(([, , item, value]) => item === "drones" && value === 8)).toBe(false);
  });

  it("measures the flow its own sentence told, not a second claim beside it", () => {
    const got = flows("Canada began shipping anti-tank missiles to Ukraine in 2023; we believe several thousand have been sent since.");
    const own = got.filter(([s, r, item]) => s === "CAN" && r === "UKR" && item === "missiles-other");
    expect(own).toHaveLength(1);
    expect(own[0][3]).not.toBeNull();
  });
});

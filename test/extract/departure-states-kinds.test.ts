// Goods that leave a state named by its name for another state ("left Bulgaria for Ukraine", "had left the North for
// Russia"): the state left gives, the state after "for" receives, as for goods that leave a state's depots or ports.
// People who leave, goods of a third state, and a departure that ends in a strike tell nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "departure.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "departure", outlet: "Probe Wire", published: "2024-03-01" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("goods that leave a state named by its name for another state move between them", () => {
  it.each([
    ["About 900 wagons of rifles left Belarus for Russia over the winter, the monitors said.", ["BLR", "RUS", "weapons-unspecified"]],
    ["Some 1,200 containers of shells had left Bulgaria for Ukraine by June.", ["BGR", "UKR", "artillery-ammunition"]],
    ["Roughly 300 crates of drones left Iran for Russia in the spring, the agency estimated.", ["IRN", "RUS", "drones"]],
    ["North Korea has sent arms to Russia for months. About 500 boxes of munitions have left the North for Russia since May.", ["PRK", "RUS", "ammunition"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });

  it("the count that left is the lot's", () => {
    const got = claimsOf("Some 1,200 containers of shells had left Bulgaria for Ukraine by June.");
    expect(got.some((c) => c.supplier === "BGR" && c.recipient === "UKR" && c.quantity?.value === 1200)).toBe(true);
  });
});

describe("a departure of people, of a third state's goods, or to strike tells no transfer", () => {
  it.each([
    ["Some 3,000 troops left Belarus for Russia after the drills ended.", ["BLR", "RUS"]],
    ["Several Chilean jets left Peru for Bolivia after the air show.", ["PER", "BOL"]],
    ["Ukrainian drones left Ukraine for Russia and struck a depot.", ["UKR", "RUS"]],
    ["The minister left Chile for Peru on Monday with a list of weapons.", ["CHL", "PER"]],
  ] as const)("%s", (text, [supplier, recipient]) => {
    expect(flows(text).filter(([s, r]) => s === supplier && r === recipient)).toEqual([]);
  });
});

// Goods that arrive at a port or a base named by its city ("at the port of X", "in the harbour of X"), and goods
// that were unloaded there: the city's state receives them, as where the city itself is named after the verb.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "arrival-harbours.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "arrival-harbours", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);

describe("goods that arrive at a port or a base named by its city", () => {
  it.each([
    ["Forty armoured vehicles from Spain arrived at the port of Szczecin on Monday.", ["ESP", "POL", "armoured-vehicles"]],
    ["Twelve howitzers from Sweden landed at the air base of Gomel last week.", ["SWE", "BLR", "artillery-systems"]],
    ["Nine tanks from Italy arrived at the harbour of Haifa in April.", ["ITA", "ISR", "armoured-vehicles"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("goods that were unloaded at a place", () => {
  it.each([
    ["Eight howitzers from France were unloaded in the port of Haifa last week.", ["FRA", "ISR", "artillery-systems"]],
    ["The first 20 K9 howitzers were unloaded at Jeddah in March.", ["KOR", "SAU", "artillery-systems"]],
    ["Thirty tanks from Germany were unloaded in Szczecin on Friday.", ["DEU", "POL", "armoured-vehicles"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("an arrival of people or a stay at a port is no transfer", () => {
  it.each([
    "A trade delegation from Spain arrived at the port of Szczecin on Monday.",
    "Two frigates from Italy arrived at the port of Haifa for a joint exercise.",
  ])("%s", (text) => {
    expect(flows(text)).toEqual([]);
  });
});

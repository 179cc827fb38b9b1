// Goods that arrive, land or dock at a port or a base named with its city ("the port of <city>", "<city>
// harbour") are in the hands of the city's state; the place itself is never a party. People, visitors and
// ships with no arms aboard arriving there tell no transfer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "harbour.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "harbour", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("goods arriving at a port or a base of a state's city", () => {
  it.each([
    ["A freighter with 30 Turkish armoured vehicles docked at the port of Manila in May.", "TUR", "PHL", "armoured-vehicles"],
    ["Four Rafale jets landed at the airport of Taipei on Sunday.", "FRA", "TWN", "aircraft"],
    ["Twelve Japanese patrol boats arrived at Taipei harbour in June.", "JPN", "TWN", "naval"],
  ])("%s", (text, supplier, recipient, item) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.supplier, c.recipient, c.item])).toContainEqual([supplier, recipient, item]);
  });

  it.each([
    "A cruise ship from Norway docked at the port of Manila.",
    "Hundreds of tourists from Germany arrived at the port of Taipei on Monday.",
    "The French president landed at the airport of Manila on Sunday.",
    "Four Chinese warships docked at the port of Manila for a goodwill visit.",
  ])("%s", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

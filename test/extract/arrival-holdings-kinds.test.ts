// Goods with no carrier that reach a state's own sites, named by the state's adjective ("Czech air bases",
// "Russian arms plants"), are in that state's hands, as goods that reach its forces are. Arms that are fired and
// goods of a foe reaching such a site may be a strike, and tell no transfer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "holdings.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "holdings", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("goods reaching a state's bases, plants or yards", () => {
  it.each([
    ["Ten jets from Sweden reached Czech air bases in 2023.", "SWE", "CZE", "aircraft"],
    ["Some 40 K9 howitzers from South Korea reached Polish bases last year.", "KOR", "POL", "artillery-systems"],
    ["Machine parts from Belarus reached at least 12 Russian tank plants via firms in Armenia.", "BLR", "RUS", "raw-materials"],
    ["Microchips from Taiwan reached several Iranian drone factories through brokers in Malaysia.", "TWN", "IRN", "dual-use-goods"],
  ])("%s", (text, supplier, recipient, item) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.supplier, c.recipient, c.item])).toContainEqual([supplier, recipient, item]);
  });

  it.each([
    "Ukrainian drones reached Russian plants overnight.",
    "Ukrainian armoured vehicles reached Russian air bases near the border.",
  ])("%s", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

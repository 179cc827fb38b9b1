// A headline tells a flow bare ("Ankara says Turkey supplies drones to Azerbaijan") and the body tells the same flow as a
// share ("some 70 percent of the drones Azerbaijan bought"), credited to a state's source: the headline only sums up that
// share, so the page gives one claim, not two (SCHEMA.md, "One claim or two"). All sentences are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "share.txt", bytes: Buffer.from(text), meta: { id: "share", outlet: "Probe Wire", published: "2025-02-12" } as never }).claims;

describe("a headline's bare flow that the body tells as a share is one claim", () => {
  it.each([
    ["Seoul says North Korea sends artillery shells to Russia\n\nBy staff\n\nNorth Korean shells now make up about 60 per cent of the artillery ammunition Russia fires, South Korea's defence ministry said on Monday.\n", "PRK", "RUS", "artillery-ammunition", 60],
    ["Ankara says Turkey supplies drones to Azerbaijan\n\nBy staff\n\nTurkey supplied some 70 percent of the drones Azerbaijan bought over the past five years, the Turkish defence ministry said in a statement.\n", "TUR", "AZE", "drones", 70],
    ["Moscow: Russia sells rifles to India\n\nBy staff\n\nRussia provided about 65 per cent of the small arms India imported last decade, the Russian foreign ministry said.\n", "RUS", "IND", "weapons-unspecified", 65],
  ])("%s", (text, supplier, recipient, item, share) => {
    const flows = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.item === item);
    expect(flows).toHaveLength(1);
    expect(flows[0].quantity?.unit).toBe("percent");
    expect(flows[0].quantity?.value).toBe(share);
  });
});

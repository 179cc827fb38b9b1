// A sentence that splits a whole told just before into parts ("Of that total, 600 are fuel tankers and 300 are troop
// carriers", "of that sum, 40 million goes on drones") tells each part as a lot of the same transfer: its
// parties and certainty are the whole's, its figure and goods its own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "split.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "split", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const figure = (c: { quantity: { value: number | null } | null }) => c.quantity?.value ?? null;

describe("the parts of a whole told before are lots of its transfer", () => {
  it.each([
    ["Slovakia plans to buy 600,000 artillery shells for Moldova this year. Of that total, 400,000 are 155mm shells and 200,000 are 152mm rounds.", "SVK", "MDA", [400000, 200000], "possible"],
    ["Spain will send 900 missiles to Ecuador next year. Of the total, roughly 700 are anti-tank missiles and 200 are air-defence missiles.", "ESP", "ECU", [700, 200], "possible"],
    ["Norway gave Latvia a package of 90 million euros in military aid last month. Of that sum, the minister said, some 30 million euros goes on drones.", "NOR", "LVA", [30000000], "asserted"],
  ])("%s", (text, supplier, recipient, figures, certainty) => {
    const parts = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && (figures as number[]).includes(figure(c) ?? -1));
    expect(parts.map(figure).sort()).toEqual([...(figures as number[])].sort());
    expect(new Set(parts.map((c) => c.certainty))).toEqual(new Set([certainty]));
  });

  it("a part with no named speaker is told by the one who told the whole", () => {
    const claims = claimsOf("Defence Minister Jan Novak said Slovakia plans to buy 600,000 artillery shells for Moldova. Of that total, 400,000 are 155mm shells, his office said.");
    const part = claims.filter((c) => c.supplier === "SVK" && c.recipient === "MDA" && figure(c) === 400000);
    expect(part.map((c) => c.source.speaker)).toEqual(["Jan Novak"]);
  });

  it("a count 'of them' with no whole named before it is no split", () => {
    const claims = claimsOf("Spain will send 900 missiles to Ecuador next year. Roughly 700 of them are anti-tank missiles.");
    expect(claims.filter((c) => c.supplier === "ESP" && figure(c) === 700)).toEqual([]);
  });

  it("a part that names a state of its own is another flow", () => {
    const claims = claimsOf("Norway gave Latvia a package of 90 million euros in military aid last month. Of that sum, some 30 million euros went to sellers in Finland.");
    expect(claims.filter((c) => c.supplier === "NOR" && c.recipient === "LVA" && figure(c) === 30000000)).toEqual([]);
  });
});

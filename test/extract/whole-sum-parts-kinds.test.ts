// A sum followed in its sentence by a smaller sum told as part of it ("900 million euros, with 100 million of it
// for drones") is the whole: it measures no goods of its own and is weapons-unspecified; the part keeps its goods.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "whole-sums.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "whole-sums", outlet: "Probe Wire", published: "2024-09-18" } as never }).claims;

describe("a whole sum before its part", () => {
  it.each([
    ["Spain gave Ukraine 900 million euros in aid, 100 million euros of it for drones.", 900_000_000, 100_000_000, "drones"],
    ["Spanish aid for Ukraine this year is set at 900 million euros, with 100 million euros of that sum for tanks.", 900_000_000, 100_000_000, "armoured-vehicles"],
    ["Spain gave Ukraine 700 million euros in aid, of which 50 million euros is for howitzers.", 700_000_000, 50_000_000, "artillery-systems"],
  ])("%s", (text, whole, part, item) => {
    const claims = claimsOf(text);
    expect(claims.filter((c) => c.quantity?.value === whole).map((c) => c.item)).toEqual(["weapons-unspecified"]);
    expect(claims.some((c) => c.quantity?.value === part && c.item === item)).toBe(true);
  });
});

// Doubt told by its own verb: who doubts or questions a transfer is its source ("Analysts doubt that ..."), and a
// body that is checking reports of a transfer has not confirmed it (doubted).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "doubt.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "doubt", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("who doubts or questions a transfer is its source", () => {
  it.each([
    ["Analysts doubt that Iran has delivered ballistic missiles to Russia.", /analysts/i],
    ["Western officials questioned whether Belarus had sent tanks to Russia.", /officials/i],
    ["Some experts doubt whether North Korea sent 20,000 containers to Russia.", /experts/i],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source.org).toMatch(org);
    expect(claims[0].certainty).toBe("doubted");
  });
});

describe("checking reports of a transfer is doubting it", () => {
  it.each([
    ["Seoul said it was verifying reports that Pyongyang had shipped missiles to Moscow.", "KOR"],
    ["Japan is looking into claims that China sold drones to Russia, the foreign minister said.", "JPN"],
    ["The Finnish government said it was investigating allegations that Sweden had sold rifles to Belarus.", "FIN"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source.country).toBe(country);
    expect(claims[0].certainty).toBe("doubted");
  });
});

describe("talks to buy or sell leave the transfer to come", () => {
  it.each([
    "Russia is in talks to buy 200 missiles from Iran.",
    "Serbia is holding talks with France about buying 12 Rafale jets.",
    "Iraq held talks on buying 14 Chinese J-10C fighters from China.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].certainty).toBe("possible");
  });
});

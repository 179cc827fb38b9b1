// Sentences, written for the test, where one party tells a transfer and a second party answers it back in a clause
// of its own that closes the sentence ("; Mexico denied it", ", and Bolivia rejected the report", "; its navy called
// it a lie"): two sources, two claims of the same transfer, the one who answers holding it as denied. Seven phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const voices = (claims: Claim[]) => claims.map((c) => `${c.source.country ?? c.source.org}:${c.supplier}>${c.recipient}`).sort();

describe("a closing answer by a second party is that party's claim, beside the teller's", () => {
  it.each([
    ["Canada said on Monday that Mexico had sent more howitzers to Cuba; Mexico denied it on Tuesday.\n", ["CAN:MEX>CUB", "MEX:MEX>CUB"], "MEX"],
    ["Brazil said Venezuela had flown drones to Guyana; the Venezuelan foreign ministry called it a lie.\n", ["BRA:VEN>GUY", "VEN:VEN>GUY"], "VEN"],
    ["Poland said Belarus had moved 40 tanks to Russia in May; Minsk dismissed the claims as propaganda.\n", ["BLR:BLR>RUS", "POL:BLR>RUS"], "BLR"],
    ["Japan says China has supplied drones to Myanmar; Beijing has flatly rejected the report.\n", ["CHN:CHN>MMR", "JPN:CHN>MMR"], "CHN"],
    ["Kenyan officials said Ethiopia had bought six helicopters from Turkey; Addis Ababa denied it.\n", ["ETH:TUR>ETH", "KEN:TUR>ETH"], "ETH"],
    ["Argentina said that Uruguay had quietly shipped two patrol boats to Ecuador, and Quito promptly dismissed the report.\n", ["ARG:URY>ECU", "ECU:URY>ECU"], "ECU"],
    ["Peru says Chile has delivered six jets to Bolivia, but Santiago rejects that account.\n", ["CHL:CHL>BOL", "PER:CHL>BOL"], "CHL"],
  ])("%s", (text, expected, answering) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(voices(claims)).toEqual(expected);
    expect(claims.find((c) => c.source.country === answering)?.certainty).toBe("denied");
  });
  it("leaves an answer that tells goods of its own to the usual reading", () => {
    const claims = claimsOf("Chile said Bolivia had sold rifles to Paraguay, and Bolivia denied it had ever sold rifles to anyone.\n").filter((c) => c.kind === "transfer");
    expect(claims.some((c) => c.source.country === "CHL")).toBe(true);
  });
});

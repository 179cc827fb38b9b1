// Sources told by their numbers, roles and settings: "by Tokyo's customs count" is the state's reckoning; "a Peruvian
// defence-export official" serves Peru; "Foreign Minister X repeated at a press conference" says what the sentence tells.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "bodies.txt", bytes: Buffer.from(text), meta: { id: "bodies", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const page = (sentence: string) => `Report\n\nBy staff\n\n${sentence}\n`;

describe("a state's customs count is the state's reckoning", () => {
  for (const [name, sentence, country] of [
    ["Tokyo's customs count", "Saudi Arabia stayed Japan's second supplier of crude oil in 2024, with about 900,000 barrels a day by Tokyo's customs count.", "JPN"],
    ["India's customs count", "Russia remained the biggest supplier of crude to India last year, at some 1.8 million barrels a day by India's customs count.", "IND"],
    ["Ankara's official trade count", "Azerbaijan sold Turkey some 40,000 barrels a day of crude oil in 2023, by Ankara's official trade count.", "TUR"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

describe("an official whose state's adjective stands before a hyphened role serves that state", () => {
  for (const [name, sentence, country] of [
    ["defence-export official", "Two frigates were handed over to Chile by Peru last year, a Peruvian defence-export official told reporters.", "PER"],
    ["arms-control official", "Sweden sent 40 more CV90 vehicles to Ukraine in May, a senior Swedish arms-control official said.", "SWE"],
    ["export-licensing official", "Italy will ship 30 howitzers to Ukraine this summer, an Italian export-licensing official told the daily.", "ITA"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

describe("a minister who repeats a line at a press conference says it", () => {
  for (const [name, sentence, speaker, country] of [
    ["repeated at a press conference in Lima", "Peru will not send weapons to Ukraine, Foreign Minister Ana Ruiz repeated at a press conference in Lima.", "Ana Ruiz", "PER"],
    ["repeated at a news briefing", "Austria will not supply arms to Ukraine, Defence Minister Karl Brenner repeated at a news briefing.", "Karl Brenner", "AUT"],
    ["repeated at the summit", "Hungary will send no weapons to Ukraine, Prime Minister Lajos Toth repeated at the summit.", "Lajos Toth", "HUN"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.speaker).toBe(speaker);
        expect(c.source.country).toBe(country);
      }
    });
  }
});

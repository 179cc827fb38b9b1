// Source kinds of ministries: "the Ministry of National Defense said" is a defence ministry by its full
// title, as "the defence ministry said" is, and speaks for the state the sentence opens with or the report
// is about; not the outlet's own voice.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "ministries.txt", bytes: Buffer.from(text), meta: { id: "ministries", outlet: "Probe Wire", published: "2025-05-14" } as never }).claims;

describe("a defence ministry named by its full title speaks for its state", () => {
  for (const [name, text, country] of [
    ["Ministry of National Defense after the claim", "Launchers\n\nBy staff\n\nTaiwan expects a third lot of 16 rocket launchers from the United States in the autumn, the Ministry of National Defense said on Tuesday.\n", "TWN"],
    ["Ministry of National Defence in a report", "Tanks\n\nBy staff\n\nPoland has taken delivery of 24 more K2 tanks from South Korea, the Ministry of National Defence wrote in its monthly report.\n", "POL"],
    ["lower-case ministry of national defense with its initials", "Drones\n\nBy staff\n\nTaiwan will buy 120 loitering drones from the United States by 2027, the ministry of national defense (MND) told lawmakers.\n", "TWN"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.country).toBe(country);
        expect(c.source.org).toMatch(/Ministry of National Defen[cs]e/i);
        expect(c.relays).toContain("Probe Wire");
      }
    });
  }
});

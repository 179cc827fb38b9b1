// The state or body that commits itself opens its sentence after a time phrase ("Last August", "On 4 March", "Days
// later") or carries one before its verb ("the State Department on 12 May approved"): the time phrase opens no clause,
// so the subject is still the source of its pledge or decision.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "times.txt", bytes: Buffer.from(text), meta: { id: "times", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("a time phrase around a committing subject keeps it the source", () => {
  for (const [name, sentence, country] of [
    ["a day and month opening the sentence", "On 4 March the State Department approved a possible sale to Chile of 8 NASAMS launchers.", "USA"],
    ["a month after 'last'", "Last September Oslo pledged 6 F-16s to Ukraine.", "NOR"],
    ["so many days later", "Days later the Pentagon cleared a sale of 20 Apache helicopters to Poland.", "USA"],
    ["a week later, a state by name", "A week later Norway promised Ukraine 12 howitzers.", "NOR"],
    ["a month and day, with a comma", "On March 9, Lisbon committed 14 armoured vehicles to Ukraine.", "PRT"],
    ["a day and month between the subject and its verb", "Norway on 3 April pledged 12 howitzers to Ukraine.", "NOR"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(`Arms news\n\n${sentence}\n`);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

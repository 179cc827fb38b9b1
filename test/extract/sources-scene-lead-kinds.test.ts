// A phrase that sets the scene of a sentence, when and where its subject acted, may open it before the subject, set
// off by a comma ("Two days before in Lima, ", "In Warsaw this week, ", "Elsewhere in Europe, "): it opens no clause
// and a capital named in it is no subject, so the one who pledges or decides after the comma is still the source.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "scene.txt", bytes: Buffer.from(text), meta: { id: "scene", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("a scene-setting phrase before a committing subject keeps it the source", () => {
  for (const [name, sentence, speaker, country] of [
    ["days before, in a capital", "Two days before in Lima, Ana Ruiz pledged 40 howitzers to Chile for next year.", "Ana Ruiz", null],
    ["a capital, then this week", "In Warsaw this week, Prime Minister Jorge Salas offered Latvia 12 patrol boats.", "Jorge Salas", "POL"],
    ["earlier that day, in a city", "Earlier that day in Oslo, Defence Minister Ola Berg promised Ukraine 8 howitzers.", "Ola Berg", null],
    ["elsewhere in a region, a state", "Elsewhere in Europe, Norway has promised Latvia 12 patrol boats.", null, "NOR"],
    ["a city and a week later, a body", "At Ramstein a week later, the State Department approved a possible sale to Chile of 8 NASAMS launchers.", null, "USA"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(`Arms news\n\n${sentence}\n`);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        if (speaker) expect(c.source.speaker).toBe(speaker);
        if (country) expect(c.source.country).toBe(country);
      }
    });
  }
});

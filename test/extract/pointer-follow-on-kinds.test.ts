// A speaker told again by a pointer ("..., she added.", "..., the ministry said.") is still the one whose statement a
// follow-on sentence right after it goes on with, so that sentence keeps the speaker, not the outlet.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const speakersOf = (text: string, opening: string) => {
  const claims = claimsOfReport(text, "follow", "2024-05-14").filter((c) => c.evidence.text.startsWith(opening));
  expect(claims.length).toBeGreaterThan(0);
  return [...new Set(claims.map((c) => c.source.speaker))];
};

describe("a follow-on sentence after a pointer keeps the speaker the pointer stands for", () => {
  it.each([
    [
      "Chilean Defence Minister Ana Ruiz said on Monday that Chile had ordered 30 Leopard tanks from Germany. Chile took delivery of 20 of the tanks from Germany in March, she added. The remaining ten are due from Germany in 2027.",
      "The remaining",
      "Ana Ruiz",
    ],
    [
      "Norwegian Defence Minister Erik Lunde told parliament that Norway would buy 24 K9 howitzers from South Korea. Norway received the first 4 howitzers from South Korea last week, he said. The contract also includes 6 more K9 howitzers to be delivered to Norway by South Korea in 2026.",
      "The contract",
      "Erik Lunde",
    ],
    [
      "Spanish Defence Minister Lucia Ortega said in Madrid that Spain would send Ukraine 40 Leopard tanks this year. Spain handed 8 of the tanks to Ukraine in May, the minister added. Of the new batch, 12 will be delivered to Ukraine by Spain in June.",
      "Of the new batch",
      "Lucia Ortega",
    ],
  ])("%s", (text, opening, name) => expect(speakersOf(text, opening)).toEqual([name]));
});

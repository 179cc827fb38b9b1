// A sentence with no saying of its own that opens as the rest of the statement told right before it, in the same
// paragraph ("The remaining ...", "The contract ...", "It will be the ..."), keeps that statement's speaker, not the outlet.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const speakersOf = (text: string, opening: string) => {
  const claims = claimsOfReport(text, "follow", "2024-05-14").filter((c) => c.evidence.text.startsWith(opening));
  expect(claims.length).toBeGreaterThan(0);
  return [...new Set(claims.map((c) => c.source.speaker))];
};

describe("a follow-on sentence keeps the speaker of the statement before it", () => {
  it.each([
    [
      "Chile has ordered 30 Leopard tanks from Germany, Chilean Defence Minister Ana Ruiz said on Monday. The remaining ten are due from Germany in 2027.",
      "The remaining",
      "Ana Ruiz",
    ],
    [
      "Norway will buy 24 K9 howitzers from South Korea, Norwegian Defence Minister Erik Lunde told parliament. The contract also includes 6 more K9 howitzers to be delivered to Norway by South Korea in 2026.",
      "The contract",
      "Erik Lunde",
    ],
    [
      "Spain will send Ukraine 40 Leopard tanks this year, Spanish Defence Minister Lucia Ortega said in Madrid. Of the new batch, 12 will be delivered to Ukraine by Spain in June.",
      "Of the new batch",
      "Lucia Ortega",
    ],
  ])("%s", (text, opening, name) => expect(speakersOf(text, opening)).toEqual([name]));
});

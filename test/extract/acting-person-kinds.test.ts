// A person named in full earlier on the page and later by surname alone, who opens a sentence as the subject of
// a deciding verb ("ruled out", "left the door open to", "signed off"), is the source of that decision, not the outlet.
import { describe, expect, it } from "vitest";
import { claimsOfReport, speakersOfSecondParagraph } from "./support/short-report.js";

const claimsOf = (text: string) => claimsOfReport(text, "acting", "2024-03-07");

describe("a surname that opens a deciding clause is the source of the decision", () => {
  it.each([
    [
      "Portugal will lend Ukraine six transport helicopters, Portuguese Defence Minister Nuno Melo told parliament in Lisbon.\n\nMelo ruled out giving any of the navy's frigates to Kyiv before 2027.",
      "Nuno Melo",
    ],
    [
      "Spain will send Ukraine four Hawk launchers this spring, Spanish Defence Minister Lucia Ortega said on Friday.\n\nOrtega has left the door open to sending 12 Leopard tanks to Kyiv next year.",
      "Lucia Ortega",
    ],
    [
      "Greece will hand Armenia a dozen field radars, Greek Defence Minister Nikos Vlachos told reporters on Sunday.\n\nVlachos signed off sending 30 armoured trucks to Armenia in late June.",
      "Nikos Vlachos",
    ],
  ])("%s", (text, name) => expect(speakersOfSecondParagraph(claimsOf(text), text)).toEqual([name]));
});

describe("a question put to the subject may open the deciding sentence", () => {
  it.each([
    [
      "Spain will send Ukraine four Hawk launchers this spring, Spanish Defence Minister Lucia Ortega said on Friday.\n\nAsked about heavier armour, Ortega ruled out sending Leopard tanks to Kyiv this year.",
      "Lucia Ortega",
    ],
    [
      "Norway will give Ukraine two coastal radars, Norwegian Defence Minister Erik Lunde told the Storting on Monday.\n\nPressed again on air defence, Lunde refused to give Ukraine a second NASAMS battery.",
      "Erik Lunde",
    ],
    [
      "Poland will ship Ukraine 40 mortars in May, Polish Defence Minister Adam Zielinski said in Warsaw.\n\nQuestioned by senators about older jets, Zielinski has left the door open to handing ten MiG-29s to Ukraine.",
      "Adam Zielinski",
    ],
  ])("%s", (text, name) => expect(speakersOfSecondParagraph(claimsOf(text), text)).toEqual([name]));
});

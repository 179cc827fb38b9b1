// A named person's saying that gives no figure, told by two reports neither of which tells its day, is one statement
// where the reports lie within the reach of a guessed day (knowledge.guessedDayReach): a newsletter retelling an
// interview a week old. Another person, or reports further apart, stay two. All reports are our own.
import { describe, expect, it } from "vitest";
import { type Page, statementsOfPages as statements } from "./helpers.js";

describe("one person's saying without a figure, retold days later", () => {
  it.each([
    ["an interview, a week on", ["a", "Belarus is now the main source of gunpowder for Russia's shell plants, Lithuania's intelligence chief Darius Kavaliauskas said in an interview.", "2025-03-03"], ["b", "Lithuania's intelligence chief Darius Kavaliauskas says Belarus is now the main source of gunpowder for Russia's shell plants.", "2025-03-10"]],
    ["a speech, six days on", ["a", "Estonian Defence Minister Kaarel Tamm said Iran keeps sending attack drones to Russia.", "2024-09-12"], ["b", "Iran keeps sending attack drones to Russia, according to Estonian Defence Minister Kaarel Tamm.", "2024-09-18"]],
    ["a denial, five days on", ["a", "Kazakh Foreign Minister Erlan Dosmukhamedov denied that Kazakhstan had sold any military equipment to Russia.", "2024-05-20"], ["b", "Kazakhstan has not sold military equipment to Russia, Foreign Minister Erlan Dosmukhamedov said, denying the reports.", "2024-05-25"]],
  ] as [string, Page, Page][])("%s: is one statement", (_, first, later) => {
    const [a, b] = statements([first, later]);
    expect(b).toBe(a);
  });

  it.each([
    ["a fortnight on", ["a", "Estonian Defence Minister Kaarel Tamm said Iran keeps sending attack drones to Russia.", "2024-09-12"], ["b", "Iran keeps sending attack drones to Russia, according to Estonian Defence Minister Kaarel Tamm.", "2024-09-27"]],
    ["another person", ["a", "Estonian Defence Minister Kaarel Tamm said Iran keeps sending attack drones to Russia.", "2024-09-12"], ["b", "Iran keeps sending attack drones to Russia, according to Latvian Defence Minister Andris Ozols.", "2024-09-18"]],
  ] as [string, Page, Page][])("%s: is another statement", (_, first, later) => {
    const [a, b] = statements([first, later]);
    expect(b).not.toBe(a);
  });
});

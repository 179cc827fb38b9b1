// One person's very figure, told again months later by a report that tells no day of the saying, may place its window
// a little otherwise ("the three months before March" retold as "January to April"): windows that share some days are
// one window for that person's figure. Windows that share none, or another person, stay apart. All reports are our own.
import { describe, expect, it } from "vitest";
import { type Page, statementsOfPages as statements } from "./helpers.js";

describe("one person's very figure retold months on over a window placed otherwise", () => {
  it.each([
    ["the three months before March, later January to April", ["a", "In March, Polish intelligence chief Marek Zawada said Belarus had delivered 160 howitzers to Russia over the previous three months.", "2025-04-02"], ["b", "Belarus delivered 160 howitzers to Russia between January and April 2025, Polish intelligence chief Marek Zawada said.", "2025-10-14"]],
    ["January to April, later March to June", ["a", "Latvian defence minister Andris Ozols said in May that Iran had shipped 240 attack drones to Russia between January and April.", "2025-05-20"], ["b", "Iran shipped 240 attack drones to Russia between March and June, Latvian defence minister Andris Ozols has said.", "2025-12-01"]],
    ["the four months before July, later April to August", ["a", "In July, Finnish defence minister Eero Lahti said Finland had delivered 60 armoured vehicles to Ukraine over the previous four months.", "2025-07-20"], ["b", "Finland delivered 60 armoured vehicles to Ukraine between April and August, Finnish defence minister Eero Lahti said.", "2026-02-03"]],
  ] as [string, Page, Page][])("%s: is one statement", (_, first, later) => {
    const [a, b] = statements([first, later]);
    expect(b).toBe(a);
  });

  it.each([
    ["windows sharing no month", ["a", "In March, Polish intelligence chief Marek Zawada said Belarus had delivered 160 howitzers to Russia over the previous three months.", "2025-04-02"], ["b", "Belarus delivered 160 howitzers to Russia between June and August 2025, Polish intelligence chief Marek Zawada said.", "2025-10-14"]],
    ["another person", ["a", "Latvian defence minister Andris Ozols said in May that Iran had shipped 240 attack drones to Russia between January and April.", "2025-05-20"], ["b", "Iran shipped 240 attack drones to Russia between March and June, Estonian defence minister Kaarel Tamm has said.", "2025-12-01"]],
  ] as [string, Page, Page][])("%s: is another statement", (_, first, later) => {
    const [a, b] = statements([first, later]);
    expect(b).not.toBe(a);
  });
});

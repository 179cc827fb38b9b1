// "Conceded in November 2022 that ...": a verb of conceding dates the saying, as "acknowledged" and "admitted" do, so a
// retelling long after that gives the month of the concession and a report of it in that month are one statement. A
// concession of another month stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import { statementsOfPages, type Page } from "./helpers.js";

const one = (pages: readonly Page[]) => new Set(statementsOfPages(pages)).size === 1;

const conceded: [string, Page, Page][] = [
  [
    "a minister's concession recalled with its month and year",
    ["cs1a", "Latvia's defence minister Ilze Ozola acknowledged in March that Latvia had sent a few drones to Ukraine.", "2024-04-02"],
    ["cs1b", "The then defence minister, Ilze Ozola, conceded in March 2024 that Latvia had sent a few drones to Ukraine.", "2025-02-01"],
  ],
  [
    "a president who concedes in a named month, retold the next year",
    ["cs2a", "President Tomas Varga admitted in June that Hungary had shipped some artillery shells to Serbia.", "2023-07-03"],
    ["cs2b", "Tomas Varga, then president, conceded in June 2023 that Hungary had shipped some artillery shells to Serbia.", "2024-05-15"],
  ],
  [
    "a spokesman's concession in the present tense of a later explainer",
    ["cs3a", "Foreign ministry spokesman Erik Lund acknowledged in October that Sweden had delivered armoured vehicles to Finland.", "2024-11-05"],
    ["cs3b", "Erik Lund, the foreign ministry spokesman, concedes in October 2024 that Sweden delivered armoured vehicles to Finland.", "2025-08-20"],
  ],
];

describe("a concession retold with its month and a report of it are one statement", () => {
  it.each(conceded)("%s", (_, a, b) => expect(one([a, b])).toBe(true));
});

describe("others stay apart", () => {
  it("a concession of another month", () => {
    const [, a, b] = conceded[0];
    expect(one([a, [b[0], b[1].replace("March 2024", "July 2024"), b[2]]])).toBe(false);
  });
});

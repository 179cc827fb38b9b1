// A report may retell a saying and give its day as the time of what was said, telling no day of the saying itself
// ("Remember that in May the president accused Minsk of ..."): the window of a day or a month stands for the day of
// the saying, so the retelling and a report of that saying on its day are one statement. Another month, another
// figure, or a window still ahead of the report stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import { windowAsOccasion, type LinkedClaim } from "../../src/link/link-claims.js";
import { statementsOfPages, toClaim, type Page } from "./helpers.js";

const one = (pages: readonly Page[]) => new Set(statementsOfPages(pages)).size === 1;

const retold: [string, Page, Page][] = [
  [
    "an accusation recalled months on, its month given as the supplying's",
    ["sw1a", "On 14 May, President Aino Rautio of Finland said that Belarus was sending drones to Russia.", "2025-05-15"],
    ["sw1b", "Remember that in May Rautio accused Belarus of sending drones to Russia.", "2025-09-20"],
  ],
  [
    "a small package unveiled in a month the retelling names after it",
    ["sw2a", "Norway will send six NASAMS launchers to Ukraine, Defence Minister Eirik Dahl said on Thursday.", "2025-02-14"],
    ["sw2b", "Norway's defence minister, Eirik Dahl, unveiled a package of six NASAMS launchers for Ukraine in February.", "2025-05-10"],
  ],
  [
    "an assessment without a figure dated back to its month by the later report",
    ["sw3a", "North Korea has begun sending artillery shells to Russia, Defence Minister Park Jin-ho said on 9 October.", "2024-10-10"],
    ["sw3b", "Back in October of last year, South Korea's then defence minister Park Jin-ho estimated that North Korea was shipping artillery shells to Russia.", "2025-01-20"],
  ],
];

describe("a saying retold with its day given as the time of what was said is one statement", () => {
  it.each(retold)("%s", (_, a, b) => expect(one([a, b])).toBe(true));
});

describe("others stay apart", () => {
  it("another month", () => {
    const [, a, b] = retold[0];
    expect(one([a, [b[0], b[1].replace("in May", "in July"), b[2]]])).toBe(false);
  });
  it("another figure", () => {
    const [, a, b] = retold[1];
    expect(one([a, [b[0], b[1].replace("six", "nine"), b[2]]])).toBe(false);
  });
});

describe("windowAsOccasion", () => {
  let n = 0;
  const at = (start: string, end: string | null, published: string, cumulative = false): LinkedClaim => ({
    claim: toClaim({ doc: "w", kind: "transfer", supplier: "BLR", recipient: "RUS", item: "drones", quantity: null, period: { start, end }, certainty: "asserted", source: { speaker: "Aino Rautio", org: null, country: "FIN" }, evidence: "", cumulative }, n++),
    doc: { id: "w", outlet: null, published, group: null, named: new Set() },
  });
  it("a month well before the report", () => expect(windowAsOccasion(at("2025-05", "2025-05", "2025-09-20"))).not.toBeNull());
  it("not a year", () => expect(windowAsOccasion(at("2025", "2025", "2026-03-01"))).toBeNull());
  it("not a running total", () => expect(windowAsOccasion(at("2025-05", "2025-05", "2025-09-20", true))).toBeNull());
  it("not a week that reaches the report's own days", () => expect(windowAsOccasion(at("2025-09-08", "2025-09-14", "2025-09-20"))).toBeNull());
});

// Dates that count from an event, spans counted back from the report, and the year of a deal
// (resolve-times). Phrasings are made up for the test.
import { describe, expect, it } from "vitest";
import { resolveTimes } from "../../src/extract/resolve-times.js";

const dated = (text: string, published: string | null) => resolveTimes(text, published).filter((t) => t.period.start || t.period.end);

describe("resolveTimes: events", () => {
  it.each([
    ["Since the start of Russia's full-scale invasion, Oslo has given 40 guns.", "2022-02-24", true],
    ["Lisbon has sent 30 tanks since the beginning of the special military operation.", "2022-02-24", true],
    ["Ever since the Russia-Ukraine war began, Rome has given shells.", "2022-02-24", true],
    ["After the outbreak of the Israel-Hamas war, the US shipped bombs.", "2023-10-07", false],
    ["Aid has grown since the beginning of the Biden administration.", "2021-01-20", true],
    ["From the first days of the war in Sudan, the UAE sent arms.", "2023-04-15", false],
  ])("%s", (text, start, cumulative) => {
    const [t] = dated(text, "2024-12-15");
    expect(t.period.start).toBe(start);
    expect(t.cumulative).toBe(cumulative);
  });
  it.each([
    "Tehran sold drones to Moscow shortly before the war in Ukraine.",
    "Weeks after the Biden administration warned Moscow, shells moved.",
    "The war in Ukraine has drained Western stocks of shells.",
  ])("no event date: %s", (text) => expect(dated(text, "2024-12-15")).toEqual([]));
});

describe("resolveTimes: spans back from the report", () => {
  it.each([
    ["Oslo received 2 million barrels over a six-month period.", "2025-04", "2025-10"],
    ["London has sent 30,000 drones in five months.", "2025-05", "2025-10"],
    ["Seoul delivered 20 howitzers within three weeks.", "2025-09-23", "2025-10-14"],
  ])("%s", (text, start, end) => {
    const [t] = dated(text, "2025-10-14");
    expect(t.period).toEqual({ start, end });
  });
  it.each([
    "Ankara will deliver 12 drones within three months.",
    "The shells could be flown in within 40 days.",
    "Paris plans to ship the jets in six months.",
    "The parts arrive in two weeks of production.",
  ])("none ahead or unanchored: %s", (text) => expect(dated(text, "2025-10-14")).toEqual([]));
});

describe("resolveTimes: the year of a deal", () => {
  it.each([
    ["Under the 2018 contract, Moscow is to deliver five squadrons.", "2018"],
    ["The 2021 deal obliges Paris to sell 80 jets.", "2021"],
    ["Its 2022 agreement lets Seoul export 180 tanks.", "2022"],
  ])("%s", (text, year) => expect(dated(text, "2024-12-15")[0].period).toEqual({ start: year, end: year }));
});

describe("resolveTimes: an event after 'from' needs its onset", () => {
  it("dates 'from the first days of' an event", () => expect(dated("From the first days of the full-scale war, Oslo sent shells.", "2024-12-15")[0].period.start).toBe("2022-02-24"));
  it.each(["Lessons from the war in Ukraine show that Tehran sent drones.", "Veterans from the Russia-Ukraine war trained the troops."])("no date: %s", (text) => expect(dated(text, "2024-12-15")).toEqual([]));
});

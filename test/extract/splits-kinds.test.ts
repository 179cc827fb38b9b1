// A split of a counted lot: the part done, and "the remaining two" / "the other six" still to come, told in a clause
// of its own after the part. The remainder is a claim of its own, of the same goods, weighed by its own clause
// (a lot still to come is `possible`). Phrasings of our own.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const claimsOf = (text: string) => claimsOfReport(text, "splits", "2024-03-07");

const lots = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, value: c.quantity?.value ?? null, certainty: c.certainty }));

describe("the rest of a split lot, told as the subject of its own clause, is a claim of its own", () => {
  it.each([
    ["Austria has handed over eight of the ten howitzers it had promised to Ukraine, and the remaining two will follow by 2026.", "AUT", "UKR", "artillery-systems", 8, 2],
    ["Poland has handed over nine of the fifteen tanks it promised to Ukraine; the other six will follow in May.", "POL", "UKR", "armoured-vehicles", 9, 6],
    ["Seven of the ten drones Turkey sold to Kenya have been delivered since 2022, and the remaining three will follow by 2026.", "TUR", "KEN", "drones", 7, 3],
    ["Egypt has received three of the five S-300 batteries it ordered from Russia in 2019, and the remaining two are due by 2027, an official said.", "RUS", "EGY", "air-defence-systems", 3, 2],
  ])("%s", (text, supplier, recipient, item, part, rest) => {
    const found = lots(text);
    expect(found).toContainEqual(expect.objectContaining({ supplier, recipient, item, value: part }));
    expect(found).toContainEqual({ supplier, recipient, item, value: rest, certainty: "possible" });
  });

  it("a remainder in a list of lots still counts the goods before it", () => {
    expect(lots("Spain will send six of the jets to Peru by June, eight more in 2025 and the remaining four in 2026.").map((c) => c.value)).toEqual(expect.arrayContaining([6, 8, 4]));
  });

  it("a bare number after 'the other' with no lot before it counts nothing", () => {
    expect(lots("Chile sent radars to Peru; the other two will decide in May.").every((c) => c.value === null)).toBe(true);
  });
});

describe("a part of 'them' counts the thing named last, in its sentence or the one before", () => {
  it.each([
    ["Egypt received its first batch of K9 howitzers from South Korea in 2022 and now fields around 40 of them, analysts say.", "KOR", "EGY", "artillery-systems", 40],
    ["Chile bought Hermes drones from Israel in 2021 and now flies some 12 of them, officials in Santiago say.", "ISR", "CHL", "drones", 12],
    ["The Polish-led fund, which buys shells abroad and passes them on, supplied some 300,000 of them to Ukraine in 2024, Warsaw says.", "POL", "UKR", "artillery-ammunition", 300000],
    ["Seoul said Pyongyang plans to send 5,000 troops to Russia. About 800 of them, sappers, are believed to have been sent already.", "PRK", "RUS", "troops", 800],
  ])("%s", (text, supplier, recipient, item, value) => {
    expect(lots(text)).toContainEqual(expect.objectContaining({ supplier, recipient, item, value }));
  });

  it("not where the clause took its way from a verb of the other way before the part", () => {
    expect(lots("The Danish-led scheme to buy artillery rounds wherever they can be found delivered 900,000 of them to Ukraine last year.").some((c) => c.supplier === "UKR" && c.value !== null)).toBe(false);
  });
});

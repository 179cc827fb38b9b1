// One sentence gives two figures of one thing: what has moved so far, then what is hoped or planned, the second
// figure told bare ("and means to send about 100,000 by summer"). The bare figure counts what the first counted,
// in its unit, and is a claim of its own. A bare figure that is a part ("12 of which", "with eight due"), a multiple or a
// note mark stays no claim. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const claimsOf = (text: string) => claimsOfReport(text, "second-figure", "2025-03-04");

const figures = (text: string, supplier: string, recipient: string, item: string) =>
  claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient && c.item === item).map((c) => [c.quantity?.value ?? c.quantity?.min ?? null, c.quantity?.unit ?? null]);

describe("a bare second figure counts the thing the first figure of its sentence counted", () => {
  it.each([
    ["Spain has sent 40,000 artillery shells to Ukraine so far and means to send about 100,000 by the summer.", "ESP", "UKR", "artillery-ammunition", 40000, 100000, "rounds"],
    ["Tehran delivered roughly 300 Shahed drones to Moscow in the spring and plans to ship another 500 before winter, officials said.", "IRN", "RUS", "drones", 300, 500, "drones"],
    ["Norway has handed Lithuania 12 armoured vehicles this year and will deliver 20 in 2026, the ministry said.", "NOR", "LTU", "armoured-vehicles", 12, 20, "vehicles"],
    ["Estonia shipped more than 1 million rounds of ammunition to Kyiv last year and hopes for around 2 million in the coming year.", "EST", "UKR", "ammunition", 1000000, 2000000, "rounds"],
  ])("%s", (text, supplier, recipient, item, first, second, unit) => {
    const found = figures(text, supplier, recipient, item);
    expect(found).toContainEqual([first, unit]);
    expect(found).toContainEqual([second, unit]);
  });
});

describe("a bare figure that is a part of the first is no second lot", () => {
  it.each([
    ["Poland has sent 60 tanks to Ukraine, 14 of which were later damaged.", "POL", "UKR", "armoured-vehicles"],
    ["Japan sold 16 air-defence radars to the Philippines in 2023, 4 of which were refurbished, a spokesman said.", "JPN", "PHL", "air-defence-systems"],
    ["Seoul shipped 90 missiles to Warsaw, and 10 per cent of them were older models.", "KOR", "POL", "missiles-other"],
    ["Italy will send 20 howitzers to Kyiv, with eight due in March.", "ITA", "UKR", "artillery-systems"],
    ["Britain sent 50,000 drones to Ukraine this year, five times as many as in 2023.", "GBR", "UKR", "drones"],
    ["Turkey sold 12 drones to Kenya in 2022.[7]", "TUR", "KEN", "drones"],
  ])("%s", (text, supplier, recipient, item) => {
    expect(figures(text, supplier, recipient, item).length).toBe(1);
  });
});

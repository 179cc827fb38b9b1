// An official names a transfer with no figure, and a report of the next day or two credits the official's own body
// with it, again with no figure ("the ministry says the package includes interceptors"): the briefing retold, one
// statement. A week later, or another body, stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import { linkedAsOne, type RetoldCase } from "./helpers.js";

const link = (c: RetoldCase, laterSource?: RetoldCase["laterSource"]) => linkedAsOne(c, { outlets: ["Fjord Evening Post", "Lakeland Monitor"], laterSource });

const officialThenBody: RetoldCase[] = [
  {
    first: "The new tranche includes interceptors for the air-defence batteries, ministry spokesman Tomas Berg told reporters on Monday.",
    later: "Stockholm's latest tranche includes interceptors, the defence ministry says.",
    firstSource: { speaker: "Tomas Berg", org: "Swedish Ministry of Defence", country: "SWE" },
    laterSource: { speaker: null, org: "Swedish Ministry of Defence", country: "SWE" },
    supplier: "SWE",
    item: "missiles-other",
    quantity: null,
    days: ["2025-02-03", "2025-02-03", "2025-02-04"],
  },
  {
    first: "Armoured vehicles will be part of the next shipment, said Ilse Maren of the Danish foreign ministry.",
    later: "The Danish foreign ministry said the coming shipment would carry armoured vehicles.",
    firstSource: { speaker: "Ilse Maren", org: "Danish Ministry of Foreign Affairs", country: "DNK" },
    laterSource: { speaker: null, org: "Danish Ministry of Foreign Affairs", country: "DNK" },
    supplier: "DNK",
    item: "armoured-vehicles",
    quantity: null,
    days: ["2025-05-20", "2025-05-20", "2025-05-22"],
  },
  {
    first: "Drones from Oslo have begun arriving at the front, according to deputy minister Ketil Aune of the Norwegian Ministry of Defence.",
    later: "Norway's defence ministry confirmed that its drones were arriving at the front.",
    firstSource: { speaker: "Ketil Aune", org: "Norwegian Ministry of Defence", country: "NOR" },
    laterSource: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" },
    supplier: "NOR",
    item: "drones",
    quantity: null,
    days: ["2025-08-11", "2025-08-11", "2025-08-12"],
  },
];

describe("an official's saying without a figure, credited to the official's body a day or two later, is one statement", () => {
  it.each(officialThenBody)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = officialThenBody[0];
  it("the body's saying a week later", () => expect(link({ ...c, days: ["2025-02-03", "2025-02-03", "2025-02-12"] })).toBe(false));
  it("another state's body", () => expect(link(c, { speaker: null, org: "Finnish Ministry of Defence", country: "FIN" })).toBe(false));
});

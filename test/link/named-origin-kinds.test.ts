// A report credits a body, a state or itself with a figure while the very sentence names the person who gave it (in
// brackets, "citing ...", "announced by ...") or names a body by its initials ("by the NATR's count"); another report
// credits that person, the body the person speaks for, or that body. With the very figure on one occasion both carry
// that origin's one statement. Another figure, or a sentence naming someone else, stays apart. All reports below are
// our own.
import { describe, expect, it } from "vitest";
import { exactly, linkedAsOne, type RetoldCase } from "./helpers.js";

const q = exactly;
const link = (c: RetoldCase, o: { laterSource?: RetoldCase["laterSource"]; quantity?: RetoldCase["quantity"] } = {}) =>
  linkedAsOne(c, { outlets: ["Riverside Bulletin", "The Quarterly Ledger"], ...o });

const namedInSentence: RetoldCase[] = [
  {
    first: "The Slovak-led initiative has handed over 410,000 shells this year, its coordinator Marek Hudak told a radio station on Monday.",
    later: "Bratislava's initiative says some 410,000 shells have gone to Ukraine so far in the year (coordinator Marek Hudak).",
    firstSource: { speaker: "Marek Hudak", org: null, country: null },
    laterSource: { speaker: null, org: "Slovak government", country: "SVK" },
    supplier: "SVK",
    item: "artillery-ammunition",
    quantity: q(410_000, "rounds"),
    days: ["2025-04-07", "2025-04-07", "2025-04-12"],
  },
  {
    first: "Lena Varga, who runs the alliance's drone coalition, said on Thursday that 2,400 drones had been delivered since the spring.",
    later: "Some 2,400 drones have reached the front since the spring, The Quarterly Ledger has learnt, citing the coalition's head Lena Varga.",
    firstSource: { speaker: "Lena Varga", org: "Drone Coalition", country: null },
    laterSource: { speaker: null, org: "The Quarterly Ledger", country: null },
    supplier: "HUN",
    item: "drones",
    quantity: q(2400, "drones"),
    days: ["2025-06-05", "2025-06-06", "2025-06-09"],
  },
  {
    first: "Ukraine's military intelligence agency says 230 guns were sent across the border in the autumn.",
    later: "A monitoring group put the guns sent in the autumn at 230, a count first given by Kyrylo Budanov.",
    firstSource: { speaker: null, org: "Defence Intelligence of Ukraine", country: "UKR" },
    laterSource: { speaker: null, org: "Eastern Arms Monitoring Group", country: null },
    supplier: "UKR",
    item: "artillery-systems",
    quantity: q(230, "systems"),
    days: ["2024-12-02", "2024-12-03", "2024-12-05"],
  },
];

const namedByInitials: RetoldCase[] = [
  {
    first: "The Nordic Arms Transfer Registry logged 36 howitzers sent to Ukraine over the winter.",
    later: "By the NATR's count, 36 howitzers went to Ukraine over the winter.",
    firstSource: { speaker: null, org: "Nordic Arms Transfer Registry", country: null },
    laterSource: { speaker: null, org: "The Quarterly Ledger", country: null },
    supplier: "SWE",
    item: "artillery-systems",
    quantity: q(36, "systems"),
    days: ["2025-03-03", "2025-03-03", "2025-03-06"],
  },
  {
    first: "Some 5,200 rockets were shipped to Ukraine in March, the Central Logistics Directorate said.",
    later: "Monitors put the rockets shipped in March at 5,200, a figure they took from the CLD.",
    firstSource: { speaker: null, org: "Central Logistics Directorate", country: null },
    laterSource: { speaker: null, org: "Eastern Arms Monitoring Group", country: null },
    supplier: "CZE",
    item: "artillery-ammunition",
    quantity: q(5200, "rounds"),
    days: ["2025-04-02", "2025-04-02", "2025-04-04"],
  },
  {
    first: "The Sea Lane Monitoring Service counts 140 armoured vehicles shipped to Ukraine since June.",
    later: "SLMS data show 140 armoured vehicles shipped since June.",
    firstSource: { speaker: null, org: "Sea Lane Monitoring Service", country: null },
    laterSource: { speaker: null, org: "The Quarterly Ledger", country: null },
    supplier: "NOR",
    item: "armoured-vehicles",
    quantity: q(140, "vehicles"),
    days: ["2025-09-10", "2025-09-10", "2025-09-12"],
  },
];

describe("a figure credited to a body or an outlet, its sentence naming the person who gave it, is that person's statement", () => {
  it.each(namedInSentence)("$later", (c) => expect(link(c)).toBe(true));
});

describe("a figure whose sentence names the other report's body by its initials is that body's statement", () => {
  it.each(namedByInitials)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = namedInSentence[0];
  it("another figure", () => expect(link(c, { quantity: q(520_000, "rounds") })).toBe(false));
  it("a sentence naming another person", () => expect(link({ ...c, later: "Bratislava's initiative says some 410,000 shells have gone to Ukraine so far in the year (spokesman Juraj Kovac)." })).toBe(false));
  it("initials of another body", () => expect(link({ ...namedByInitials[0], later: "By the NATO count, 36 howitzers went to Ukraine over the winter." })).toBe(false));
  it("a surname alone names no one", () => expect(link({ ...c, later: "Bratislava's initiative says some 410,000 shells have gone to Ukraine so far in the year, Hudak's office added." })).toBe(false));
});

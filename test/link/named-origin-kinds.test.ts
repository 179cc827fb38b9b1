// A report credits a body, a state or itself with a figure while the very sentence names the person who gave it (in
// brackets, "citing ...", "announced by ..."); another report credits that person, or the body the person speaks for.
// With the very figure on one occasion both carry the person's one statement. Another figure, or a sentence naming
// someone else, stays apart. All reports below are our own.
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

describe("a figure credited to a body or an outlet, its sentence naming the person who gave it, is that person's statement", () => {
  it.each(namedInSentence)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = namedInSentence[0];
  it("another figure", () => expect(link(c, { quantity: q(520_000, "rounds") })).toBe(false));
  it("a sentence naming another person", () => expect(link({ ...c, later: "Bratislava's initiative says some 410,000 shells have gone to Ukraine so far in the year (spokesman Juraj Kovac)." })).toBe(false));
  it("a surname alone names no one", () => expect(link({ ...c, later: "Bratislava's initiative says some 410,000 shells have gone to Ukraine so far in the year, Hudak's office added." })).toBe(false));
});

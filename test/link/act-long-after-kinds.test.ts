// An act told on its day ("signed on Thursday for 54 tanks") is retold long after, a year or two on, by a report that
// dates the act to that day or its month as the transfer's time (a table of contracts, a procurement timeline), neither
// report telling the day of a saying. With the very figure and one origin, the two are one statement however far apart
// they were published: the later report is looked up by the act's days its window dates, not only by its own day.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import { type ActCase, actLinked, exactly, type Telling } from "./helpers.js";

/** Whether the two tellings of an act, each in a report of its own outlet, are one statement (in either order of arrival). */
const linked = (c: ActCase, later: Partial<Telling> = {}): boolean => actLinked(c, { outlets: ["Harbour Gazette", "Procurement Tables Weekly"], later, bothOrders: true });

const day = (d: string) => ({ start: d, end: d });

const longAfter: ActCase[] = [
  {
    supplier: "USA",
    recipient: "ROU",
    item: "armoured-vehicles",
    quantity: exactly(54, "vehicles"),
    first: { text: "Bucharest put its signature on Thursday to a purchase of 54 tanks, Defence Minister Ilie Dragan told reporters.", source: { speaker: "Ilie Dragan", org: null, country: "ROU" }, period: day("2023-11-09"), published: "2023-11-10" },
    later: { text: "2023-11-09 | United States | Romania | main battle tank | 54 | signed | Romanian Ministry of National Defence", source: { speaker: null, org: "Romanian Ministry of National Defence", country: "ROU" }, period: day("2023-11-09"), published: "2025-06-02" },
  },
  {
    supplier: "FRA",
    recipient: "SRB",
    item: "aircraft",
    quantity: exactly(12, "aircraft"),
    first: { text: "Belgrade agreed on Thursday to take a dozen new fighter jets from Paris, President Milan Sokic announced.", source: { speaker: "Milan Sokic", org: null, country: "SRB" }, period: day("2024-08-29"), published: "2024-08-30" },
    later: { text: "On 29 August 2024 the Serbian government bought 12 fighters from France, the timeline notes.", source: { speaker: null, org: "Serbian government", country: "SRB" }, period: day("2024-08-29"), published: "2025-10-14" },
  },
  {
    supplier: "USA",
    recipient: "JPN",
    item: "missiles-other",
    quantity: exactly(400, "missiles"),
    first: { text: "Tokyo will acquire 400 cruise missiles from Washington, Defence Minister Kenji Arai said on Monday.", source: { speaker: "Kenji Arai", org: null, country: "JPN" }, period: day("2023-02-27"), published: "2023-02-28" },
    later: { text: "Japan's government ordered its 400 cruise missiles from the United States in February 2023, the table shows.", source: { speaker: null, org: "Japanese government", country: "JPN" }, period: { start: "2023-02", end: "2023-02" }, published: "2024-12-01" },
  },
];

describe("an act told on its day and retold a year or more later, dated to that day or its month, is one statement", () => {
  it.each(longAfter)("$later.text", (c) => expect(linked(c)).toBe(true));
});

describe("others stay apart", () => {
  it("a day some weeks before", () => expect(linked(longAfter[0], { period: day("2023-10-12") })).toBe(false));
  it("another month", () => expect(linked(longAfter[2], { period: { start: "2023-04", end: "2023-04" } })).toBe(false));
  it("another state's body", () => expect(linked(longAfter[0], { source: { speaker: null, org: "Bulgarian Ministry of Defence", country: "BGR" } })).toBe(false));
});

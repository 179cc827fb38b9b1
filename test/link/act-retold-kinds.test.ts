// An act told on its day ("signed on Friday for 180 tanks", "on 10 February") is retold later with its month as the
// time of the transfer ("the 180 tanks ordered in August"), neither report telling the day of a saying. With the very
// figure and one origin, the two are one statement; another figure or another month stays apart. And a person the report places nowhere, whose figure a party's body gives over that window told finer,
// speaks for that party. All reports below are our own.
import { describe, expect, it } from "vitest";
import { type ActCase, actLinked, exactly, type Telling } from "./helpers.js";

/** Whether the two tellings of an act, each in a report of its own outlet telling no day of a saying, are one statement. */
const linked = (c: ActCase, later: Partial<Telling> = {}, quantity = c.quantity): boolean => actLinked(c, { outlets: ["Lowland Courier", "The Quarterly Ledger"], later, quantity });

const day = (d: string) => ({ start: d, end: d });

const actRetold: ActCase[] = [
  {
    supplier: "USA",
    recipient: "POL",
    item: "armoured-vehicles",
    quantity: exactly(180, "vehicles"),
    first: { text: "Warsaw signed on Friday for 180 tanks, Defence Minister Jerzy Malicki said.", source: { speaker: "Jerzy Malicki", org: null, country: "POL" }, period: day("2022-08-26"), published: "2022-08-27" },
    later: { text: "The 180 tanks the Polish defence ministry ordered in August are due next spring.", source: { speaker: null, org: "Polish Ministry of National Defence", country: "POL" }, period: { start: "2022-08", end: "2022-08" }, published: "2022-11-20" },
  },
  {
    supplier: "DNK",
    recipient: "ARG",
    item: "aircraft",
    quantity: exactly(24, "aircraft"),
    first: { text: "Buenos Aires put its name on Tuesday to a deal for 24 used fighter jets, the defence ministry said.", source: { speaker: null, org: "Argentine Ministry of Defence", country: "ARG" }, period: day("2024-04-16"), published: "2024-04-17" },
    later: { text: "Minister Tomas Arrieta signed for 24 jets in April.", source: { speaker: "Tomas Arrieta", org: null, country: "ARG" }, period: { start: "2024-04", end: "2024-04" }, published: "2024-08-20" },
  },
  {
    supplier: "FRA",
    recipient: "IDN",
    item: "aircraft",
    quantity: exactly(42, "aircraft"),
    first: { text: "In February 2022 Jakarta's defence minister Hadi Santoso agreed to buy 42 jets.", source: { speaker: "Hadi Santoso", org: null, country: "IDN" }, period: { start: "2022-02", end: "2022-02" }, published: "2024-08-29" },
    later: { text: "A contract for 42 jets, dated 10 February 2022, is listed by the Indonesian defence ministry.", source: { speaker: null, org: "Indonesian Ministry of Defence", country: "IDN" }, period: day("2022-02-10"), published: "2024-09-16" },
  },
];

const unplacedSpeaker: ActCase[] = [
  {
    supplier: "FRA",
    recipient: "IDN",
    item: "aircraft",
    quantity: exactly(42, "aircraft"),
    first: { text: "The 42 jets came in a deal Hadi Santoso closed in February 2022.", source: { speaker: "Hadi Santoso", org: null, country: null }, period: { start: "2022-02", end: "2022-02" }, published: "2024-08-29" },
    later: { text: "On 10 February 2022 the Indonesian defence ministry ordered 42 jets.", source: { speaker: null, org: "Indonesian Ministry of Defence", country: "IDN" }, period: day("2022-02-10"), published: "2024-09-16" },
  },
  {
    supplier: "KOR",
    recipient: "POL",
    item: "artillery-systems",
    quantity: exactly(212, "systems"),
    first: { text: "Orla Weiss, who negotiated it, recalls 212 howitzers bought that July.", source: { speaker: "Orla Weiss", org: null, country: null }, period: { start: "2022-07", end: "2022-07" }, published: "2024-03-02" },
    later: { text: "The Polish defence ministry signed for 212 howitzers on 27 July 2022.", source: { speaker: null, org: "Polish Ministry of National Defence", country: "POL" }, period: day("2022-07-27"), published: "2024-03-10" },
  },
  {
    supplier: "USA",
    recipient: "PHL",
    item: "missiles-other",
    quantity: exactly(30, "missiles"),
    first: { text: "Thirty missiles were bought in January 2022, according to Dario Velasco.", source: { speaker: "Dario Velasco", org: null, country: null }, period: { start: "2022-01", end: "2022-01" }, published: "2024-04-20" },
    later: { text: "The Philippine defence department bought 30 missiles on 28 January 2022.", source: { speaker: null, org: "Philippine Department of National Defense", country: "PHL" }, period: day("2022-01-28"), published: "2024-04-25" },
  },
];

describe("an act told on its day and retold later with its month is one statement", () => {
  it.each(actRetold)("$later.text", (c) => expect(linked(c)).toBe(true));
});

describe("a person placed nowhere, a party's body giving the very figure over the window told finer, is one statement", () => {
  it.each(unplacedSpeaker)("$first.text", (c) => expect(linked(c)).toBe(true));
});

describe("others stay apart", () => {
  const [days, month] = [actRetold[0], actRetold[1]];
  it("another figure", () => expect(linked(days, {}, exactly(250, "vehicles"))).toBe(false));
  it("another month", () => expect(linked(days, { period: { start: "2022-07", end: "2022-07" } })).toBe(false));
  it("a month the other's day is not in", () => expect(linked(month, { period: { start: "2024-03", end: "2024-03" } })).toBe(false));
  it("a window longer than a month", () => expect(linked(month, { period: { start: "2024-01", end: "2024-06" } })).toBe(false));
  it("another state's body", () => expect(linked(unplacedSpeaker[0], { source: { speaker: null, org: "Malaysian Ministry of Defence", country: "MYS" } })).toBe(false));
});

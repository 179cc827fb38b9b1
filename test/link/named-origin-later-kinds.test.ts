// A paper tells in its own voice, weeks after the saying and without its day, the figure a person gave, its very
// sentence naming that person ("last month the prime minister ... put the count at ..."); another report credits the
// person on the day. The same figure over the same window is that person's one statement however long after, as a
// figure retold by its own origin is; the name may be spelt without its accents. A sentence naming no one, or another
// figure, stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import { exactly, linkedAsOne, type RetoldCase } from "./helpers.js";

const q = exactly;
const link = (c: RetoldCase, o: { laterSource?: RetoldCase["laterSource"]; quantity?: RetoldCase["quantity"] } = {}) =>
  linkedAsOne(c, { outlets: ["Lakeside Gazette", "The Harrow Weekly"], ...o });

const paper = { speaker: null, org: "The Harrow Weekly", country: null };

const namedLater: RetoldCase[] = [
  {
    first: "Prime Minister Antti Koskela told parliament on Thursday that about 2 million rounds bought by the Finnish fund reached Ukraine during 2024.",
    later: "Last month Prime Minister Antti Koskela put the rounds the Finnish fund delivered in 2024 at roughly two million.",
    firstSource: { speaker: "Antti Koskela", org: "Finnish government", country: "FIN" },
    laterSource: paper,
    supplier: "FIN",
    item: "artillery-ammunition",
    quantity: q(2_000_000, "rounds"),
    periods: [{ start: "2024", end: "2024" }, { start: "2024", end: "2024" }],
    days: ["2025-01-16", "2025-01-16", "2025-02-20"],
  },
  {
    first: "Croatia has sent Ukraine 60 armoured personnel carriers since the spring, Defence Minister Ivana Horvat said on Monday.",
    later: "The 60 carriers Zagreb has shipped since the spring, a number Ivana Horvat gave in parliament, are the bulk of its help.",
    firstSource: { speaker: "Ivana Horvat", org: "Croatian Ministry of Defence", country: "HRV" },
    laterSource: paper,
    supplier: "HRV",
    item: "armoured-vehicles",
    quantity: q(60, "vehicles"),
    periods: [{ start: "2025-03", end: null }, { start: "2025-03", end: null }],
    days: ["2025-09-08", "2025-09-08", "2025-10-24"],
  },
  {
    first: "Slovenia will hand over 400 anti-tank missiles this year, President Tomaž Kovačič said during a visit to Kyiv.",
    later: "President Tomaz Kovacic promised 400 anti-tank missiles for this year when he went to Kyiv in the spring.",
    firstSource: { speaker: "Tomaž Kovačič", org: null, country: "SVN" },
    laterSource: paper,
    supplier: "SVN",
    item: "missiles-other",
    quantity: q(400, "missiles"),
    periods: [{ start: "2025", end: "2025" }, { start: "2025", end: "2025" }],
    days: ["2025-04-03", "2025-04-03", "2025-06-11"],
  },
];

describe("a paper's own figure, weeks after the saying, its sentence naming the person who gave it, is that person's statement", () => {
  it.each(namedLater)("$later", (c) => expect(link(c)).toBe(true));
});

const monitor = { speaker: null, org: "Eastern Arms Monitoring Group", country: null };

const unaccented: RetoldCase[] = [
  {
    first: "Romania has delivered 100 armoured vehicles to Ukraine since January, Defence Minister Ștefan Mărculescu said on Tuesday.",
    later: "Bucharest's 100 armoured vehicles sent since January, as Stefan Marculescu counted them, make it a leading donor.",
    firstSource: { speaker: "Ștefan Mărculescu", org: "Romanian Ministry of National Defence", country: "ROU" },
    laterSource: monitor,
    supplier: "ROU",
    item: "armoured-vehicles",
    quantity: q(100, "vehicles"),
    periods: [{ start: "2025-01", end: null }, { start: "2025-01", end: null }],
    days: ["2025-05-06", "2025-05-06", "2025-05-08"],
  },
  {
    first: "We have sent 30 howitzers this year, Iceland's foreign minister Þórdís Jónsdóttir told reporters.",
    later: "Reykjavik paid for 30 howitzers in the year, Thordis Jonsdottir had said, though her figure was hard to check.",
    firstSource: { speaker: "Þórdís Jónsdóttir", org: null, country: "ISL" },
    laterSource: monitor,
    supplier: "ISL",
    item: "artillery-systems",
    quantity: q(30, "systems"),
    periods: [{ start: "2025", end: "2025" }, { start: "2025", end: "2025" }],
    days: ["2025-07-01", "2025-07-01", "2025-07-03"],
  },
  {
    first: "Portugal is sending 50 drones before the summer, said its minister Nuno Gonçalves on Friday.",
    later: "Lisbon's 50 drones due before the summer, promised by Nuno Goncalves, are on their way.",
    firstSource: { speaker: "Nuno Gonçalves", org: "Portuguese Ministry of National Defence", country: "PRT" },
    laterSource: monitor,
    supplier: "PRT",
    item: "drones",
    quantity: q(50, "drones"),
    periods: [{ start: "2025", end: "2025-06" }, { start: "2025", end: "2025-06" }],
    days: ["2025-03-14", "2025-03-14", "2025-03-15"],
  },
];

describe("a person named without the accents of their name is the person another report names with them", () => {
  it.each(unaccented)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = namedLater[0];
  it("another figure", () => expect(link(c, { quantity: q(3_000_000, "rounds") })).toBe(false));
  it("a sentence naming no one", () => expect(link({ ...c, later: "Last month the rounds the Finnish fund delivered in 2024 were put at roughly two million." })).toBe(false));
  it("another window", () => expect(link({ ...c, periods: [{ start: "2024", end: "2024" }, { start: "2023", end: "2023" }] })).toBe(false));
});

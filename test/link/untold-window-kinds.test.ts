// A report weeks or months on may date an act by the day of the transfer alone ("3 Mar 2025 - the State Department
// approves ...") and tell no day of any saying, while the first report, out within days of it, tells none either ("on
// Friday cleared the sale"): with the very figure, the later report's day stands for the occasion, and the two are one
// statement though the figure is too small to count as retold months on. Another day, another figure, or a month
// (a small count may recur within one by chance) stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Dated {
  first: string;
  later: string;
  sources: [Claim["source"], Claim["source"]];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  quantity: NonNullable<Claim["quantity"]>;
  /** The day of the act, and each report's day. */
  day: string;
  published: [string, string];
}

const cases: Dated[] = [
  {
    first: "Washington on Friday cleared the possible sale of four Harpoon coastal launchers to Norway.",
    later: "7 Mar 2025 - The US State Department approves a possible sale of four Harpoon launchers to Norway.",
    sources: [{ speaker: null, org: "American government", country: "USA" }, { speaker: null, org: "US Department of State", country: "USA" }],
    supplier: "USA",
    recipient: "NOR",
    item: "missiles-other",
    quantity: { value: 4, min: null, max: null, unit: "systems", approx: false },
    day: "2025-03-07",
    published: ["2025-03-09", "2025-06-20"],
  },
  {
    first: "Berlin approved on Tuesday the export of six Leopard tanks to Qatar, officials in the chancellery confirmed.",
    later: "11 Feb 2025: Germany's Federal Security Council signs off on six Leopard tanks for Qatar.",
    sources: [{ speaker: null, org: "German government", country: "DEU" }, { speaker: null, org: "Federal Security Council", country: "DEU" }],
    supplier: "DEU",
    recipient: "QAT",
    item: "armoured-vehicles",
    quantity: { value: 6, min: null, max: null, unit: "vehicles", approx: false },
    day: "2025-02-11",
    published: ["2025-02-12", "2025-05-30"],
  },
  {
    first: "Seoul on Monday signed off on eight K9 howitzers for Estonia, the defence acquisition agency said.",
    later: "Timeline, 2 June 2025: South Korea's defence ministry clears eight K9 guns for Estonia.",
    sources: [{ speaker: null, org: "Defense Acquisition Program Administration", country: "KOR" }, { speaker: null, org: "South Korean Ministry of National Defense", country: "KOR" }],
    supplier: "KOR",
    recipient: "EST",
    item: "artillery-systems",
    quantity: { value: 8, min: null, max: null, unit: "systems", approx: false },
    day: "2025-06-02",
    published: ["2025-06-03", "2025-10-01"],
  },
];

function linked(c: Dated, o: { laterDay?: string; laterValue?: number; month?: boolean } = {}): boolean {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: "possible" as const, stated: null };
  const later = o.month ? c.day.slice(0, 7) : o.laterDay ?? c.day, first = o.month ? c.day.slice(0, 7) : c.day;
  return linkedAsOneOfTwo(
    { ...base, outlet: "Fjord Courier", published: c.published[0], evidence: c.first, source: c.sources[0], quantity: c.quantity, period: { start: first, end: first } },
    { ...base, outlet: "Arms Timeline Monthly", published: c.published[1], evidence: c.later, source: c.sources[1], quantity: { ...c.quantity, value: o.laterValue ?? c.quantity.value }, period: { start: later, end: later } },
    ["ua", "ub"],
  );
}

describe("an act dated by its day months on and its first report, neither telling a saying's day, are one statement", () => {
  it.each(cases)("$later", (c) => expect(linked(c)).toBe(true));
});

describe("others stay apart", () => {
  it("another day", () => expect(linked(cases[0], { laterDay: "2025-03-21" })).toBe(false));
  it("another figure", () => expect(linked(cases[1], { laterValue: 9 })).toBe(false));
  it("a month, not a day", () => expect(linked(cases[2], { month: true })).toBe(false));
});

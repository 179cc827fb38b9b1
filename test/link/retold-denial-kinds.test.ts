// A person's denial, told with no figure and no day, is quoted again by a report some weeks, months or a year later
// ("through its spokesman, the ministry flatly denied ...", "has said more than once"): that one denial, one
// statement. A saying that denies nothing, a denial by someone else, one quoted again more than a year and some weeks
// later, or a later report that tells the day of a denial of its own, stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  first: string;
  later: string;
  speaker: Claim["source"];
  laterSpeaker?: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  /** The two reports' days of publication (neither tells the day of the denial). */
  days: [string, string];
}

function linked(c: Case, certainty: Claim["certainty"] = "denied", days = c.days, stated?: string): boolean {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: null, period: null, certainty };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Steppe Morning Wire", published: days[0], evidence: c.first, source: c.speaker },
    { ...base, outlet: "The Caspian Review", published: days[1], evidence: c.later, source: c.laterSpeaker ?? c.speaker, stated },
  );
}

/** The same, the later report telling the day of its denial ("said on Tuesday"): a fresh denial, not the first retold. */
const linkedTold = (c: Case, stated: string): boolean => linked(c, "denied", c.days, stated);

const denials: Case[] = [
  {
    first: "Foreign ministry spokesman Dariush Farzan rejected claims that Tehran had shipped rockets to Moscow as fabrications.",
    later: "Tehran, speaking through Dariush Farzan, dismissed any talk of rockets going to Moscow.",
    speaker: { speaker: "Dariush Farzan", org: "Iranian Ministry of Foreign Affairs", country: "IRN" },
    supplier: "IRN",
    recipient: "RUS",
    item: "ballistic-missiles",
    days: ["2025-03-03", "2025-03-27"],
  },
  {
    first: "Pyongyang has never sold a single shell to anyone, said Ri Chol-min, a spokesman for the North's defence ministry.",
    later: "The North's defence ministry, via its spokesman Ri Chol-min, insisted that no shells had been sold abroad.",
    speaker: { speaker: "Ri Chol-min", org: "North Korean Ministry of National Defence", country: "PRK" },
    laterSpeaker: { speaker: "Ri Chol-min", org: null, country: null },
    supplier: "PRK",
    recipient: "RUS",
    item: "artillery-ammunition",
    days: ["2025-06-02", "2025-06-20"],
  },
  {
    first: "Minsk sends no troops abroad, presidential aide Yulia Kastsova told state television, calling the reports absurd.",
    later: "Kastsova, the presidential aide, had called talk of Belarusian soldiers heading abroad absurd.",
    speaker: { speaker: "Yulia Kastsova", org: "Belarusian presidential administration", country: "BLR" },
    laterSpeaker: { speaker: "Kastsova", org: null, country: "BLR" },
    supplier: "BLR",
    recipient: "RUS",
    item: "troops",
    days: ["2025-09-08", "2025-10-04"],
  },
];

/** The same kind quoted again months or a year on, neither report telling the day of the denial. */
const monthsLater: Case[] = [
  {
    first: "Spokeswoman Lena Varga told the weekly briefing that Budapest had never handed any rifles to Kyiv.",
    later: "Hungary's foreign ministry has long rejected the charge; its spokeswoman Lena Varga has repeatedly said no rifles ever went to Kyiv.",
    speaker: { speaker: "Lena Varga", org: "Hungarian Ministry of Foreign Affairs", country: "HUN" },
    laterSpeaker: { speaker: "Lena Varga", org: "Hungarian Ministry of Foreign Affairs", country: "HUN" },
    supplier: "HUN",
    recipient: "UKR",
    item: "weapons-unspecified",
    days: ["2025-02-11", "2025-07-30"],
  },
  {
    first: "Defence spokesman Omar Haddad called the story of Jordanian rockets reaching the militia a fabrication.",
    later: "Amman's reply came through Omar Haddad, who said no Jordanian rockets had gone to the militia.",
    speaker: { speaker: "Omar Haddad", org: "Jordanian Ministry of Defence", country: "JOR" },
    laterSpeaker: { speaker: "Haddad", org: null, country: "JOR" },
    supplier: "JOR",
    recipient: "SYR",
    item: "artillery-ammunition",
    days: ["2024-10-02", "2025-06-18"],
  },
  {
    first: "Foreign Minister Ilkka Rantanen wrote that not one Finnish drone had been sold to Baku and called the report baseless.",
    later: "Back then Ilkka Rantanen, Finland's foreign minister at the time, denied that Finnish drones had been sold to Baku.",
    speaker: { speaker: "Ilkka Rantanen", org: "Finnish Ministry for Foreign Affairs", country: "FIN" },
    laterSpeaker: { speaker: "Ilkka Rantanen", org: null, country: "FIN" },
    supplier: "FIN",
    recipient: "AZE",
    item: "drones",
    days: ["2024-09-11", "2025-10-09"],
  },
];

describe("one person's denial quoted again some weeks later is one statement", () => {
  it.each(denials)("$later", (c) => expect(linked(c)).toBe(true));
});

describe("one person's denial quoted again months or a year later is one statement", () => {
  it.each(monthsLater)("$later", (c) => expect(linked(c)).toBe(true));
  it.each(monthsLater)("in either order: $later", (c) => expect(linked({ ...c, days: [c.days[1], c.days[0]], first: c.later, later: c.first, speaker: c.laterSpeaker!, laterSpeaker: c.speaker })).toBe(true));
});

describe("others stay apart", () => {
  const c = denials[0];
  it("a saying that denies nothing", () => expect(linked(c, "asserted")).toBe(false));
  it("another person's denial", () => expect(linked({ ...c, laterSpeaker: { speaker: "Kaveh Moradi", org: "Iranian Ministry of Foreign Affairs", country: "IRN" } })).toBe(false));
  it("a denial quoted again more than a year and some weeks later", () => expect(linked(c, "denied", ["2025-03-03", "2026-05-10"])).toBe(false));
  it("a later report telling the day of its own denial", () => expect(linkedTold(monthsLater[0], "2025-07-29")).toBe(false));
});

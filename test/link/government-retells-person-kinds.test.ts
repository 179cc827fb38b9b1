// A person's figure, precise enough not to recur by chance, told again as their state's in general ("Bratislava
// pledged 13 jets", "Kyiv says") a year or more later, or the state's act told on its day retold later as the person's,
// is one statement: the person's very figure retold, as it would be with the person named on both sides. A round
// figure, or another state's government, stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { exactly } from "./helpers.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  first: string;
  later: string;
  firstSource: Claim["source"];
  laterSource: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  quantity: Claim["quantity"];
  certainty: Claim["certainty"];
  /** The day the first report tells of its saying, and each report's day of publication. */
  stated: string;
  days: [string, string];
}

const link = (c: Case, over: Partial<Case> = {}) => {
  const x = { ...c, ...over };
  const base = { kind: "transfer" as const, supplier: x.supplier, recipient: x.recipient, item: x.item, quantity: x.quantity, period: null, certainty: x.certainty };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Danube Morning Standard", published: x.days[0], evidence: x.first, source: x.firstSource, stated: x.stated },
    { ...base, outlet: "Carpathian Weekly Review", published: x.days[1], evidence: x.later, source: x.laterSource },
  );
};

const cases: Case[] = [
  {
    first: "Slovakia will hand Ukraine 13 MiG-29 fighters from its retired fleet, Prime Minister Marek Hudak announced on Friday.",
    later: "Bratislava pledged 13 of its old MiG-29s to Kyiv in the spring of last year.",
    firstSource: { speaker: "Marek Hudak", org: "Government of Slovakia", country: "SVK" },
    laterSource: { speaker: null, org: "Slovak government", country: "SVK" },
    supplier: "SVK",
    recipient: "UKR",
    item: "aircraft",
    quantity: exactly(13, "aircraft"),
    certainty: "possible",
    stated: "2023-03-17",
    days: ["2023-03-18", "2024-06-20"],
  },
  {
    first: "Buenos Aires signed on Tuesday to buy 24 second-hand F-16s from Copenhagen, the government said.",
    later: "The purchase of 24 Danish F-16s was the biggest the armed forces had made in decades, Defence Minister Tomas Ibarra recalled.",
    firstSource: { speaker: null, org: "Argentine government", country: "ARG" },
    laterSource: { speaker: "Tomas Ibarra", org: "Argentine Ministry of Defence", country: "ARG" },
    supplier: "DNK",
    recipient: "ARG",
    item: "aircraft",
    quantity: exactly(24, "aircraft"),
    certainty: "possible",
    stated: "2024-04-16",
    days: ["2024-04-17", "2025-05-22"],
  },
  {
    first: "President Oksana Melnyk said on Monday that Moscow had ordered 2,300 attack drones from Tehran.",
    later: "Kyiv says Moscow ordered 2,300 of the Iranian attack drones.",
    firstSource: { speaker: "Oksana Melnyk", org: "Office of the President of Ukraine", country: "UKR" },
    laterSource: { speaker: null, org: "Ukrainian government", country: "UKR" },
    supplier: "IRN",
    recipient: "RUS",
    item: "drones",
    quantity: exactly(2300, "drones"),
    certainty: "possible",
    stated: "2022-11-07",
    days: ["2022-11-08", "2023-09-14"],
  },
];

describe("a person's precise figure retold as their state's in general, a year or more later, is one statement", () => {
  it.each(cases)("$later", (c) => expect(link(c)).toBe(true));
});

describe("other sayings stay apart", () => {
  it("a round figure", () => expect(link(cases[0], { quantity: exactly(40, "aircraft") })).toBe(false));
  it("another state's government", () => expect(link(cases[0], { laterSource: { speaker: null, org: "Polish government", country: "POL" } })).toBe(false));
  it("more than two years later", () => expect(link(cases[2], { days: ["2022-11-08", "2025-02-14"] })).toBe(false));
});

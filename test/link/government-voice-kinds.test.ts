// A report may credit a state in general with a saying ("Ankara rejected the claim", "Washington said"), another the
// official or body it spoke through that day (its foreign ministry's spokesman, its secretary of state), neither with a
// figure. Both carry the government's one statement. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  government: string;
  official: string;
  state: Claim["source"];
  voice: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  certainty: Claim["certainty"];
  /** The day the first report tells (null: none), and each report's day of publication. */
  stated: string | null;
  days: [string, string];
  quantity?: Claim["quantity"];
  /** The official's certainty, where it is not the government's. */
  voiceCertainty?: Claim["certainty"];
}

const link = (c: Case) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, period: null, certainty: c.certainty };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Lakeside Courier", published: c.days[0], quantity: c.quantity ?? null, source: c.state, evidence: c.government, stated: c.stated },
    { ...base, outlet: "Eastern Bulletin", published: c.days[1], quantity: null, source: c.voice, evidence: c.official, certainty: c.voiceCertainty ?? c.certainty },
  );
};

const cases: Case[] = [
  {
    government: "Early in March, Ankara rejected the charge that it had let drones cross its border to the militia.",
    official: "A Turkish foreign ministry spokesman, Selim Aydan, told reporters today that Turkey had sent no drones to the militia.",
    state: { speaker: null, org: "Turkish government", country: "TUR" },
    voice: { speaker: "Selim Aydan", org: "Turkish Ministry of Foreign Affairs", country: "TUR" },
    supplier: "TUR",
    recipient: "LBY",
    item: "drones",
    certainty: "denied",
    stated: "2025-03",
    days: ["2025-06-20", "2025-03-04"],
  },
  {
    government: "Washington said in October that Minsk had handed tank engines to Moscow.",
    official: "Belarus has passed tank engines to Russia, the US secretary of state told a press conference on Tuesday.",
    state: { speaker: null, org: "US government", country: "USA" },
    voice: { speaker: null, org: "US Secretary of State", country: "USA" },
    supplier: "BLR",
    recipient: "RUS",
    item: "raw-materials",
    certainty: "asserted",
    stated: "2024-10",
    days: ["2025-01-15", "2024-10-09"],
  },
  {
    government: "On Monday the Iranian government dismissed the accusation of rifle shipments to the rebels.",
    official: "No Iranian rifles have gone to the rebels, said Nasrin Tavakoli, who speaks for Iran's foreign ministry.",
    state: { speaker: null, org: "Iranian government", country: "IRN" },
    voice: { speaker: "Nasrin Tavakoli", org: "Iranian Ministry of Foreign Affairs", country: "IRN" },
    supplier: "IRN",
    recipient: "YEM-HOUTHIS",
    item: "weapons-unspecified",
    certainty: "denied",
    stated: "2025-02-10",
    days: ["2025-02-11", "2025-02-10"],
  },
];

describe("a state's government in general and the official it spoke through, no figure, are one statement", () => {
  it.each(cases)("$official", (c) => expect(link(c)).toBe(true));
});

describe("other sayings stay apart", () => {
  it("another state's official", () => expect(link({ ...cases[0], voice: { speaker: "Anna Varga", org: "Hungarian Ministry of Foreign Affairs", country: "HUN" } })).toBe(false));
  it("another occasion", () => expect(link({ ...cases[2], days: ["2025-02-11", "2025-04-20"] })).toBe(false));
  it("neither report tells the day of the saying", () => expect(link({ ...cases[2], stated: null })).toBe(false));
  it("another certainty", () => expect(link({ ...cases[1], voiceCertainty: "possible" })).toBe(false));
  it("a figure on one side only", () => expect(link({ ...cases[2], quantity: { value: 500, min: null, max: null, unit: "items", approx: false } })).toBe(false));
  it("two bodies, neither the government", () =>
    expect(link({ ...cases[2], state: { speaker: null, org: "Islamic Revolutionary Guard Corps", country: "IRN" } })).toBe(false));
});

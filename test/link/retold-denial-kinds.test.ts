// A person's denial, told with no figure and no day, is quoted again by a report some weeks later ("through its
// spokesman, the ministry flatly denied ..."): that one denial, one statement. A saying that denies nothing, a denial
// by someone else, or one quoted again months later, stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim } from "./helpers.js";

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

let n = 0;
function linked(c: Case, certainty: Claim["certainty"] = "denied", days = c.days): boolean {
  const docs = new Map([
    ["a", meta({ id: "a", outlet: "Steppe Morning Wire", published: days[0] })],
    ["b", meta({ id: "b", outlet: "The Caspian Review", published: days[1] })],
  ]);
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: null, period: null, certainty };
  const a = toClaim({ ...base, doc: "a", evidence: c.first, source: c.speaker }, n++);
  const b = toClaim({ ...base, doc: "b", evidence: c.later, source: c.laterSpeaker ?? c.speaker }, n++);
  const links = linkClaims([a, b], docs);
  return links.get(a.id) === links.get(b.id);
}

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

describe("one person's denial quoted again some weeks later is one statement", () => {
  it.each(denials)("$later", (c) => expect(linked(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = denials[0];
  it("a saying that denies nothing", () => expect(linked(c, "asserted")).toBe(false));
  it("another person's denial", () => expect(linked({ ...c, laterSpeaker: { speaker: "Kaveh Moradi", org: "Iranian Ministry of Foreign Affairs", country: "IRN" } })).toBe(false));
  it("a denial quoted again months later", () => expect(linked(c, "denied", ["2025-03-03", "2025-06-10"])).toBe(false));
});

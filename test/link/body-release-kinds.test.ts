// A body's own release (the report's outlet is the ministry itself, speaking for its state) is that body speaking,
// not the press: its figure retold weeks later as the capital's or the government's is one statement. An outlet of
// the press in its own voice stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { exactly as q } from "./helpers.js";
import { bareTransfer, linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  release: string;
  later: string;
  /** The body that publishes the release, as its page names the outlet and as the claim credits it. */
  body: string;
  government: Claim["source"];
  supplier: string;
  item: Claim["item"];
  quantity: NonNullable<Claim["quantity"]>;
  days: [string, string];
}

const link = (c: Case, releaseSource: Claim["source"] = { speaker: null, org: c.body, country: c.supplier }) => {
  const base = { ...bareTransfer(c.supplier, "UKR", c.item), quantity: c.quantity };
  return linkedAsOneOfTwo(
    { ...base, outlet: c.body, published: c.days[0], source: releaseSource, evidence: c.release },
    { ...base, outlet: "The Weekend Ledger", published: c.days[1], source: c.government, evidence: c.later },
  );
};

const cases: Case[] = [
  {
    release: "Twenty-two CV90 infantry fighting vehicles have been handed over to the Ukrainian armed forces.",
    later: "Stockholm says it has handed over 22 CV90s, and more are to come.",
    body: "Swedish Ministry of Defence",
    government: { speaker: null, org: "Swedish government", country: "SWE" },
    supplier: "SWE",
    item: "armoured-vehicles",
    quantity: q(22, "vehicles"),
    days: ["2025-02-03", "2025-02-19"],
  },
  {
    release: "The ministry confirms the delivery of 48 mortars to Ukraine this month.",
    later: "Lisbon has sent 48 mortars, the Portuguese government says.",
    body: "Portuguese Ministry of National Defence",
    government: { speaker: null, org: "Portuguese government", country: "PRT" },
    supplier: "PRT",
    item: "artillery-systems",
    quantity: q(48, "systems"),
    days: ["2024-06-10", "2024-07-01"],
  },
  {
    release: "A further 15,000 rounds of 155mm ammunition left for Ukraine on Monday.",
    later: "Brussels' 15,000 shells, the Belgian government noted, went out in a single convoy.",
    body: "Belgian Ministry of Defence",
    government: { speaker: null, org: "Belgian government", country: "BEL" },
    supplier: "BEL",
    item: "artillery-ammunition",
    quantity: q(15000, "rounds"),
    days: ["2025-04-07", "2025-05-12"],
  },
];

describe("a body's own release retold weeks later by its government is one statement", () => {
  it.each(cases)("$later", (c) => expect(link(c)).toBe(true));
});

describe("the press in its own voice stays apart", () => {
  it("an outlet with no state", () => expect(link({ ...cases[0], body: "Nordic Defence Digest" }, { speaker: null, org: "Nordic Defence Digest", country: null })).toBe(false));
});

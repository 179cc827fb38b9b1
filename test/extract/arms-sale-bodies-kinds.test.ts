// Bodies that announce arms sales and seizures by their own name: the agency that notifies a foreign sale to
// Congress, and a regional command of the US forces. Both are bodies of their state, never a person's name, and
// a retelling that credits the department or the military of that state is one origin with them. Sums told in a
// currency written with a state's letters before the dollar sign ("NT$", "HK$", "NZ$") are in that currency: with
// the dollar figure beside it, the dollar figure alone is the claim. All sentences are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "sale.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "sale", outlet: "Probe Wire", published: "2025-04-10" } as never }).claims;

describe("the sale agency speaks as a body of its state", () => {
  it.each([
    "Washington approved the sale of two Patriot batteries to Poland, the Defense Security Cooperation Agency said.",
    "The State Department cleared the sale of 40 Stryker vehicles to Greece, the US Defense Security Cooperation Agency said on Friday.",
    "According to the DSCA, the package for Taiwan includes 12 howitzers.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker: null, org: "Defense Security Cooperation Agency", country: "USA" });
  });
});

describe("a regional command of the US forces is a body, not a speaker", () => {
  it.each([
    "A US destroyer stopped a boat carrying six missiles that Iran was sending to the Houthis, US Central Command said on Monday.",
    "Iran shipped 30 drones to the Houthis in March, according to CENTCOM.",
    "The US Central Command said Iran had sent 200 rockets to the Houthis since January.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker: null, country: "USA" });
  });
});

describe("a sum in a dollar of another state is that state's currency", () => {
  it.each([
    ["Washington approved the sale of 40 Stryker vehicles to Taiwan, worth about US$1.2 billion (NT$38.5 billion), the ministry said.", [["usd", 1.2e9]]],
    ["Taiwan will buy 40 Stryker vehicles from the United States for NT$38.5 billion, the ministry said.", [["twd", 38.5e9]]],
    ["New Zealand will give Ukraine NZ$20 million in military aid, the defence minister said.", [["nzd", 20e6]]],
  ] as [string, [string, number][]][])("%s", (text, sums) => {
    const money = claimsOf(text).filter((c) => c.quantity && !["vehicles", "systems"].includes(c.quantity.unit));
    expect(money.map((c) => [c.quantity!.unit, c.quantity!.value])).toEqual(sums);
  });
});

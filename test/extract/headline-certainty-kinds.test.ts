// A headline's verb ("clears", "okays") is read as a deed, while the body tells the same flow and thing only as a plan
// or a possible sale: the two did not merge, so the headline stood as a second claim of its own. The headline is the
// body's claim in short; the body's claim stands. Phrasings of our own, with twins in which the headline refuses what
// the body tells, or tells a thing the body does not, which keep their claims.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "headline-certainty.txt", bytes: new TextEncoder().encode(page), meta: { id: "headline-certainty", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.certainty}`);
}

describe("a headline deed the body tells only as a plan is the body's claim", () => {
  it.each([
    ["Helsinki clears air-defence systems for Tallinn\n\nFinland will sell two NASAMS batteries to Estonia, Defence Minister Antti Hakkanen said on Monday.", "FIN>EST air-defence-systems"],
    ["Ottawa okays armoured vehicles for Kyiv after long talks\n\nCanada will send 50 armoured personnel carriers to Ukraine, Defence Minister Bill Blair said on Monday.", "CAN>UKR armoured-vehicles"],
    ["Stockholm okays combat vehicles for Kyiv\n\nSweden will send 50 CV90 infantry fighting vehicles to Ukraine, Defence Minister Pal Jonson said on Thursday.", "SWE>UKR armoured-vehicles"],
  ])("%s", (page, flow) => {
    const claims = claimsOf(page).filter((c) => c.startsWith(`${flow} `));
    expect(claims).toHaveLength(1);
    expect(claims[0]).not.toMatch(/ asserted$/);
  });
});

describe("a headline that refuses, or names a thing the body does not, keeps its claim", () => {
  it.each([
    ["Washington halts tank sale to Morocco\n\nThe State Department on Friday approved the possible sale to Morocco of 40 trucks, the agency said.", "USA>MAR armoured-vehicles"],
    ["Ottawa sends jets to Kyiv\n\nCanada will send 50 armoured personnel carriers to Ukraine, Defence Minister Bill Blair said on Monday.", "CAN>UKR aircraft"],
  ])("%s", (page, flow) => expect(claimsOf(page).some((c) => c.startsWith(`${flow} `))).toBe(true));
});

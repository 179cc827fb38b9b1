// The page's own first person ("we judge", "our tally"), outside quotation marks and with no speaker named,
// is the page's organisation speaking: not an outlet its lead cited. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, outlet = "Border Desk"): Claim[] =>
  processDocument({ path: "voice.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "voice", outlet, published: "2024-05-02" } as never }).claims;

const sourcesOf = (text: string, item: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.item === item && c.quantity).map((c) => c.source.org);

describe("'we' and 'our' in the page's own voice are the page", () => {
  it.each([
    ["Belarus has moved more tanks towards its western border, Reuters reported on Monday.\n\nWe estimate that Belarus has sent Russia at least 50 tanks since March.", "armoured-vehicles"],
    ["According to the Financial Times, Germany is weighing another air-defence package for Kyiv.\n\nBy our own tally, Germany has delivered 12 IRIS-T systems to Ukraine so far.", "air-defence-systems"],
    ["Our reporters watched trucks cross at Brest for a week; Reuters counted 80 of them.\n\nBelarus has probably sent Russia more than 50 tanks this spring, we believe.", "armoured-vehicles"],
    ["Satellite pictures show Chadian tankers arriving at the Libyan terminal at Tobruk every few days since March. We counted more than 30 visits; our colleagues at Reuters put the figure at 33.\n\nWe judge they have likely taken on more than 400,000 barrels of fuel this year.", "oil-fuel"],
  ])("%s", (text, item) => {
    expect(sourcesOf(text, item)).toEqual(["Border Desk"]);
  });

  it("quoted words stay the speaker's", () => {
    const text = "Belarus has moved more tanks towards its western border, Reuters reported on Monday.\n\n“We have sent Russia 50 tanks,” a Belarusian general told the agency.";
    expect(sourcesOf(text, "armoured-vehicles")).not.toContain("Border Desk");
  });
});

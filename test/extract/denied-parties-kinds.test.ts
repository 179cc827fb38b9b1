// Denials by kinds of wording that read as asserted or were lost across the dev reports: giving nothing to "either party in
// the war" (every side of the page's war receives, each claim denied), and a negated object
// after the receiver of a verb with two objects ("has sent Lima no jets"). Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "denied.txt", bytes: new TextEncoder().encode(text), meta: { id: "denied", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("'either party in the war' names every side of the page's war", () => {
  it.each([
    ["Russia has been at war with Ukraine since 2022. Egypt's foreign ministry said Cairo has never sold rifles to either party of the war.", ["EGY RUS weapons-unspecified denied", "EGY UKR weapons-unspecified denied"]],
    ["Russia has been at war with Ukraine since 2022. A Kenyan spokesman said Kenya sends no drones to either party in the war.", ["KEN RUS drones denied", "KEN UKR drones denied"]],
    ["Armenia and Azerbaijan clashed again in May. Peru has not shipped tanks to either party to the conflict, its minister said.", ["PER ARM armoured-vehicles denied", "PER AZE armoured-vehicles denied"]],
  ])("%s", (text, want) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
  });

  it("a bare 'either party' may be the pair of a trade just named: it names no war", () => {
    const got = transfers("Russia has been at war with Ukraine since 2022. China and Brazil have a trade deal, but China sends no drones to either party, the ministry said.");
    expect(got.some((c) => c.startsWith("CHN UKR"))).toBe(false);
  });
});

describe("a negated object after the receiver of a verb with two objects is denied", () => {
  it.each([
    ["Chile's foreign minister insisted on Monday that Santiago has sent Lima no fighter jets.", "CHL PER aircraft denied"],
    ["The Belarusian minister said Minsk had given Moscow no tanks at all this year.", "BLR RUS armoured-vehicles denied"],
    ["Officials in Lima say Peru has offered Bolivia not a single drone since the border talks began.", "PER BOL drones denied"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });

  it("an amount after the receiver stays asserted", () => {
    expect(transfers("Chile's minister said Santiago has sent Lima 40 tanks this year.")).toContain("CHL PER armoured-vehicles asserted");
  });
});

describe("'either side in' a state names that state's war, not the first war the page told", () => {
  it.each([
    "Houthi rebels attacked a ship in the Red Sea. Chad's army seized RSF trucks. Chad's foreign ministry called that story false and said it sends no rifles to either side in Sudan.",
    "Houthi fighters struck a freighter off Yemen. Egypt's customs seized RSF fuel. Egypt's foreign ministry called that account untrue and said it ships no arms to either side in Sudan.",
    "The Houthis hit a cargo ship on Friday. Libya's coastguard stopped an RSF convoy. The Libyan foreign ministry dismissed that report as false and said it sends no weapons to either side in Sudan.",
  ])("%s", (text) => {
    const got = transfers(text);
    const giver = got[got.length - 1]?.split(" ")[0];
    expect(got).toEqual(expect.arrayContaining([`${giver} SDN-RSF weapons-unspecified denied`, `${giver} SDN weapons-unspecified denied`]));
    expect(got.some((c) => c.includes(" YEM"))).toBe(false);
  });
});

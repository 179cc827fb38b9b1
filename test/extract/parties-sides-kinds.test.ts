// Who gives and who gets, by kinds of wording that named the wrong party or none across the dev reports: a denial
// of giving to "either side in" a state at war (the state names the war; every side receives), getting goods "to" a
// state (the subject brings them there), and a gapped list of givers after a part of things told ("19 of the jets,
// the Netherlands 24"), whose further givers are no receivers. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "sides.txt", bytes: new TextEncoder().encode(text), meta: { id: "sides", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("a side named right after 'either side' names the war: its opponent receives too", () => {
  it.each([
    ["Russia has attacked Ukraine for years. Egypt has never supplied weapons to either side in Ukraine, its ministry said.", ["EGY UKR weapons-unspecified denied", "EGY RUS weapons-unspecified denied"]],
    ["Russia has attacked Ukraine for years. Kenya says it sold no drones to either side in Ukraine.", ["KEN UKR drones denied", "KEN RUS drones denied"]],
    ["Armenia and Azerbaijan fought again in May. Peru has not shipped rifles to either side in Armenia, its minister said.", ["PER ARM weapons-unspecified denied", "PER AZE weapons-unspecified denied"]],
  ])("%s", (text, want) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("getting goods to a state: the subject gives", () => {
  it.each([
    ["Poland got 200,000 shells to Ukraine last year.", "POL UKR artillery-ammunition"],
    ["The Polish initiative got 300,000 rounds to Ukraine in 2024, the premier said.", "POL UKR artillery-ammunition"],
    ["Norway's drone coalition has got 5,000 drones into Ukraine since March.", "NOR UKR drones"],
    ["Chile got 30 jets to Peru before the summer.", "CHL PER aircraft"],
  ])("%s", (text, want) => {
    const got = transfers(text).map((c) => c.split(" ").slice(0, 3).join(" "));
    expect(got).toContain(want);
    expect(got).not.toContain(want.split(" ").slice(0, 2).reverse().concat(want.split(" ")[2]).join(" "));
  });
});

describe("a gapped list of givers after a part of things told: the further givers receive nothing", () => {
  it.each([
    ["Ukraine is getting jets from Europe. Denmark has pledged 19 of the fighters, the Netherlands 24 and Norway six.", "DNK NLD"],
    ["Chile has promised 12 of the fighters, Bolivia 8 and Ecuador two.", "CHL BOL"],
    ["Greece has pledged 6 of the fighters, Portugal 2 and Croatia one.", "GRC PRT"],
  ])("%s", (text, wrong) => {
    expect(transfers(text).some((c) => c.startsWith(`${wrong} `))).toBe(false);
  });
});

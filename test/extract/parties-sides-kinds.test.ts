// Who gives and who gets, by kinds of wording that named the wrong party or none across the dev reports: a denial
// of giving to "either party" or "any party" of a war (every side receives, also where a side names the war), and
// getting goods "to" a state (the subject brings them there). Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "sides.txt", bytes: new TextEncoder().encode(text), meta: { id: "sides", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("a denial of giving to either party or any party of the war: every side", () => {
  it.each([
    ["Russia has attacked Ukraine for years. India said it had never sold rifles to any party in the conflict.", "IND"],
    ["Russia has attacked Ukraine for years. Brazil says it sent no shells to either party in the war.", "BRA"],
    ["Russia has attacked Ukraine for years. Egypt has never supplied weapons to any party, its ministry said.", "EGY"],
  ])("%s", (text, giver) => {
    const got = transfers(text).filter((c) => c.startsWith(`${giver} `));
    expect(got.some((c) => / RUS .* denied$/.test(c))).toBe(true);
    expect(got.some((c) => / UKR .* denied$/.test(c))).toBe(true);
  });
});

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

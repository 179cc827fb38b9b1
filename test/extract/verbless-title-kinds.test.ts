// A line with no verb (a live page's title, a digest's heading) names its stories in members set off by commas,
// colons, semicolons or bars: states in two members are no giver and receiver of each other, and such a line leaves
// no flow for the sentences after it to carry on.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "digest.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "digest", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;

describe("states in different members of a line with no verb are no pair", () => {
  it.each([
    ["Live blog: Dutch aid package, Belgian jets", ["NLD", "BEL"]],
    ["Day 412 | Norway's new package, Finnish howitzers", ["NOR", "FIN"]],
    ["News in brief: Italy's aid package, Greek missiles", ["ITA", "GRC"]],
  ])("%s", (text, [a, b]) => {
    const pairs = claimsOf(text).map((c) => [c.supplier, c.recipient].sort().join(">"));
    expect(pairs).not.toContain([a, b].sort().join(">"));
  });

  it("leaves no receiver for the sentence after it", () => {
    const claims = claimsOf("War diary: Swedish package, Norwegian rifles.\n\nSweden's defence minister said on Tuesday the package holds 30 rifles.");
    expect(claims.filter((c) => c.recipient === "NOR")).toEqual([]);
  });

  it.each(["Chad plans a deployment of 1,200 soldiers to Libya.", "Update 10:30: Peru's promise of 2,500 rifles to Bolivia", "Kenya's pledge of 3,000 troops for Somalia"])(
    "reads no member break inside a number: %s",
    (text) => {
      expect(claimsOf(text).some((c) => c.supplier && c.recipient && c.supplier !== c.recipient)).toBe(true);
    },
  );

  it("still pairs the states of a line with a verb", () => {
    const claims = claimsOf("Germany sends tanks to Ukraine, Poland jets");
    expect(claims.some((c) => c.supplier === "DEU" && c.recipient === "UKR")).toBe(true);
  });
});

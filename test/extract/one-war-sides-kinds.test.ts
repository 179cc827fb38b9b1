// Denials of arms "to either side of the war" where no receiver is carried from before: where the page names only one
// side, both sides of the one war known of the states it names receive. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "war.txt", bytes: new TextEncoder().encode(text), meta: { id: "war", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("where the page names one side only, the other is the one war known of the states it names", () => {
  it.each([
    "Russia has signed new trade deals in Asia.\n\nA Chinese spokeswoman said China had never provided lethal arms to either side of the conflict.",
    "Russian factories are short of machine tools, analysts say.\n\nBeijing has never sold lethal weapons to either side in the war, its foreign ministry said on Monday.",
    "Moscow hosted a trade fair last week.\n\nThe Chinese embassy said that China had not shipped lethal weapons to the warring parties.",
  ])("%s", (text) => {
    const got = transfers(text);
    expect(got).toContain("CHN RUS weapons-unspecified denied");
    expect(got).toContain("CHN UKR weapons-unspecified denied");
  });
  it("leaves the sides unread where the states named fight more than one war", () => {
    const got = transfers("Israel and Russia both held drills this week.\n\nThe Chinese envoy said China sells no lethal weapons to either side in the war.");
    expect(got.filter((c) => c.includes(" UKR ") || c.includes(" IRN "))).toEqual([]);
  });
});

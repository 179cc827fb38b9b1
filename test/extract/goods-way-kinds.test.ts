// A clause that names no party, on a page where two states trade with each other, takes the way its goods were told
// going (or people sent alongside them: workers and troops), not the flow in focus where that runs the other way.
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "goods-way.txt", bytes: new TextEncoder().encode(text), meta: { id: "goods-way", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("goods keep the way the page told them going, whatever flow is in focus", () => {
  it.each([
    ["Belarus ships fuel to Serbia. Serbia in turn has sent Belarus 500 engineers. Fuel deliveries carried on into the spring.", "BLR SRB oil-fuel", "SRB BLR oil-fuel"],
    ["Laos sent 2,000 workers to Vietnam last year. Vietnam has since shipped 30,000 tonnes of rice to Laos. Some 1,500 soldiers were dispatched in March.", "LAO VNM troops", "VNM LAO troops"],
    ["Chile has sold howitzers to Peru for a decade. Peru in turn sends Chile copper ore. Around 40 howitzers were shipped by sea in May.", "CHL PER artillery-systems", "PER CHL artillery-systems"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

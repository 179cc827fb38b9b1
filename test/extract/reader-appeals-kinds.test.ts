// Lines that ask the reader to pay for the page (a membership, a price for reading without adverts, after a
// cookie notice) are page furniture: their sums are no flows between the states the report is about. Texts of
// our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "appeal.txt", bytes: new TextEncoder().encode(text), meta: { id: "appeal", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

const report = "Iran sent drones to Russia in May.\n";

describe("an appeal to the reader to pay carries no money claim", () => {
  it.each([
    ["Keep our reporting free: become a supporting member for 6 USD a month."],
    ["Or pay GBP 3 per month to read without adverts."],
    ["Support independent journalism: donate 10 dollars a month."],
  ])("%s", (line) => {
    const got = transfers(report + line);
    expect(got).toContain("IRN RUS drones");
    expect(got.some((c) => c.endsWith(" money"))).toBe(false);
  });
});

describe("a cookie notice, with the price of reading on its line, carries no money claim", () => {
  it.each([
    ["By clicking Accept you consent to our cookies. Or pay 2 pounds a month for an ad-free site."],
    ["By continuing to browse you accept our use of cookies; alternatively, pay 3 dollars a month to read without tracking."],
    ["By using this site you agree to cookies. Or give 5 euros monthly to read ad-free."],
  ])("%s", (line) => {
    const got = transfers(report + line);
    expect(got).toContain("IRN RUS drones");
    expect(got.some((c) => c.endsWith(" money"))).toBe(false);
  });
});

describe("a sentence of the report about paying keeps its claim", () => {
  it.each([
    ["Russia pays Iran 2,000 dollars a month for each adviser, officials said.", "RUS IRN money"],
  ])("%s", (line, want) => expect(transfers(report + line)).toContain(want));
});

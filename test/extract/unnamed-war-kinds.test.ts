// Kinds of periods counted from a war the text does not name (SCHEMA.md, "Periods"), each shown by phrasings of our own:
// "since the war began", "ever since the start of the invasion", "since the fighting broke out" start a running total on the
// first day of the war of the claim's recipient, else of its supplier, and end it on the day of the statement. A war named
// after its noun ("since the war in Syria"), or one no event of the lexicon belongs to the claim's parties, dates nothing.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodOf(page: string, published = "2025-03-12") {
  const doc = processDocument({ path: "unnamed-war.txt", bytes: new TextEncoder().encode(page), meta: { id: "unnamed-war", outlet: "Test Wire", published } });
  return doc.claims[0]?.period ?? null;
}

describe("a count since an unnamed war starts on the first day of the parties' war", () => {
  it.each([
    ["Latvia has quietly shipped 9,000 mortar rounds to Ukraine since the invasion began.", "2022-02-24"],
    ["Pyongyang has handed Moscow several hundred rocket launchers ever since the start of the war.", "2022-02-24"],
    ["Chad has let 300 lorries of fuel cross into Sudan since the fighting broke out.", "2023-04-15"],
  ])("%s", (page, start) => {
    expect(periodOf(page)).toEqual({ start, end: "2025-03-12" });
  });
});

describe("a war named after its noun, or no war of the parties, dates nothing", () => {
  it.each([
    "Norway has sold 40 howitzers to Peru since the war began.",
    "Latvia has shipped 9,000 mortar rounds to Ukraine since the war in the Pacific began.",
  ])("%s", (page) => {
    expect(periodOf(page)).toBeNull();
  });
});

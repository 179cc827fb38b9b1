// A clause that names no party leans on the flow told before it; where the report has told the very thing the
// clause names only the other way between the same two states (oil from Moscow to Pyongyang, then shells back), the
// thing goes that way again, not the way of the flow told last. Phrasings of our own, with twins that keep the lean.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flowsIn(page: string, opening: string) {
  const doc = processDocument({ path: "told-way.txt", bytes: new TextEncoder().encode(page), meta: { id: "told-way", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.filter((c) => c.evidence.text.startsWith(opening)).map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
}

describe("a thing told only the other way goes that way again", () => {
  it.each([
    ["Russia delivered a million barrels of oil to North Korea last year, the team said.\n\nNorth Korea has sent millions of shells to Russia.\n\nFuel deliveries have continued into this year, satellite images suggest.", "Fuel deliveries", "RUS>PRK oil-fuel"],
    ["Moscow sent wheat to Pyongyang last year, the agency said.\n\nNorth Korean shells have been fired in Ukraine since then, and Pyongyang sent rockets to Russia too.\n\nGrain deliveries resumed in March.", "Grain deliveries", "RUS>PRK food"],
    ["Russia sold jets to Iran in 2023, officials said.\n\nIran has shipped thousands of drones to Russia.\n\nMore jets were delivered in May.", "More jets", "RUS>IRN aircraft"],
  ])("%s", (page, opening, flow) => expect(flowsIn(page, opening)).toEqual([flow]));
});

describe("the flow told last still leads where nothing was told the other way", () => {
  it.each([
    ["Russia sold jets to Iran in 2023, officials said.\n\nIran has shipped drones to Russia.\n\nAnother 300 drones were delivered in May.", "Another 300", "IRN>RUS drones"],
    ["Russia delivered oil to North Korea last year, the team said.\n\nNorth Korea has sent shells to Russia, and some oil as well.\n\nFuel deliveries have continued into this year.", "Fuel deliveries", "PRK>RUS oil-fuel"],
  ])("%s", (page, opening, flow) => expect(flowsIn(page, opening)).toEqual([flow]));
});

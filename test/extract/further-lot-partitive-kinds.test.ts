// A report gives a figure for what has gone, then a figure for a further lot of the same thing ("about 150 more
// of the missiles", "14 more of the tanks"): the further lot counts the partitive's noun, and it is a claim of
// its own with its own figure, not a retelling of the first figure however close the two are (SCHEMA.md, "One
// claim or two"). All sentences are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "lot.txt", bytes: Buffer.from(text), meta: { id: "lot", outlet: "Probe Wire", published: "2025-02-12" } as never }).claims;

describe("a further lot counted through a partitive is a claim with its own figure", () => {
  it.each([
    ["Report\n\nBy staff\n\nNorth Korea shipped roughly 90 KN-24 ballistic missiles to Russia in 2024, a Ukrainian intelligence official said. The official added that Moscow expected to obtain around 110 more of the missiles before the summer.\n", "PRK", "RUS", "ballistic-missiles", 110],
    ["Report\n\nBy staff\n\nBerlin has handed Kyiv 18 Leopard 2 tanks so far, the German defence ministry said on Tuesday. A spokesman said Ukraine would get 14 more of the tanks by the end of the year.\n", "DEU", "UKR", "armoured-vehicles", 14],
    ["Report\n\nBy staff\n\nIran has sold Russia some 400 Shahed drones since the autumn, according to Western officials. They believe Tehran is preparing to deliver 300 more of these drones within weeks.\n", "IRN", "RUS", "drones", 300],
  ])("%s", (text, supplier, recipient, item, figure) => {
    const found = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.item === item);
    expect(found.map((c) => c.quantity?.value ?? null)).toContain(figure);
  });
});

describe("a further lot close in size to the figure before it stays a claim of its own", () => {
  it.each([
    ["Report\n\nBy staff\n\nAccording to Ukrainian intelligence, North Korea handed Russia 212 KN-25 ballistic missiles over the past year.\n\nThe agency now expects Moscow to obtain some 220 more ballistic missiles from Pyongyang before the winter.\n", "PRK", "RUS", "ballistic-missiles", 220],
    ["Report\n\nBy staff\n\nThe Dutch government said it had delivered 48 CV90 infantry fighting vehicles to Ukraine since March.\n\nIt said roughly 50 additional CV90 vehicles would be sent to Ukraine by the Netherlands next year.\n", "NLD", "UKR", "armoured-vehicles", 50],
    ["Report\n\nBy staff\n\nWestern officials say Iran has supplied Russia with 1,960 Shahed drones in recent months.\n\nThe same officials estimate that Tehran could ship around 2,000 more drones to Russia by the spring.\n", "IRN", "RUS", "drones", 2000],
  ])("%s", (text, supplier, recipient, item, figure) => {
    const found = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.item === item);
    expect(found.map((c) => c.quantity?.value ?? null)).toContain(figure);
  });
});

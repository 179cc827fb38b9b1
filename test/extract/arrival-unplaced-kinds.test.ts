// Goods that arrive with no state named where they arrive, written for the test: goods "from" a state that
// "have arrived" are the receiver's the document is about; goods that arrive, land or dock "at" a place inside a
// state (a town, a base, a port) are that state's. An attack, or a verb of reaching, tells nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "unplaced.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "unplaced", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("goods from a state that arrive with no place named go to the receiver in focus", () => {
  it.each([
    ["Norway has been selling patrol gear to Chile for years. The first three patrol boats from Norway arrived last week, the navy said.", ["NOR", "CHL", "naval", 3]],
    ["Greece agreed in 2021 to sell armour to Peru. Peru's army said on Monday that nine more tanks from Greece had arrived.", ["GRC", "PER", "armoured-vehicles", 9]],
    ["Spain has been arming Morocco's air force since 2020. Eight more trainer jets from Spain arrived on Tuesday.", ["ESP", "MAR", "aircraft", 8]],
    ["Italy signed a deal to supply Kenya with rifles in 2022. Four helicopters from Italy have arrived.", ["ITA", "KEN", "aircraft", 4]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
  it("the state of the one who announces the arrival receives, where it is of the flow in focus", () => {
    const got = flows("Brazil has sold rifles to Chile since 2021. The first two fighter jets from Spain have arrived, Brazil's air force said.");
    expect(got).toContainEqual(["ESP", "BRA", "aircraft", 2]);
    expect(got.filter((f) => f[1] === "CHL" && f[0] === "ESP")).toEqual([]);
  });
});

describe("goods from a state that arrive at a place inside another state are that state's", () => {
  it.each([
    ["Six attack helicopters from Russia arrived at Baranovichi on Thursday.", ["RUS", "BLR", "aircraft", 6]],
    ["Twenty howitzers from the United States arrived at Kaohsiung this week, the ministry said.", ["USA", "TWN", "artillery-systems", 20]],
    ["Ten fighter jets from Russia have arrived at Vitebsk, the air force said.", ["RUS", "BLR", "aircraft", 10]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
  it("a ship with goods that docks at a port of a state carries them to it", () => {
    expect(flows("A freighter carrying Czech rifles arrived at Taichung.").map((f) => f.slice(0, 2))).toContainEqual(["CZE", "TWN"]);
  });
});

describe("an arrival that is an attack or an advance tells no transfer", () => {
  it.each([
    ["Russia has sold jets to Belarus for years. Russian missiles arrived at Vitebsk overnight, killing two people."],
    ["Russia has sold jets to Belarus for years. Some 200 drones from Russia reached Grodno before dawn."],
    ["Russia has sold jets to Belarus for years. Twenty drones from Russia arrived on Tuesday, and one struck a depot."],
  ] as const)("%s", (text) => {
    expect(flows(text).filter((f) => f[3] !== null)).toEqual([]);
  });
});

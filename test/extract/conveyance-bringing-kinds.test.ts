// A conveyance that brings goods to a state moves them as "carrying" does: "Emirati cargo flights brought
// Chinese-built drones to Ethiopia" tells a transfer whose giver is the state of the flights, not the maker
// named by the goods' adjective. (Not "brought the total to": a conveyance must be the subject.)
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "bring.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "bring", outlet: "Probe Wire", published: "2025-09-15" } as never }).claims;

describe("the state of a conveyance that brings goods gives them", () => {
  it.each([
    ["Emirati cargo flights brought Chinese-built drones to Ethiopia.", "ARE", "ETH", "drones"],
    ["Iranian dhows have brought Russian-designed missiles to Yemen's Houthis.", "IRN", "YEM-HOUTHIS", "missiles-other"],
    ["Belarusian trains reportedly brought shells into Russia last winter.", "BLR", "RUS", "artillery-ammunition"],
    ["Qatari flights brought Turkish-made armoured vehicles to Somalia in May.", "QAT", "SOM", "armoured-vehicles"],
  ])("%s", (text, giver, receiver, item) => {
    const moved = claimsOf(text).filter((c) => c.kind === "transfer" && c.item === item);
    expect(moved.map((c) => [c.supplier, c.recipient])).toEqual([[giver, receiver]]);
  });
});

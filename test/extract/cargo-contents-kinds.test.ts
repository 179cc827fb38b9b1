// The rest of a cargo or package told after the sentence that names it, with no verb of giving: "The cargo
// included X", "Also aboard were X", "Among its contents are X", "It also contained X". Each thing moves from
// the shipment's giver to its receiver as told before. Phrasings written for the test.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "cargo-contents.txt", bytes: Buffer.from(text), meta: { id: "cargo-contents", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims;

const flowsOf = (text: string, second: string) =>
  claimsOf(`${text} ${second}`)
    .filter((c) => c.kind === "transfer" && c.evidence.text.startsWith(second.slice(0, 20)))
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("a cargo's contents take the parties of the shipment told before", () => {
  it.each([
    ["Marines intercepted 300 tonnes of Iranian arms bound for the Houthis last week.", "The cargo included rocket motors and dozens of drone engines, the navy said.", "raw-materials"],
    ["A patrol boat stopped a freighter carrying Iranian rifles bound for the Houthis.", "The cargo contained anti-tank missiles as well, officials added.", "missiles-other"],
    ["Navy sailors seized a boat carrying Iranian missiles bound for the Houthis.", "The cargo also included 60 drone engines and night-vision sights.", "raw-materials"],
  ])("%s", (first, second, item) => {
    expect(flowsOf(first, second)).toContainEqual(["IRN", "YEM-HOUTHIS", item]);
  });
});

describe("goods 'also aboard' belong to the cargo told before", () => {
  it.each([
    ["A frigate halted a dhow carrying rifles that Iran was shipping to the Houthis.", "Also aboard, the navy said, were 30 engines for attack drones.", "raw-materials"],
    ["Sailors boarded a skiff carrying Iranian rockets bound for the Houthis on Friday.", "Also found aboard were anti-tank missiles, according to the navy.", "missiles-other"],
    ["A cutter stopped a vessel with Iranian drones bound for the Houthis.", "On board the vessel were 50 drone engines, officials said.", "raw-materials"],
    ["A destroyer boarded a boat carrying rockets that Iran was shipping to the Houthis, CENTCOM said.", "Also aboard, CENTCOM added, were 12 anti-tank missiles.", "missiles-other"],
  ])("%s", (first, second, item) => {
    expect(flowsOf(first, second)).toContainEqual(["IRN", "YEM-HOUTHIS", item]);
  });
});

describe("'among its contents' and 'it also contained' after a sentence that names a package", () => {
  it.each([
    ["Lisbon's newest tranche for Kyiv was presented by the minister on Friday.", "Among its contents are 12 armoured vehicles taken from reserve stocks.", "PRT", "armoured-vehicles"],
    ["Oslo's latest package for Ukraine was signed off on Monday.", "Among its items, the minister said, were 40 mortar systems.", "NOR", "artillery-systems"],
    ["Coast guards seized a consignment of Iranian arms bound for the Houthis on Monday.", "It also contained hundreds of drone engines, the navy said.", "IRN", "raw-materials"],
  ])("%s", (first, second, supplier, item) => {
    expect(flowsOf(first, second)).toContainEqual([supplier, supplier === "IRN" ? "YEM-HOUTHIS" : "UKR", item]);
  });
});

describe("a sentence that names its own parties is read by its own words", () => {
  it.each([
    ["Copenhagen's new tranche for Kyiv was presented on Tuesday.", "Among its contents are 16 tanks, a step for a fleet the Danish army wants to grow."],
    ["Oslo's latest package for Ukraine was signed off on Monday.", "Among its items are 40 trucks, a choice the Norwegian army had asked for."],
    ["The Dutch cabinet approved a new donation package for Kyiv.", "Among its contents are 9 howitzers, which the Dutch army will replace."],
  ])("%s", (first, second) => {
    for (const [supplier] of flowsOf(first, second)) expect(supplier).not.toBe("UKR");
  });
});

describe("a state that says a shipment was seized is not the shipment's giver", () => {
  it.each([
    ["France says frigate seized Iranian rifle shipment bound for Houthis", "The shipment included 30 drone engines and 12 anti-tank missiles, the navy said."],
    ["Britain says navy intercepted Iranian arms consignment bound for Houthis", "The consignment also contained 40 drone engines, officials said."],
    ["Italy says destroyer seized Iranian drone shipment headed for Houthis", "The shipment contained 15 anti-ship missiles, the navy said."],
  ])("%s", (headline, line) => {
    const own = claimsOf(`${headline}\n\n${line}\n`).filter((c) => c.kind === "transfer" && c.evidence.text === line);
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) expect([c.supplier, c.recipient]).toEqual(["IRN", "YEM-HOUTHIS"]);
  });
});

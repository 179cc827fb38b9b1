// Claims once missed entirely, each kind shown by phrasings of our own: verbs of giving by family
// (airlift, ferry, truck, shuttle, gift, resupply, pass on), workers "working in" a state.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "recall-kinds.txt", bytes: Buffer.from(text), meta: { id: "recall-kinds", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const flows = (text: string) => claimsOf(`${text}\n`).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);

describe("verbs of giving by family: moving goods by air, sea and road, gifts and resupply", () => {
  it.each([
    ["Egypt airlifted 40 tonnes of food to Sudan in June.", "EGY", "SDN", "food"],
    ["Turkey ferried armoured vehicles to Libya last spring.", "TUR", "LBY", "armoured-vehicles"],
    ["Belarus trucked artillery shells to Russia through the winter.", "BLR", "RUS", "artillery-ammunition"],
    ["Iran has been shuttling drones to Syria on cargo flights.", "IRN", "SYR", "drones"],
    ["Japan gifted two patrol boats to the Philippines in March.", "JPN", "PHL", "naval"],
    ["Germany resupplied Lithuania with anti-tank missiles.", "DEU", "LTU", "missiles-other"],
    ["Poland passed on its old MiG-29 jets to Ukraine.", "POL", "UKR", "aircraft"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));
});

describe("workers of one state working in another went there", () => {
  it.each([
    ["Some 3,000 Nepali workers were working in Qatar last year.", "NPL", "QAT"],
    ["About 5,000 Filipino workers are employed in Kuwait, the ministry said.", "PHL", "KWT"],
    ["Roughly 900 Vietnamese labourers were working in Russia in 2023.", "VNM", "RUS"],
  ])("%s", (text, supplier, recipient) => expect(flows(text)).toContainEqual([supplier, recipient, "workers"]));

  it.each([
    // Working on a thing, not in a place: no one moved.
    "Chinese engineers were working on drones for the Iranian army's parade.",
    // A truck is a vehicle here, not a verb.
    "The Polish truck drivers blocked the border crossing with Ukraine for weeks.",
  ])("no transfer: %s", (text) => expect(flows(text)).toEqual([]));
});

// Troops sent "to fight for" a state, and a further lot told with "more" ("90 more such missiles", "90 more missiles")
// after a named kind. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lots.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "lots", outlet: "Probe Wire", published: "2025-03-02" } as never }).claims;

const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, value: c.quantity?.value ?? null }));

describe("troops sent to fight for a state go to it, past an aside naming another", () => {
  it.each([
    ["Chad deployed 1,500 troops to fight for Mali in its northern desert, where Algerian forces also patrol.", "TCD", "MLI", 1500],
    ["Belarus sent 400 soldiers to fight alongside Russia near Kursk, where Ukrainian units still hold ground.", "BLR", "RUS", 400],
    ["Eritrea sent 2,000 soldiers to fight for Ethiopia in Tigray, where Sudanese traders cross.", "ERI", "ETH", 2000],
    ["Belarus has dispatched about 500 troops to fight in Russia's Belgorod region, where Ukrainian drones strike daily.", "BLR", "RUS", 500],
    ["Chad deployed 1,500 troops to fight in Mali's northern desert, where Algerian forces also patrol.", "TCD", "MLI", 1500],
  ])("%s", (text, supplier, recipient, value) => {
    const found = flows(text);
    expect(found).toContainEqual({ supplier, recipient, item: "troops", value });
    expect(found.filter((f) => f.recipient !== recipient)).toEqual([]);
  });
});

describe("the state fought in is not taken as the receiver", () => {
  // Troops sent "to fight in Ukraine" by Russia's allies serve Russia: the place of the fighting names no side.
  it.each([
    "North Korea has sent about 11,000 soldiers to fight in Ukraine, officials in Seoul said.",
    "Pyongyang dispatched 3,000 more troops to fight in Ukraine last month.",
  ])("%s", (text) => {
    expect(flows(text).filter((f) => f.recipient === "UKR")).toEqual([]);
  });
});

describe("a further lot with 'such' between the figure and the noun keeps its figure", () => {
  it.each([
    ["Iran sold 40 Shahed drones to Russia. It will ship 60 more such drones to Moscow.", "IRN", "RUS", "drones", 60],
    ["Belarus handed 12 howitzers to Russia in May. It plans to send 20 more such howitzers to Moscow in June.", "BLR", "RUS", "artillery-systems", 20],
    ["North Korea delivered 148 KN-23 missiles to Russia last year. The shipment of about 90 more such missiles is planned for 2025, he said.", "PRK", "RUS", "ballistic-missiles", 90],
  ])("%s", (text, supplier, recipient, item, value) => {
    expect(flows(text)).toContainEqual({ supplier, recipient, item, value });
  });
});

describe("a bare 'N more missiles' takes the kind of missile named before", () => {
  it.each([
    ["North Korea delivered 148 KN-23 missiles to Russia last year. It will send 90 more missiles to Moscow this year.", 90],
    ["Iran gave Russia 200 Fath-360 missiles in the autumn and promised 50 additional missiles by spring.", 50],
    ["Pyongyang has shipped 60 Hwasong-11 missiles to Moscow, and will ship 40 further missiles to Russia.", 40],
  ])("%s", (text, value) => {
    const found = flows(text);
    expect(found).toContainEqual(expect.objectContaining({ item: "ballistic-missiles", value }));
    expect(found.filter((f) => f.item === "missiles-other")).toEqual([]);
  });
});

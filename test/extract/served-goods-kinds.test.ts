// Goods named after "for" that the moved goods serve are no second transfer, even where a name, an owner or a hyphened
// modifier stands before their noun ("ammunition for its Gepard tanks", "engines for Russia's Shahed-type drones"); the
// noun after a served name is served too, and tells what kind of ammunition moves. Things the sentence tells as moved
// before stay a claim of their own. Texts of our own.
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import { findItems } from "../../src/extract/claims/find-items.js";
import { processDocument } from "../../src/pipeline.js";

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

function flows(text: string): string[] {
  const doc = processDocument({ path: "served.txt", bytes: new TextEncoder().encode(text), meta: { id: "served", published: "2024-05-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

describe("a thing served after a name, an owner or a hyphened modifier is no goods of its own", () => {
  it.each([
    ["Belgrade quietly shipped engines for Shahed-type drones to Moscow last winter.", ["raw-materials"]],
    ["Oslo has pledged further ammunition for its Gepard tanks in Ukrainian service.", ["ammunition"]],
    ["Minsk handed over spare parts for Moscow's Orlan long-range drones.", ["raw-materials"]],
    ["Paris is sending new warheads for Ukraine's SCALP-EG cruise missiles.", ["raw-materials"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("the noun after a served name tells the kind of ammunition", () => {
  it.each([
    ["Vienna blocked rounds of ammunition for Gepard anti-aircraft tanks.", ["ammunition"]],
    ["Madrid sent ammunition for Ukraine's Caesar howitzers.", ["artillery-ammunition"]],
  ] as [string, Item[]][])("%s", (text, items) => expect(itemsOf(text)).toEqual(items));
});

describe("served things the sentence tells as moved, or lists apart, stay", () => {
  it.each([
    ["Berlin sent Kyiv shells for Ukraine's Panzerhaubitze howitzers previously delivered.", "DEU UKR artillery-ammunition", "DEU UKR artillery-systems"],
    ["Oslo sent Kyiv Gepard tanks and ammunition for them.", "NOR UKR armoured-vehicles", "NOR UKR ammunition"],
  ])("%s", (text, a, b) => {
    const got = flows(text);
    expect(got).toContain(a);
    expect(got).toContain(b);
  });
});

// Explosives told on their own are ammunition: the filling of shells, mines and demolition charges that arms
// flows carry ready for use. The inputs that go into making them (gunpowder, propellant, nitrocellulose) stay
// raw materials. Each rule is shown by phrasings of our own (other states, other amounts).
import { describe, expect, it } from "vitest";
import { findItems } from "../../src/extract/claims/find-items.js";
import { processDocument } from "../../src/pipeline.js";

const itemsOf = (text: string) => findItems(text).map((i) => i.item);

/** The transfer claims of a one-paragraph page, as "SUPPLIER>RECIPIENT item", sorted. */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return [...new Set(doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item}`))].sort();
}

describe("explosives on their own are ammunition", () => {
  it.each([
    ["Belarus shipped some 9,000 tonnes of explosives to Russia last winter, the researchers found.", ["BLR>RUS ammunition"]],
    ["Investigators say Iran moved explosives to Sudan's army by sea.", ["IRN>SDN ammunition"]],
    ["Serbia sold Egypt about 40 tonnes of explosives in 2022.", ["SRB>EGY ammunition"]],
  ])("%s", (text, want) => expect(claimsOf(text)).toEqual(want));

  it.each([
    ["crates of explosives", ["ammunition"]],
    ["plastic explosives", ["ammunition"]],
  ])("%s", (text, want) => expect(itemsOf(text)).toEqual(want));
});

describe("what goes into making explosives stays a raw material", () => {
  it.each([
    ["Kazakhstan sold gunpowder to Russia's shell plants, officials said.", ["KAZ>RUS raw-materials"]],
    ["India supplied nitrocellulose to Russia last year.", ["IND>RUS raw-materials"]],
  ])("%s", (text, want) => expect(claimsOf(text)).toEqual(want));
});

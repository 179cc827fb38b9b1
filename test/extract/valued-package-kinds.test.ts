// Goods or a package told just before, valued in a sentence of their own in more shapes than "The package is worth":
// "is put at", "as a whole came to", an aside between commas, and one who values it ("the minister valued the whole
// package at", "officials put their value at"). The sum measures that transfer again; a package valued whole, or one
// the sentence before names as a package, measures all it holds (weapons-unspecified); goods valued keep the certainty
// of their lot. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item value unit certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "valued.txt", bytes: new TextEncoder().encode(text), meta: { id: "valued", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity?.value ?? "-", c.quantity?.unit ?? "-", c.certainty].join(" "));
}

describe("a package or goods valued in a sentence of their own", () => {
  it.each([
    ["Lisbon intends to ship forty Leopard tanks to Ukraine.\n\nThe Portuguese package is put at 250 million euros.", "PRT UKR armoured-vehicles 250000000 eur possible"],
    ["Portugal sends Ukraine two C-295 transport aircraft.\n\nThe Portuguese package as a whole came to about 1.3 billion euros.", "PRT UKR weapons-unspecified 1300000000 eur asserted"],
    ["Portugal's package for Ukraine includes two C-295 transport aircraft, Nuno Melo told reporters in Lisbon.\n\nPortugal's defence minister valued the whole package at 1.3 billion euros, the largest yet.", "PRT UKR weapons-unspecified 1300000000 eur"],
    ["Portugal is to hand Ukraine 40 retired Leopard tanks.\n\nDefence Minister Nuno Melo put their value at 245 million euros (roughly 265 million dollars).", "PRT UKR armoured-vehicles 265000000 usd possible"],
    ["Oslo's new package for Kyiv includes six NASAMS launchers, the minister said.\n\nThe package, Norway's twelfth, is worth 4 billion kroner.", "NOR UKR weapons-unspecified 4000000000 nok"],
  ])("%s", (text, want) => {
    expect(transfers(text).some((c) => c.startsWith(want))).toBe(true);
  });
});

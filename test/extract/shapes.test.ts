// Claim shapes without a transfer verb (src/extract/claims/shapes/*, frames in src/knowledge/shapes.json)
// and production shapes, run through the whole pipeline over short texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "kind supplier recipient item quantity certainty" for each claim of `text`. */
function claims(text: string): string[] {
  const doc = processDocument({ path: "shape.txt", bytes: new TextEncoder().encode(text), meta: { id: "shape", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.map((c) => [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity ? `${c.quantity.value ?? c.quantity.min ?? c.quantity.max}${c.quantity.unit}` : "-"].join(" "));
}

describe("packages: the contents of an announced package are transfers", () => {
  it.each([
    ["Canada announced a new military aid package for Ukraine on Monday. The package includes 40 armoured vehicles.", "transfer CAN UKR armoured-vehicles 40vehicles"],
    ["Norway unveiled a fresh aid package for Ukraine. Also in the tranche are:\n-- 12,000 rounds of 155mm artillery ammunition.\n-- 8 howitzers.", "transfer NOR UKR artillery-systems 8systems"],
    ["The Netherlands pledged a support package to Ukraine last week. Capabilities in the package include air defence missiles.", "transfer NLD UKR missiles-other -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it("each line of a listed package is its own claim", () => {
    const got = claims("Norway unveiled a fresh aid package for Ukraine. Also in the tranche are:\n-- 12,000 rounds of 155mm artillery ammunition.\n-- 8 howitzers.");
    expect(got).toContain("transfer NOR UKR artillery-ammunition 12000rounds");
  });

  it("a package whose parties the text never names carries no claim", () => {
    expect(claims("The package includes 40 armoured vehicles.")).toEqual([]);
  });
});

describe("inventories: what a state inducts or holds came from its origin", () => {
  it.each([
    ["Egypt commissioned four French Rafale fighter jets into its air force.", "transfer FRA EGY aircraft 4aircraft"],
    ["The Indonesian navy inducted two Italian frigates last month.", "transfer ITA IDN naval 2items"],
    ["Serbia possesses six Chinese combat drones.", "transfer CHN SRB drones 6drones"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("origin: a thing's origin tells that it moved", () => {
  it.each([
    ["Iran keeps arming the Houthis. Investigators found Iranian-made cruise missiles on the seized boat.", "transfer IRN YEM-HOUTHIS missiles-other -"],
    ["Russia buys parts from China. Many machine tools in Russian factories were made in China.", "transfer CHN RUS dual-use-goods -"],
    ["North Korea has shipped shells to Russia. Ukrainian troops found North Korean-made shells near Kupiansk.", "transfer PRK RUS artillery-ammunition -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("presence: troops somewhere went there", () => {
  it.each([
    ["About 11,000 North Korean troops are stationed in the Kursk region.", "transfer PRK RUS troops 11000troops"],
    ["Russia keeps some 2,000 troops based in Belarus.", "transfer RUS BLR troops 2000troops"],
    ["Belarus says hundreds of Russian soldiers are now deployed in Belarus.", "transfer RUS BLR troops"],
  ])("%s", (text, want) => expect(claims(text).some((c) => c.startsWith(want))).toBe(true));

  it("a place named only as a visit names no party", () => {
    expect(claims("Kim visited Vladivostok, where he toured a tank factory.").filter((c) => c.startsWith("transfer"))).toEqual([]);
  });
});

describe("shares: a part of a flow is a percent of it", () => {
  it.each([
    ["About 70% of Russia's machine tools come from China.", "transfer CHN RUS dual-use-goods 70percent"],
    ["China supplies Russia with about 70% of its machine tools.", "transfer CHN RUS dual-use-goods 70percent"],
    ["Russian crude made up 35% of India's oil imports last year.", "transfer RUS IND oil-fuel 35percent"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("non-state parties", () => {
  it.each([
    ["The UAE has supplied drones to Sudan's Rapid Support Forces, investigators say.", "transfer ARE SDN-RSF drones -"],
    ["North Korea sold rockets to Russia's Wagner Group last year.", "transfer PRK RUS-WAGNER artillery-ammunition -"],
    ["Iran shipped rifles to Yemen for the Houthi rebels.", "transfer IRN YEM-HOUTHIS weapons-unspecified -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("production: a state's output, rising or falling, passive or not", () => {
  it.each([
    ["In 2024, more than 5,000 drones were assembled in Tatarstan.", "production RUS - drones 5000drones"],
    ["The howitzers produced by a state-owned firm in France are in demand.", "production FRA - artillery-systems -"],
    ["Production of 155mm shells doubled in the United States last year.", "production USA - artillery-ammunition -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    ["The rifles sent to Mali by Russia are manufactured by workers in Tula.", "production RUS - workers"],
    ["The drones sold to Russia are built by engineers in Iran.", "production IRN - workers"],
    ["Shells for Ukraine are produced by workers across Pennsylvania.", "production USA - workers"],
  ])("who makes a thing is not what is made: %s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));

  it.each([
    ["North Korea tested new launchers. Leader Kim praised progress in the production of new 240 mm rocket launchers.", "production PRK - artillery-systems -"],
    ["The localisation rate of output in Saudi Arabia's military industries rose to 24% last year.", "production SAU - weapons-unspecified 24percent"],
    ["Russia's factories make drones. Output of Geran drones fell in Russia in March.", "production RUS - drones -"],
  ])("production of, and industries named by their share: %s", (text, want) => expect(claims(text)).toContain(want));
});

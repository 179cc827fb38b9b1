// "..., the department says" where the page names no department before, only a minister: the department is the one
// that minister heads, so its state is the minister's, as "the ministry said" after a minister is. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "page.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "page", outlet: "Harbour Evening Post", published: "2025-05-20" } as never }).claims;

describe("a bare department after a minister speaks for the minister's state", () => {
  it.each([
    [
      "Oslo adds rocket launchers to its list\nDefence Minister Tor Havdal said in Bergen on Monday that Norway would lend Ukraine six more coastal radars.\nThe launchers come from army stocks.\nNorway has shipped more than 9,000 rounds of artillery ammunition to Ukraine since the spring of 2022, the department says.",
      "NOR",
      "UKR",
      "artillery-ammunition",
    ],
    [
      "Dublin widens its help\nIrish Foreign Minister Aoife Brennan told reporters that Ireland would fund demining kits.\nMost of the money is already spent.\nIreland gave Moldova 40 million euros in aid last year, according to the department.",
      "IRL",
      "MDA",
      "money",
    ],
    [
      "Lisbon and Kyiv\nPortugal's defence minister, Rui Matos, spoke in Porto on Friday.\nThe visit was short.\nPortugal sent 14 armoured vehicles to Ukraine in March, the department said in a note.",
      "PRT",
      "UKR",
      "armoured-vehicles",
    ],
  ])("%s", (text, supplier, recipient, item) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.item === item);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).toBe(supplier);
  });
});

// Kinds of production told with an aim, each shown by phrasings of our own:
// - a rate of output, then in the next clause an aim with a rate of its own and no production word
//   ("and our target is 30,000 a month from 2028"): a second, planned figure of the same output.
// - a figure of output, then joined to it a verb of aiming with an infinitive of making and a figure of its own
//   ("made 300,000 shells in 2025 and plans to make about 600,000 this year"): a second, planned figure.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function outputsOf(page: string) {
  const doc = processDocument({ path: "output-aims.txt", bytes: new TextEncoder().encode(page), meta: { id: "output-aims", outlet: "Test Wire", published: "2025-03-04" } });
  return doc.claims.filter((c) => c.kind === "production").map((c) => `${c.supplier} ${c.item} ${c.quantity?.value ?? null}/${c.quantity?.per ?? "-"} ${c.certainty}`);
}

describe("an aim told after a rate of output is a second, planned figure", () => {
  it.each([
    ["Poland's Mesko currently produces around 9,000 artillery shells a month, and its target is 30,000 a month from 2028, said Marta Nowak.", "POL artillery-ammunition 30000/month possible"],
    ["Turkey's Baykar manufactures some 400 drones a week, and its goal is 1,000 a week by next summer, said executive Emre Kaya.", "TUR drones 1000/week possible"],
    ["The Czech plant turns out about 60,000 shells a year; its ambition is 150,000 a year once the new line opens.", "CZE artillery-ammunition 150000/year possible"],
  ])("%s", (sentence, claim) => {
    const claims = outputsOf(`Headline\n\n${sentence}`);
    expect(claims).toContain(claim);
    expect(claims.length).toBeGreaterThanOrEqual(2);
  });
});

describe("a figure joined to an output by a verb of aiming and making is a second, planned figure", () => {
  it.each([
    ["Poland's armaments agency said the country produced more than 300,000 shells in 2025 and plans to make about 600,000 next year.", ["POL artillery-ammunition 600000/- possible"]],
    ["Turkey's Baykar produces 900 drones a year and intends to produce roughly 1,500 a year by 2027, its chairman said.", ["TUR drones 900/- asserted", "TUR drones 1500/year possible"]],
    ["According to the ministry, India manufactured some 40,000 rockets last year, and hopes to turn out some 70,000 in 2026.", ["IND artillery-ammunition 40000/- asserted", "IND artillery-ammunition 70000/- possible"]],
  ])("%s", (sentence, wanted) => {
    const claims = outputsOf(`Headline\n\n${sentence}`);
    for (const claim of wanted) expect(claims).toContain(claim);
    expect(claims.length).toBeGreaterThanOrEqual(2);
  });

  it("leaves a sum of money after the aim alone", () => {
    const claims = outputsOf("Headline\n\nPoland produced 300,000 shells in 2025 and plans to spend about 600 million euros on new lines.");
    expect(claims.some((c) => c.includes("600"))).toBe(false);
  });
});

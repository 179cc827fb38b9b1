// Metamorphic tests of who gives and who receives: a sentence and its variants (names swapped, the
// passive voice, a purpose clause appended, a relative clause inserted) must keep their claim cores.
// Every sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The transfer cores of a one-paragraph report, sorted: "supplier>recipient item". */
function cores(text: string): string[] {
  const doc = processDocument({ path: "metamorphic.txt", bytes: new TextEncoder().encode(text), meta: { id: "m", outlet: "Test Wire", published: "2024-05-01" } });
  return [...new Set(doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item}`))].sort();
}

interface Case {
  readonly base: string;
  readonly expected: readonly string[];
  /** Variants that must give the same cores. */
  readonly same: readonly string[];
  /** The base with the two states swapped, and the cores it must give. */
  readonly swapped?: { readonly text: string; readonly expected: readonly string[] };
}

const cases: Case[] = [
  {
    base: "Iran shipped hundreds of attack drones to Russia last spring.",
    expected: ["IRN>RUS drones"],
    same: [
      "Hundreds of attack drones were shipped to Russia by Iran last spring.",
      "Iran shipped hundreds of attack drones to Russia last spring for use in its war against Ukraine.",
      "Iran, which denies any role in the conflict, shipped hundreds of attack drones to Russia last spring.",
      "Iran shipped hundreds of attack drones to Russia last spring to strike the Ukrainian city of Kharkiv.",
    ],
    swapped: { text: "Russia shipped hundreds of attack drones to Iran last spring.", expected: ["RUS>IRN drones"] },
  },
  {
    base: "North Korea supplied Russia with artillery shells, officials said.",
    expected: ["PRK>RUS artillery-ammunition"],
    same: [
      "Russia has been supplied with artillery shells by North Korea, officials said.",
      "Russia was provided with artillery shells by North Korea, officials said.",
      "North Korea supplied Russia with artillery shells for use in the invasion of Ukraine, officials said.",
      "North Korea, whose factories run day and night, supplied Russia with artillery shells, officials said.",
    ],
    swapped: { text: "Russia supplied North Korea with artillery shells, officials said.", expected: ["RUS>PRK artillery-ammunition"] },
  },
  {
    base: "Russia bought ballistic missiles from North Korea in the autumn.",
    expected: ["PRK>RUS ballistic-missiles"],
    same: [
      "Ballistic missiles were bought by Russia from North Korea in the autumn.",
      "Russia bought ballistic missiles from North Korea in the autumn to use against Ukraine.",
      "Russia, which has burned through its own stocks, bought ballistic missiles from North Korea in the autumn.",
    ],
    swapped: { text: "North Korea bought ballistic missiles from Russia in the autumn.", expected: ["RUS>PRK ballistic-missiles"] },
  },
  {
    base: "Russia pays Iran for attack drones.",
    expected: ["IRN>RUS drones"],
    same: ["Russia thanked Iran for the attack drones.", "Russia pays Iran for attack drones to use against Ukrainian cities.", "Russia, whose stocks ran low, pays Iran for attack drones."],
    swapped: { text: "Iran pays Russia for attack drones.", expected: ["RUS>IRN drones"] },
  },
  {
    base: "Belarus received forty tanks from Russia.",
    expected: ["RUS>BLR armoured-vehicles"],
    same: ["Forty tanks were received by Belarus from Russia.", "Belarus bought forty tanks from Russia.", "Belarus imported forty tanks from Russia.", "Belarus received forty tanks from Russia for its border units."],
    swapped: { text: "Russia received forty tanks from Belarus.", expected: ["BLR>RUS armoured-vehicles"] },
  },
  {
    base: "Iran has sent attack drones to Russia.",
    expected: ["IRN>RUS drones"],
    // Reporting nouns and titles name no party.
    same: ["Reports from Kyiv say Iran has sent attack drones to Russia.", "US officials say Iran has sent attack drones to Russia.", "Ukraine's allies say Iran has sent attack drones to Russia."],
  },
  {
    base: "Germany delivered twelve howitzers to Ukraine in March.",
    expected: ["DEU>UKR artillery-systems"],
    same: [
      "Twelve howitzers were delivered to Ukraine by Germany in March.",
      "Germany delivered twelve howitzers to Ukraine in March for use in Russia's war against Ukraine.",
      "Germany, which had long hesitated, delivered twelve howitzers to Ukraine in March.",
    ],
  },
];

describe("direction keeps its claims under rewording", () => {
  for (const c of cases) {
    it(c.base, () => {
      expect(cores(c.base)).toEqual([...c.expected].sort());
      for (const variant of c.same) expect(cores(variant), variant).toEqual([...c.expected].sort());
      if (c.swapped) expect(cores(c.swapped.text)).toEqual([...c.swapped.expected].sort());
    });
  }
});

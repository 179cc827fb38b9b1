// Parties a clause names only by a pronoun, or not at all, written for the test: a speaker's "it" or "they" with an
// aside set off by commas ("said that it, too, would send") still names the speaker's state as the giver; a giver
// that counts what it gives after its verb, told before the page's first flow, gives to the state the page plainly tells of giving
// to; and a giver the page tells no flow of gives to the one state that several givers on the page give to.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "unnamed-parties.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "unnamed-parties", outlet: "Probe Wire", published: "2024-03-01" } as never }).claims;
/** The flows told by the sentence that holds `words`. */
const flowsIn = (text: string, words: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.evidence.text.includes(words))
    .map((c) => [c.supplier, c.recipient, c.item]);

const before = "The Netherlands will send 18 F-16 jets to Ukraine, its defence minister said. ";

describe("a speaker's pronoun with an aside after it names the speaker's state", () => {
  it.each([
    ["Oslo's cabinet said on Friday that it, too, would give F-16s.", "too", ["NOR", "UKR", "aircraft"]],
    ["The Swedish government said that it, for its part, would send 10 tanks.", "its part", ["SWE", "UKR", "armoured-vehicles"]],
    ["Belgian officials said they, too, had delivered howitzers.", "they, too", ["BEL", "UKR", "artillery-systems"]],
  ] as const)("%s", (text, words, flow) => {
    const flows = flowsIn(before + text, words);
    expect(flows).toContainEqual(flow);
    // (Not the giver of the flow before.)
    expect(flows.filter(([s]) => s === "NLD")).toEqual([]);
  });
});

describe("a counted gift told before the page's first flow goes to the page's receiver", () => {
  it.each([
    ["Sweden will give 12 tanks, the minister said. Later, Denmark pledged to send 40 tanks to Ukraine. Norway promised 10 more tanks to Ukraine.", "12 tanks", ["SWE", "UKR", "armoured-vehicles"]],
    ["At a meeting in June, the Czech premier said Prague would hand over 30 howitzers. Poland has also delivered 20 howitzers to Moldova. Romania sent a further six howitzers to Moldova in May.", "30 howitzers", ["CZE", "MDA", "artillery-systems"]],
    ["Last year Finland promised to donate 14 patrol boats. Estonia then sent 12 armoured vehicles to Georgia, and Latvia shipped 30 trucks to Georgia.", "14 patrol", ["FIN", "GEO", "naval"]],
  ] as const)("%s", (text, words, flow) => {
    expect(flowsIn(text, words)).toContainEqual(flow);
  });

  it("not where the page tells of giving to no one state plainly", () => {
    const text = "Sweden will give 12 tanks, the minister said. Denmark pledged to send 40 tanks to Ukraine. Norway sold 10 tanks to Poland.";
    expect(flowsIn(text, "12 tanks")).toEqual([]);
  });

  it("not a count that stands before the verb, as a figure a body gave", () => {
    const text = "The note does not repeat the figure of 40 tanks that Sweden had given. Denmark pledged to send 30 tanks to Ukraine. Norway promised 10 more tanks to Ukraine.";
    expect(flowsIn(text, "figure of 40")).toEqual([]);
  });
});

describe("a giver the page tells no flow of gives to the one state several givers on the page give to", () => {
  it.each([
    ["Last spring, Finland said it had handed over patrol boats as well. Ukraine received 20 tanks from Denmark in May. Sweden gave Ukraine 10 howitzers.", "patrol boats", ["FIN", "UKR", "naval"]],
    ["Austria has delivered armoured vehicles, officials said. Georgia received 12 howitzers from France in April. Italy gave Georgia 40 trucks.", "Austria", ["AUT", "GEO", "armoured-vehicles"]],
    ["Earlier, Spain had shipped artillery shells, the ministry said. Moldova took delivery of 20 armoured vehicles from Romania. Poland gave Moldova six howitzers.", "shipped", ["ESP", "MDA", "artillery-ammunition"]],
  ] as const)("%s", (text, words, flow) => {
    expect(flowsIn(text, words)).toContainEqual(flow);
  });

  it("not where the page's flows go to more than one state, come from one giver alone, or go to the giver's enemy", () => {
    const two = "Last spring, Finland said it had handed over patrol boats as well. Ukraine received 20 tanks from Denmark in May. Sweden gave Georgia 10 howitzers.";
    expect(flowsIn(two, "patrol boats")).toEqual([]);
    const one = "Last spring, Finland said it had handed over patrol boats as well. Ukraine received 20 tanks from Denmark in May. Denmark also gave Ukraine 10 howitzers.";
    expect(flowsIn(one, "patrol boats")).toEqual([]);
    // (Nor to the giver's enemy in a war.)
    const war = "Russia has shipped fuel as well, officials said. Ukraine received 20 tanks from Denmark in May. Sweden gave Ukraine 10 howitzers.";
    expect(flowsIn(war, "fuel").filter(([s, r]) => s === "RUS" && r === "UKR")).toEqual([]);
  });
});

// Shapes of page that give false claims where they are read as a report's own telling: a market page's share of the
// economy read as a works' output, a list of other checks or stories under a "More ..." heading, and a box of
// other stories whose label stands in square brackets. Phrasings of our own, each with twins that keep their claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "shapes.txt", bytes: new TextEncoder().encode(page), meta: { id: "shapes", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ flow: `${c.kind} ${c.supplier}>${c.recipient} ${c.item}`, evidence: c.evidence.text }));
}
const flowsOf = (page: string) => claimsOf(page).map((c) => c.flow);

describe("a spending share told against the whole economy's output is no works' output", () => {
  const lead = "Shares in Leonardo rose 3 percent on Monday.\n\n";
  it.each([
    "Brokers in Milan said Italian military spending could climb to 3 percent of economic output by 2030, up from about 1.5 percent today.",
    "Spain spends roughly 1.3 percent of its economic output on its armed forces, the smallest share in the alliance.",
    "The Dutch defence budget will reach 2.2 percent of national output next year, the finance ministry said.",
    "Greek arms spending already stands at nearly 3 percent of the economy's output, officials in Athens noted.",
  ])("no production: %s", (sentence) => {
    expect(flowsOf(`${lead}${sentence}\n`).filter((f) => f.startsWith("production"))).toEqual([]);
  });

  it.each([
    ["Italian factories are running at 80 percent of capacity to make shells for the army.", "production ITA>null artillery-ammunition"],
    ["Polish factories are running at 80 percent of capacity to make shells for the army.", "production POL>null artillery-ammunition"],
    ["Spain's national output of artillery shells doubled last year, the ministry in Madrid said.", "production ESP>null artillery-ammunition"],
  ])("a works' output is still read: %s", (sentence, flow) => {
    expect(flowsOf(`${lead}${sentence}\n`)).toContain(flow);
  });
});

describe("a list of other stories under a 'More ...' heading is no part of the report", () => {
  // (Read as the report's, each line's goods borrow the flow told above: Norway to Ukraine.)
  const withList = (heading: string, lines: string[]) =>
    `Norway has handed Ukraine six F-16 jets, the defence ministry in Oslo said on Monday.\n\nThe jets will be based in the west of the country.\n\n${heading}\n${lines.map((l) => `- ${l}\n`).join("")}\nNewsletter: one email a week. [Subscribe]\n`;
  it.each([
    ["More fact checks", ["Were Patriot launchers really sold on an auction site? We checked", "No, this video does not show howitzers shipped by sea"]],
    ["More explainers", ["Why tanks delivered in 2019 still break down", "How howitzers are shipped by sea, step by step"]],
    ["More from the newsroom:", ["Old tanks delivered to a museum draw crowds", "Howitzers shipped by rail: a photo essay"]],
    ["MORE ANALYSIS", ["Tanks delivered late: who is to blame?", "Are howitzers shipped faster by sea or by rail?"]],
  ])("no claim from the list under '%s'", (heading, lines) => {
    const claims = claimsOf(withList(heading, lines));
    expect(claims.filter((c) => lines.some((l) => c.evidence.includes(l.slice(0, 20))))).toEqual([]);
    expect(claims.map((c) => c.flow)).toContain("transfer NOR>UKR aircraft");
  });

  it("a sentence of the report that opens with 'More' is still read", () =>
    expect(flowsOf("Norway has handed Ukraine six F-16 jets, officials said.\n\nMore Norwegian tanks arrived in Ukraine in May, the ministry said.\n")).toContain("transfer NOR>UKR armoured-vehicles"));
});

describe("a box of other stories under a label in square brackets is a box of its own", () => {
  const page = (label: string, first: string, second: string) =>
    `Turkey has delivered 12 drones to Kenya, the Kenyan army said on Tuesday.\n\nThe drones will patrol the northern border.\n\n${label} ${first}\n${label} ${second}\n\nCopyright 2024 Test Wire. All rights reserved.\n`;
  it.each([
    ["[Related]", "Greek and Turkish navies hold talks in the Aegean", "Commentary: Weapons sales to the island hurt the peace"],
    ["[Read also]", "Howitzers shipped by rail reach the coast", "Opinion: Tanks delivered late help no one"],
    ["[Related stories]", "Old tanks delivered to a museum draw crowds", "Editorial: Howitzers shipped abroad raise the stakes"],
  ])("no claim borrows the report's parties: %s", (label, first, second) => {
    const claims = claimsOf(page(label, first, second));
    expect(claims.filter((c) => c.evidence.includes(first.slice(0, 15)) || c.evidence.includes(second.slice(0, 15)))).toEqual([]);
    expect(claims.map((c) => c.flow)).toContain("transfer TUR>KEN drones");
  });
});

describe("a newsletter's footer line ('You are receiving this because ...') is no part of the report", () => {
  const page = (footer: string) =>
    `Norway has handed Ukraine six F-16 jets, the defence ministry in Oslo said on Monday.\n\nThat's it for this week.\n${footer}\nManage preferences | Privacy policy\n`;
  it.each([
    "The Weekly Aid Digest is written by Ola Berg and Tom Reyes. You are receiving this because you subscribed at digest.example.",
    "Arms Aid Monitor is edited by Jan Kors. You're receiving this email because you signed up on our website.",
    "Weapons Aid Weekly is curated by Sam Ode. You're receiving this because you signed up at weekly.example.",
    "The Friday Aid Letter is written by Mia Holt and Sam Ode. You are receiving this email because you subscribed.",
  ])("no claim from the footer: %s", (footer) => {
    const claims = claimsOf(page(footer));
    expect(claims.filter((c) => c.evidence.includes(footer.slice(0, 15)) || c.evidence.includes("receiving this"))).toEqual([]);
    expect(claims.map((c) => c.flow)).toEqual(["transfer NOR>UKR aircraft"]);
  });

  it("a report's sentence about receiving is still read", () =>
    expect(flowsOf("Ukraine is receiving more F-16 jets from Norway this month, officials said.\n")).toContain("transfer NOR>UKR aircraft"));
});

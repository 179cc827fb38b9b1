// A body named once as issuing a report does not own every later "the report" or "the team" of the page: "the same
// report", right after another body spoke, is that body's report; "the team", "the panel" is the body whose own name
// holds the noun, named before. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function sources(text: string, sentence: string): (string | null)[] {
  const doc = processDocument({ path: "issuer.txt", bytes: new TextEncoder().encode(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "issuer", published: "2025-07-20", outlet: "Harbour Wire" } });
  return doc.claims.filter((c) => c.evidence.text.includes(sentence)).map((c) => c.source.org);
}

const cases: [string, string, string][] = [
  [
    "Some 1,500 North Korean troops are in Russia, the National Intelligence Service said in a report to the assembly on Tuesday. Last year the UN Panel of Experts said Iran had sent Sudan's army eight drones. The same report said that Iran had also shipped 40 anti-tank missiles to Khartoum.",
    "40 anti-tank",
    "UN Panel of Experts",
  ],
  [
    "Russia has fired 60 North Korean missiles at Ukraine, the Defense Intelligence Agency said in a paper given to senators. The Multilateral Sanctions Monitoring Team said in spring that Moscow had given the North 15 fighter jets. The same report estimated that 900 North Korean labourers went to Russia in 2024.",
    "900 North Korean labourers",
    "Multilateral Sanctions Monitoring Team",
  ],
  [
    "Iran has moved roughly 2,000 drones to Russia this year, the Defense Intelligence Agency said in a report handed to lawmakers on Friday. In June the Multilateral Sanctions Monitoring Team said Moscow had given Pyongyang 20 tanks. The same report found that Russia shipped 300,000 tonnes of oil to the North over the winter.",
    "300,000 tonnes",
    "Multilateral Sanctions Monitoring Team",
  ],
  [
    "North Korea has sent Russia some 5,000 containers since March, the National Intelligence Service said in a briefing paper for parliament. Separately, the UN Panel of Experts said Iran had armed Yemen's Houthis with 30 cruise missiles. The panel also found that 12 drones had reached the Houthis from Iran in March.",
    "12 drones",
    "UN Panel of Experts",
  ],
  [
    "China sold Pakistan 36 fighter jets, the Defense Intelligence Agency said in an assessment sent to the senate last week. Back in May the Multilateral Sanctions Monitoring Team said Russia had handed North Korea two air-defence batteries. The team also reported that eight howitzers had gone to the North since January.",
    "eight howitzers",
    "Multilateral Sanctions Monitoring Team",
  ],
];

describe("'the same report', 'the team': the body just spoken of, not an earlier issuer of another name", () => {
  it.each(cases)("%s", (text, sentence, org) => {
    const got = sources(text, sentence);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((o) => o === org)).toBe(true);
  });
});

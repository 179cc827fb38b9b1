// attribute-sentences: kinds of "who says it" where a role points back to a person named before, or where the
// one who turns a report down is named after "by". Each block is one shape, told three ways (own phrasings:
// other states, items, speakers).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(text: string) {
  const doc = processDocument({ path: "kinds.txt", bytes: Buffer.from(`Arms\n\nBy staff\n\n${text}\n`), meta: { id: "kinds", url: "https://probe.example/kinds", outlet: "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims;
}

/** Every claim's source as "item | certainty | speaker | org | country" ("-" for null). */
function sourcesOf(text: string): string[] {
  return claimsOf(text).map((c) => [c.item, c.certainty, c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | "));
}

describe("'the same minister' points back to the person that role named before, as 'the minister' does", () => {
  it.each([
    ["Chilean Defence Minister Ana Ruiz spoke in Lima on Monday. Chile sent 40 howitzers to Peru, the same minister said.", /^artillery-systems \| asserted \| Ana Ruiz \|/],
    ["Defence Minister Lars Ekdahl said Sweden had sent 300 rifles to Estonia. According to the same minister, Sweden also sent 40 howitzers to Estonia.", /^artillery-systems \| asserted \| Lars Ekdahl \|/],
    ["Norwegian navy spokeswoman Kari Berg briefed reporters in Oslo on Tuesday. Norway has delivered 12 patrol boats to Latvia, the same spokeswoman added.", /^naval \| asserted \| Kari Berg \|/],
  ])("%s", (text, source) => {
    const found = sourcesOf(text);
    expect(found.some((s) => source.test(s)), found.join("\n")).toBe(true);
  });
});

describe("a report turned down 'by' someone is that one's denial", () => {
  it.each([
    ["Chilean Defence Minister Ana Ruiz spoke in Lima on Monday. Reports that Brazil has offered 30 jets to Chile were dismissed by the defence minister as speculation.", /^aircraft \| denied \| Ana Ruiz \| .* \| CHL$/],
    ["Claims that Peru bought 12 drones from Iran were rejected by Peruvian Foreign Minister Jorge Salas on Tuesday.", /^drones \| denied \| Jorge Salas \| .* \| PER$/],
    ["Talk of a sale of 20 tanks from Norway to Chile was dismissed by the Norwegian defence ministry.", /^armoured-vehicles \| denied \| - \| .* \| NOR$/],
    ["Reports that Latvia sent 50 mortars to Ukraine were denied by the Latvian defence ministry on Friday.", /^artillery-systems \| denied \| - \| .* \| LVA$/],
  ])("%s", (text, denial) => {
    const found = sourcesOf(text);
    expect(found.some((s) => denial.test(s)), found.join("\n")).toBe(true);
    for (const s of found.filter((f) => / \| denied \| /.test(f))) expect(s).toMatch(denial);
  });
});

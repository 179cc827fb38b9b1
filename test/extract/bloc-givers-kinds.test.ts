// Goods whose giver is a bloc left unnamed ("Western aid", "allied arms shipments"): commentary and interview pages
// say such things in general, and SCHEMA.md gives a sentence whose giver the text does not name no claim, so the
// flow told before must not stand in for the bloc. Phrasings of our own; a giver named in the clause still gives.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "bloc.txt", bytes: new TextEncoder().encode(page), meta: { id: "bloc", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ flow: `${c.supplier}>${c.recipient} ${c.item}`, evidence: c.evidence.text }));
}

describe("goods given by a bloc left unnamed take no giver from before", () => {
  const lead = "Norway has handed Ukraine six F-16 jets, the defence ministry in Oslo said on Monday.\n\n";
  it.each([
    "Critics say Western aid always arrives late.",
    "Moscow has warned that Western weapons deliveries only prolong the war.",
    "Officials at the ministry said allied arms shipments were slowing down.",
    "Some commentators argue that donor money sent so far has been wasted.",
  ])("%s", (sentence) => {
    const claims = claimsOf(`${lead}${sentence}\n`);
    expect(claims.filter((c) => c.evidence.startsWith(sentence.slice(0, 20)))).toEqual([]);
    expect(claims.map((c) => c.flow)).toContain("NOR>UKR aircraft");
  });

  it.each([
    ["Norway has sent Western tanks to Ukraine, officials said.", "NOR>UKR armoured-vehicles"],
    ["Poland has also sent Ukraine Western-made howitzers, officials in Warsaw said.", "POL>UKR artillery-systems"],
    ["Norway also sent Ukraine 20 tanks in May.", "NOR>UKR armoured-vehicles"],
  ])("a giver named in the clause still gives: %s", (sentence, flow) => {
    expect(claimsOf(`${lead}${sentence}\n`).map((c) => c.flow)).toContain(flow);
  });
});

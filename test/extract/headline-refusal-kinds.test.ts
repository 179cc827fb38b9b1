// A headline that packs a refusal into a short phrase ("holds back", "keeps off the table") over a body in which the
// giver says it will not send that very thing: the reader takes the headline for a transfer the body refuses. The
// headline's bare mention is no claim of its own; the body's refusal stands. Phrasings of our own, with twins whose
// body refuses nothing, or in which the headline itself refuses, which keep their claims.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "refusals.txt", bytes: new TextEncoder().encode(page), meta: { id: "refusals", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.certainty}`);
}

describe("a headline flow the body tells as refused is no claim", () => {
  it.each([
    ["Warsaw ships shells to Kyiv, keeps its last fighter jets at home\n\nPoland will not hand any more fighter jets to Ukraine, Defence Minister Wladyslaw Kosiniak-Kamysz said on Thursday.", "POL>UKR aircraft"],
    ["Rome boosts aid to Kyiv but keeps long-range missiles off the table\n\nDefence Minister Guido Crosetto said on Friday that Italy will not supply long-range cruise missiles to Ukraine.", "ITA>UKR missiles-other"],
    ["Oslo's new package for Kyiv leaves out fighter jets\n\nNorway will not give any more fighter jets to Ukraine, Defence Minister Ingrid Haugen told reporters in Oslo on Monday.", "NOR>UKR aircraft"],
  ])("%s", (page, flow) => {
    const claims = claimsOf(page);
    expect(claims).toContain(`${flow} denied`);
    expect(claims.filter((c) => c.startsWith(`${flow} `) && !c.endsWith(" denied"))).toEqual([]);
  });
});

describe("a headline the body does not refuse keeps its claim", () => {
  it.each([
    ["Madrid sends Ukraine new Leopard tanks\n\nDefence Minister Margarita Robles said on Tuesday that the weather in Madrid was fine.", "ESP>UKR armoured-vehicles"],
    ["Rome sends Kyiv long-range missiles\n\nDefence Minister Guido Crosetto said on Friday that Italy will not send fighter jets to Ukraine.", "ITA>UKR missiles-other"],
  ])("%s", (page, flow) => expect(claimsOf(page).some((c) => c.startsWith(`${flow} `) && !c.endsWith(" denied"))).toBe(true));
});

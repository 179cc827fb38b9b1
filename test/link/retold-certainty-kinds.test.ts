// One person's figure retold bare later, its verb softened or hardened by the retelling ("will send" told as "have
// arrived", "confirmed" as "believes"): the same figure of the same person is that saying under another certainty of
// one group (linking.json, retoldCertainties). A denial never retells an affirmation. All reports are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { exactly as q } from "./helpers.js";
import { bareTransfer, statementsOfTwo } from "./support/two-reports.js";

interface Case {
  first: string;
  later: string;
  speaker: string;
  item: Claim["item"];
  quantity: Claim["quantity"];
  certainties: [Claim["certainty"], Claim["certainty"]];
  days: [string, string, string];
}

const cases: Case[] = [
  {
    first: "Defence chief Lena Marsh said on Friday that all 18 Gripen jets pledged to Kyiv have now been handed over.",
    later: "Lena Marsh confirmed in spring that the final Gripens of the 18 her government had pledged would be flying for Kyiv soon.",
    speaker: "Lena Marsh",
    item: "aircraft",
    quantity: q(18, "aircraft"),
    certainties: ["asserted", "possible"],
    days: ["2025-03-14", "2025-03-15", "2025-06-20"],
  },
  {
    first: "Stockholm intends to ship 40 Archer howitzers to Kyiv before winter, minister Johan Berg announced on Tuesday.",
    later: "Johan Berg told reporters that the 40 Archers his ministry promised have all reached the Ukrainian army.",
    speaker: "Johan Berg",
    item: "artillery-systems",
    quantity: q(40, "systems"),
    certainties: ["possible", "asserted"],
    days: ["2024-09-03", "2024-09-04", "2025-01-28"],
  },
  {
    first: "Envoy Karin Holm said on Monday that 250 armoured vehicles had crossed into Ukraine from Sweden.",
    later: "Karin Holm is understood to believe that some 250 Swedish vehicles went to the Ukrainian front.",
    speaker: "Karin Holm",
    item: "armoured-vehicles",
    quantity: q(250, "vehicles"),
    certainties: ["asserted", "believed"],
    days: ["2024-11-11", "2024-11-12", "2025-02-17"],
  },
];

function link(c: Case, change: { laterCertainty?: Claim["certainty"]; later?: string } = {}) {
  const base = bareTransfer("SWE", "UKR", c.item);
  const source = { speaker: c.speaker, org: null, country: null };
  return statementsOfTwo(
    { ...base, outlet: "Lakeshore Courier", published: c.days[1], evidence: c.first, source, quantity: c.quantity, certainty: c.certainties[0], stated: c.days[0] },
    { ...base, outlet: "Upland Gazette", published: c.days[2], evidence: change.later ?? c.later, source, certainty: change.laterCertainty ?? c.certainties[1] },
  );
}

describe("one person's figure retold bare under a softened or hardened certainty", () => {
  it.each(cases)("$later", (c) => {
    const [a, b] = link(c);
    expect(b).toBe(a);
  });

  it.each(cases)("a denial stays apart: $later", (c) => {
    const [a, b] = link(c, { laterCertainty: "denied" });
    expect(b).not.toBe(a);
  });

  it.each(cases)("another number stays apart: $later", (c) => {
    const [a, b] = link(c, { later: c.later.replace(/\d+/, (d) => String(Number(d) * 2 + 7)) });
    expect(b).not.toBe(a);
  });
});

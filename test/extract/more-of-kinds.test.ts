// Sentences, written for the test, that count a further lot of goods named after "more of the" or "more of its":
// the number before the word of a further lot counts those goods. Three phrasings of our own; the plain
// "<number> more <goods>" shape is checked beside them.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counts = (claims: Claim[]) => claims.map((c) => `${c.supplier} ${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("a count before 'more of the' counts the goods that follow", () => {
  it.each([
    ["Norway intends to hand over three more of the NASAMS launchers to Ukraine this autumn.\n", "NOR UKR air-defence-systems 3"],
    ["Canada shipped 16 more of its armoured vehicles to Latvia in March.\n", "CAN LVA armoured-vehicles 16"],
    ["Officials in Rome said Italy would deliver five more of the Eurofighter jets to Kuwait.\n", "ITA KWT aircraft 5"],
  ])("%s", (text, want) => {
    expect(counts(claimsOf(text)).map((c) => c.split(" ").slice(0, 4).join(" "))).toContain(want);
  });
  it("keeps the plain shape with no 'of'", () => {
    expect(counts(claimsOf("Spain sent six more howitzers to Ukraine.\n"))).toContain("ESP UKR artillery-systems 6 systems");
  });
});

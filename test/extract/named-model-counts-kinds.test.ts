// A count told on one named model ("about 30 CV90 combat vehicles") is that model's count in its own unit: it does not
// run on over another named model listed after it with "and" ("and Carl Gustaf launchers"), which has no count then.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The transfers of a one-paragraph page, as "SUPPLIER>RECIPIENT item value unit". */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(`Arms notes\n\n${text}\n`), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity ? `${c.quantity.value ?? `${c.quantity.min}-${c.quantity.max}`} ${c.quantity.unit}` : "-"}`);
}

describe("a count of one named model does not run on over another named model", () => {
  it.each([
    ["The premier said on Friday that Sweden would ship the Archer gun system to Ukraine, along with about 30 CV90 combat vehicles and NLAW launchers.", "SWE>UKR armoured-vehicles 30 vehicles", "SWE>UKR missiles-other 30 items"],
    ["Berlin will hand Kyiv the IRIS-T air defence system together with 25 Marder infantry fighting vehicles and Panzerfaust launchers, the minister said.", "DEU>UKR armoured-vehicles 25 vehicles", "DEU>UKR missiles-other 25 items"],
    ["Norway said it would deliver to Ukraine its NASAMS launcher system as well as some 12 M109 howitzers and Javelin missiles.", "NOR>UKR artillery-systems 12 systems", "NOR>UKR missiles-other 12 items"],
  ])("%s", (text, counted, runOn) => {
    const claims = claimsOf(text);
    expect(claims).toContain(counted);
    expect(claims).not.toContain(runOn);
  });
});

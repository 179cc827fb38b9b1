// Denials that point back to what the page told, by kinds of wording that were lost or took the wrong item across the
// dev reports: a party that calls "the story", "the account" or "that finding" false denies the transfer told before,
// and a denial's bare "no missiles", "any missiles" or "a single missile" is the kind of missile the page named.
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty source-country" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "told.txt", bytes: new TextEncoder().encode(text), meta: { id: "told", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty, c.source.country ?? "-"].join(" "));
}

describe("calling the story, the account or that finding false denies the transfer told before", () => {
  const lead = "Kyiv says Chile shipped 40 tanks to Peru in March. ";
  it.each([
    "Chile's defence ministry called the story an outright fabrication.",
    "Chile's ambassador dismissed the account as fabricated on Friday.",
    "Chile's foreign ministry has called that finding baseless.",
  ])("%s", (denial) => {
    expect(transfers(`${lead}${denial}`)).toContain("CHL PER armoured-vehicles denied CHL");
  });
});

describe("a denial's bare 'no', 'any' or 'a single' missile is the kind of missile the page told", () => {
  const lead = "Kyiv says Chile shipped 30 Scud ballistic missiles to Peru last year. ";
  it.each([
    "Santiago said on Monday it had shipped no missiles to Lima.",
    "Chilean officials have denied sending any missiles.",
    "Chile's defence minister said Chile had not delivered a single missile to Peru.",
  ])("%s", (denial) => {
    const got = transfers(`${lead}${denial}`);
    expect(got).toContain("CHL PER ballistic-missiles denied CHL");
    expect(got.some((c) => c.startsWith("CHL PER missiles-other"))).toBe(false);
  });

  it("a kind named in the denial stays its own", () => {
    expect(transfers("Chile has sent 50 cruise missiles to Peru. Chile also sent no ballistic missiles.")).toContain("CHL PER ballistic-missiles denied -");
  });
});

// Kinds of figures the reader used to leave off a claim it otherwise got right, each shown by phrasings of our own:
// - hyphened modifiers joined by "and"/"or" before one noun ("anti-ship and anti-aircraft missiles") are modifiers:
//   the count is of the noun after them, not of the "ship" glued into the first.
// - a count of parts or kits ("hundreds of drone engines", "60 upgrade kits") counts items.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The transfers of a one-paragraph page, as "SUPPLIER>RECIPIENT item value|min-max unit". */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(`Arms notes\n\n${text}\n`), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity ? `${c.quantity.value ?? `${c.quantity.min}-${c.quantity.max}`} ${c.quantity.unit}` : "-"}`);
}

describe("hyphened modifiers joined before one noun count that noun", () => {
  it.each([
    ["Iran sent 40 anti-ship and anti-aircraft missiles to the Houthis last year.", "IRN>YEM-HOUTHIS missiles-other 40 missiles"],
    ["Tehran has shipped hundreds of anti-radar and anti-ship missiles to the Houthis, the Pentagon said.", "IRN>YEM-HOUTHIS missiles-other 200-999 missiles"],
    ["Officials said Iran gave the Houthis about 60 anti-ship or anti-air missiles over the winter.", "IRN>YEM-HOUTHIS missiles-other 60 missiles"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toContain(claim));
});

describe("a count of parts or kits counts items", () => {
  it.each([
    ["The Navy said the dhow seized on its way from Iran to the Houthis carried hundreds of drone engines.", "IRN>YEM-HOUTHIS raw-materials 200-999 items"],
    ["Also found on the boat from Iran to the Houthis were more than 30 engines for attack drones.", "IRN>YEM-HOUTHIS raw-materials 30-null items"],
    ["Turkey will buy 60 kits from the United States to upgrade its F-16 fleet.", "USA>TUR raw-materials 60 items"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toContain(claim));
});

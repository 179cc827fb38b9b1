// A sentence that lays a rule on the trade ("are barred from re-exporting them") tells no transfer, even where its
// subject is a noun of the trade's parties ("buyers", "importers", "recipients"). Texts of our own, run through the
// whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "trade-limits.txt", bytes: new TextEncoder().encode(text), meta: { id: "trade-limits", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("buyers under a rule's limit trade nothing", () => {
  it.each([
    "Buyers of the German tanks are barred from re-exporting them to Ukraine.\n",
    "Importers of Swiss shells are forbidden from re-exporting them to Kyiv, the ministry said.\n",
    "Recipients of South Korean howitzers are prohibited from transferring them to Ukraine.\n",
    "Purchasers of French howitzers are barred from selling them on to Armenia.\n",
  ])("%s", (text) => {
    expect(transfers(text)).toEqual([]);
  });

  it("buyers who received goods still trade", () => {
    expect(transfers("Buyers in Poland received 40 South Korean tanks last year.\n")).toContain("KOR POL armoured-vehicles");
  });

  it("a trade told beside the rule is kept", () => {
    expect(transfers("Seoul shipped 40 howitzers to Poland, whose buyers are barred from re-exporting them.\n")).toContain("KOR POL artillery-systems");
  });
});

// Kinds of amounts by the form of their figure, each shown by phrasings of our own:
// - a part of a known whole ("20 of its own Gripen fighters", "all eight of the Leopard 1s") counts the thing named after
//   "of", a model name included, in that thing's unit.
// - a plus sign glued after a figure ("300+ drones", "12,000+ tonnes") is a lower bound, like "more than".
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The transfers of a one-paragraph page, as "SUPPLIER>RECIPIENT item value|min-max unit". */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(`Arms notes\n\n${text}\n`), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity ? `${c.quantity.value ?? `${c.quantity.min}-${c.quantity.max}`} ${c.quantity.unit}` : "-"}`);
}

describe("a part of a known whole counts the thing named after it", () => {
  it.each([
    ["Sweden has promised Ukraine 14 of its own Gripen fighters by 2027.", "SWE>UKR aircraft 14 aircraft"],
    ["Greece has now delivered all eight of the Leopard 1s it promised to Armenia.", "GRC>ARM armoured-vehicles 8 vehicles"],
    ["Portugal will send 12 of the Mirage fighters to Ukraine next spring.", "PRT>UKR aircraft 12 aircraft"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toContain(claim));
});

describe("a plus sign after a figure is a lower bound", () => {
  it.each([
    ["Iran has shipped 300+ Shahed drones to Russia since the spring.", "IRN>RUS drones 300-null drones"],
    ["Germany handed Ukraine 40+ Marder vehicles over the winter.", "DEU>UKR armoured-vehicles 40-null vehicles"],
    ["Officials said Pyongyang gave Moscow 2,500+ anti-tank rockets in 2023.", "PRK>RUS artillery-ammunition 2500-null rounds"],
  ])("%s", (text, claim) => expect(claimsOf(text)).toContain(claim));
});

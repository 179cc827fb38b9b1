// A package, tranche or drawdown whose worth is told after an aside between commas ("the tranche, signed off by the
// minister on Friday, is worth ..."): the lot is the giver's arms, measured by the sum, as where the worth follows the
// noun at once. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item value unit" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "lot-aside.txt", bytes: new TextEncoder().encode(text), meta: { id: "lot-aside", published: "2025-06-10", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity?.value ?? "-", c.quantity?.unit ?? "-"].join(" "));
}

describe("a lot's worth told after an aside between commas measures the lot", () => {
  it.each([
    ["Stockholm handed over 20 howitzers to Ukraine in May, the Swedish government said. Norway's newest package, presented on Friday by defence minister Per Lunde, is worth $480 million.", "NOR UKR weapons-unspecified 480000000 usd"],
    ["Berlin sent four air-defence systems to Ukraine last month, officials said. The Finnish tranche, approved by the cabinet in Helsinki after a long debate, was worth $210 million.", "FIN UKR weapons-unspecified 210000000 usd"],
    ["Canada gave Ukraine 50 armoured vehicles in April, Ottawa said. Washington's latest drawdown, signed off by the president on Tuesday evening, is valued at $325 million.", "USA UKR weapons-unspecified 325000000 usd"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });
});

describe("'the package, ..., is worth' names again the deal just told", () => {
  it("the sum stays the price of the goods the deal moves", () => {
    const got = transfers("Norway will sell Estonia 12 howitzers, Oslo said on Monday. The package, with spare parts and crew training, is worth $90 million.");
    expect(got.some((c) => c.startsWith("NOR EST weapons-unspecified"))).toBe(false);
  });
});

// The goods or the package told just before, valued in a sentence of their own ("The jets are valued at $400 million"),
// are that transfer again, measured by the sum: same giver, receiver and item, besides the count.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "valued.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "valued", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("goods valued after their transfer", () => {
  it.each([
    ["Norway will send 30 of its retired Leopard tanks to Ukraine. The tanks are valued at 400 million euros, the minister said.", "NOR>UKR armoured-vehicles 400000000 eur"],
    ["Spain will give Ukraine 12 of its older Mirage jets. The package is worth 150 million euros.", "ESP>UKR aircraft 150000000 eur"],
    ["Canada is to send 20 M777 howitzers to Ukraine. The howitzers are worth 90 million Canadian dollars, officials said.", "CAN>UKR artillery-systems 90000000 cad"],
  ])("%s", (text, flow) => {
    const priced = claimsOf(text).filter((c) => c.quantity && c.quantity.value !== null && c.quantity.value > 1e6);
    expect(priced.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity!.value} ${c.quantity!.unit}`)).toEqual([flow]);
  });
});

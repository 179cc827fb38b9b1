// "Minsk was being paid in grain": the one paid in the passive gave the goods paid for; the payment after "in" or "with"
// goes back to it. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "paid.txt", bytes: new TextEncoder().encode(text), meta: { id: "paid", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

describe("the one paid in the passive receives the payment", () => {
  it.each([
    ["Belarus has shipped rifles to Russia. An analyst said Minsk was being paid in grain.", "RUS BLR food", "BLR RUS food"],
    ["Iran has sent drones to Russia. Officials said Tehran is being paid in gold.", "RUS IRN money", "IRN RUS money"],
    ["Belarus sold tanks to Russia last year, and Minsk was paid with diesel, a diplomat said.", "RUS BLR oil-fuel", "BLR RUS oil-fuel"],
  ])("%s", (text, want, wrong) => {
    const got = flows(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

describe("an active payer in kind still gives the payment", () => {
  it.each([
    ["Russia bought rifles from Belarus and paid in grain, an analyst said.", "RUS BLR food"],
    ["Russia received Belarusian tanks and paid with diesel, a diplomat said.", "RUS BLR oil-fuel"],
    ["Russia is buying drones from Iran and paying with gold, officials said.", "RUS IRN money"],
  ])("%s", (text, want) => {
    expect(flows(text)).toContain(want);
  });
});

// A sentence names a good and counts it only in a measure ("the main buyer of its diesel, taking 9,000 barrels a
// day"): the figure's noun says how it is measured, not what moves, so the bare good and the counted measure are one
// claim (SCHEMA.md, "One claim or two"). A share and a measure of one good stay two figures. All sentences are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "measure.txt", bytes: Buffer.from(text), meta: { id: "measure", outlet: "Probe Wire", published: "2025-02-12" } as never }).claims;

describe("a good named bare and counted in a measure in one sentence is one claim", () => {
  it.each([
    ["Energy notes\n\nBy staff\n\nKazakhstan was Uzbekistan's biggest diesel supplier in 2024, selling some 15,000 barrels a day, the ministry said.\n", "KAZ", "UZB", 15000],
    ["Energy notes\n\nBy staff\n\nQatar remained Kuwait's biggest gasoline source last year, at some 30,000 barrels per day, the agency said.\n", "QAT", "KWT", 30000],
    ["Energy notes\n\nBy staff\n\nAlgeria was the top crude supplier to Tunisia last year, delivering 25,000 barrels daily, the agency said.\n", "DZA", "TUN", 25000],
  ])("%s", (text, supplier, recipient, figure) => {
    const flows = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.item === "oil-fuel");
    expect(flows).toHaveLength(1);
    expect(flows[0].quantity?.value).toBe(figure);
  });

  it("keeps a share and a measure of one good as two claims", () => {
    const text = "Energy notes\n\nBy staff\n\nKazakh crude made up about 40 per cent of Kyrgyzstan's oil imports in May, or some 30,000 barrels a day, the ministry said.\n";
    const flows = claimsOf(text).filter((c) => c.supplier === "KAZ" && c.recipient === "KGZ" && c.item === "oil-fuel");
    expect(flows.map((c) => c.quantity?.unit).sort()).toEqual(["barrels", "percent"]);
  });
});

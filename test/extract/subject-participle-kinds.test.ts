// A participle that describes the goods in the subject ("the rifles bought by Spain", "the mortars paid for through
// the Dutch fund") tells who bought or sent them, not where they went: the clause's verb of arriving ("have reached
// Chile", "landed in Peru") names the receiver, and the state the participle names gives (SCHEMA.md: a state that
// buys abroad and hands over is the supplier).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const flows = (text: string) =>
  processDocument({ path: "participle.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "participle", outlet: "Probe Wire", published: "2024-03-07" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier}->${c.recipient}`);

describe("a participle in the subject does not turn the arrival round", () => {
  it.each([
    ["The first 40 rifles bought by Spain have reached Chile, officials in Madrid said.", "ESP->CHL"],
    ["Officials confirmed on Monday that the mortar rounds purchased through the Dutch-run fund had arrived in Moldova.", "NLD->MDA"],
    ["The navy said the 12 helicopters acquired by Norway landed in Ghana last week.", "NOR->GHA"],
    ["Howitzers procured under the Polish scheme reached Georgia in March.", "POL->GEO"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });

  it("leaves a seller named after 'from' to the other rules", () => {
    expect(flows("The first rifles bought from Turkey have reached Chile.")).not.toContain("CHL->TUR");
  });
});

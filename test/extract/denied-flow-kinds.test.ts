// A sentence that denies an accusation through speakers only ("Tehran has never admitted the arms deliveries, and
// Moscow calls the stories false") names no party apart from them: the goods it denies take the flow the page told
// with those goods, not the flow told last (what went back in return), wherever in the sentence the denial stands.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

describe("a denial through its speakers keeps the flow of the goods it denies", () => {
  it.each([
    ["Iran has sent some 400 drones to Russia since 2022, Western officials say. Russia in turn has shipped wheat to Iran, according to port data. Tehran has never admitted the weapons deliveries, and Moscow calls the reports baseless.", "last"],
    ["Belarus delivered 90 tanks to Russia last year, a monitoring group found. Russia has supplied cheap gas to Belarus in return, the group added. Minsk has never confirmed the arms shipments, and the Kremlin dismisses the reports as lies.", "last"],
    ["North Korea shipped 5,000 containers of munitions to Russia, Seoul's spy agency said. Food has also gone from Russia to North Korea, the agency said. Pyongyang does not acknowledge the arms transfers, while Moscow dismisses the reports as fabricated.", "last"],
  ])("%s", (text) => {
    const doc = processDocument({ path: "denied.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "denied", outlet: "Probe Wire", published: "2025-02-11" } as never });
    const last = doc.sentences[doc.sentences.length - 1];
    const denied = doc.claims.filter((c) => c.evidence.start >= last.span.start);
    expect(denied.length).toBeGreaterThan(0);
    const first = doc.claims.find((c) => c.kind === "transfer")!;
    for (const c of denied) expect([c.supplier, c.recipient]).toEqual([first.supplier, first.recipient]);
  });
});

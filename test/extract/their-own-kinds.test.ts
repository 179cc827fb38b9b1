// "their" before a noun of giving or getting stands for every state of a coordinated subject of the verb that takes
// the noun ("Chile and Peru will finish their own deliveries"): each of them is a party, not only the last one named.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const flowsOf = (text: string) =>
  processDocument({ path: "theirown.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "theirown", outlet: "Probe Wire", published: "2024-09-03" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier} -> ${c.recipient}`);

describe("their own deliveries are those of each state of the subject", () => {
  it.each([
    ["Officials said Sweden and Finland were expected to finish their own howitzer deliveries to Ukraine next spring.", ["FIN -> UKR", "SWE -> UKR"]],
    ["Spain and Portugal plan to complete their tank shipments to Ukraine by the end of the year.", ["ESP -> UKR", "PRT -> UKR"]],
    ["Austria, Ireland and Malta have begun their own rifle deliveries to Moldova this month.", ["AUT -> MDA", "IRL -> MDA", "MLT -> MDA"]],
  ])("%s", (text, flows) => {
    expect(flowsOf(text).sort()).toEqual(flows);
  });
});

describe("its own deliveries stay with the one state", () => {
  it("a single subject", () => {
    expect(flowsOf("Norway said it would complete its own F-16 deliveries to Ukraine by December.")).toEqual(["NOR -> UKR"]);
  });
});

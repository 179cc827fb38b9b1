// A day after a verb of saying and the listeners it names in five words ("told a group of visiting reporters on
// Friday") dates the saying, as "told reporters on Friday" does: the claim's `stated` is that day, so that the
// statement is named after the day it was made and meets the reports of that day. All sentences are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, published = "2024-06-15") =>
  processDocument({ path: "listeners.txt", bytes: Buffer.from(text), meta: { id: "listeners", outlet: "Harbour Post", published } as never }).claims;

const cases: [string, string][] = [
  ["North Korea has sent some 7,000 containers of munitions to Russia, Defence Minister Lars Vinter told a group of visiting reporters on Friday.", "2024-06-14"],
  ["Iran has handed 300 attack drones to Russia, Foreign Minister Aino Virtanen told members of parliament's defence committee on Thursday.", "2024-06-13"],
  ["Belarus has delivered 40 tanks to Russia, the Polish defence ministry told a closed session of parliament on Wednesday.", "2024-06-12"],
];

describe("a day after the listeners of a saying dates the saying", () => {
  it.each(cases)("%s", (sentence, day) => {
    const claims = claimsOf(`Shipments go on\n\n${sentence}\n`);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.stated).toBe(day);
  });
});

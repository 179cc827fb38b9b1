// A force that answers to a state's government ("Russia's Africa Corps", run by its defence ministry) is placed
// and referred to like an armed group, but the state gives and receives through it: its claims name the state.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "force.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "force", outlet: "Probe Wire", published: "2024-09-12" } as never }).claims;

describe("a state's own force gives for its state", () => {
  it.each([
    ["Russia's Africa Corps has shipped 40 armoured trucks to Niger since March, according to flight records we examined.", "NER"],
    ["The Africa Corps delivered six attack helicopters to Burkina Faso in the spring, local officials said.", "BFA"],
    ["Diplomats say the Africa Corps sent 300 instructors to the Central African Republic last month.", "CAF"],
  ])("%s", (text, recipient) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect([c.supplier, c.recipient]).toEqual(["RUS", recipient]);
  });
});

// A state's body named in the possessive before its own package or tranche ("the Pentagon's 400 million dollar
// package") made that lot known: the body is the source of the sum, not the speaker of the sentence before.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "bodypkg.txt", bytes: Buffer.from(`Allies keep arming Ukraine\n\nBy staff\n\n${text}\n`), meta: { id: "bodypkg", outlet: "Probe Wire", published: "2024-06-03" } as never }).claims;

describe("a body's possessive before its package makes the body the source", () => {
  it.each([
    ["Spain sent Ukraine 20 tanks in May. Norway sent Ukraine 14 howitzers, the Norwegian government said. In Washington, the Pentagon's four-hundred-million-dollar package of June was the second drawn from the law.", 400_000_000, "USA"],
    ["Poland sent Ukraine 30 tanks. Oslo will send Ukraine 12 howitzers, the Norwegian government said on Monday. The Pentagon's one-billion-dollar tranche of May was the largest this spring.", 1_000_000_000, "USA"],
    ["Spain sent Ukraine 20 tanks in May. Sweden sent Ukraine 10 boats, the Swedish government said. In London, the British Ministry of Defence's three-hundred-million-pound package of April was the third this year.", 300_000_000, "GBR"],
  ])("%s", (text, value, country) => {
    const sums = claimsOf(text).filter((c) => c.quantity?.value === value);
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.map((c) => c.source.country)).toEqual(sums.map(() => country));
  });
});

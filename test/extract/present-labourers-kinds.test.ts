// People counted as present in a state, written for the test: "labourers" placed "in" a state, or "working in" or
// "employed in" it, sit there as workers or troops sent do ("the number of Laotian labourers in Thailand at 3,000"),
// so the state they are from supplies them and the state they are in receives them.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "labourers.txt", bytes: Buffer.from(`Labour notes\n\n${text}\n`), meta: { id: "labourers", outlet: "Probe Wire", published: "2025-04-02" } as never }).claims;
const people = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? c.quantity?.min}`);

describe("labourers placed in a state are workers it receives", () => {
  it.each([
    ["A panel of auditors puts the tally of North Korean labourers in Russia at about 6,500 this spring.", "PRK>RUS workers 6500"],
    ["Church groups put the count of Cuban labourers working in Russia at some 2,400 by the end of the winter.", "CUB>RUS workers 2400"],
    ["Officials in Hanoi put the count of Vietnamese labourers employed in Belarus at roughly 1,100 last year.", "VNM>BLR workers 1100"],
  ])("%s", (text, claim) => expect(people(text)).toContain(claim));
});

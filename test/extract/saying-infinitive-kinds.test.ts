// An infinitive of saying after another verb ("used an interview to say that ...", "went on to add that ..."), written
// for the test: it opens what is said, not a purpose, so the states of the transfer said keep their parts. An
// infinitive of another verb after a transfer word is still a purpose. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "saying.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "saying", outlet: "Probe Wire", published: "2025-06-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("an infinitive of saying opens what is said", () => {
  it.each([
    ["The minister used a radio interview on Monday to say that Spain had sent 12 howitzers to Ukraine.", ["ESP", "UKR", "artillery-systems"]],
    ["The admiral went on to add that Norway had delivered two frigates to Ukraine.", ["NOR", "UKR", "naval"]],
    ["Rutte used his speech in Oslo to note that Canada had shipped 40 armoured vehicles to Ukraine.", ["CAN", "UKR", "armoured-vehicles"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
  it("an infinitive of striking after a word of using is still a purpose", () => {
    const got = flows("Russia used Iranian drones to strike Ukraine.");
    expect(got).toContainEqual(["IRN", "RUS", "drones"]);
    expect(got.filter((f) => f.includes("UKR"))).toEqual([]);
  });
});

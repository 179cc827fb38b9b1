// Goods that "will go to" or "go to" a state are given to it, as goods that "went" or "have gone" there are.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "go.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "go", outlet: "Go Wire", published: "2025-04-10" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}:${c.item}:${c.quantity?.value ?? c.quantity?.min ?? null}`);

describe("goods that go to a state are given to it", () => {
  it.each([
    ["The minister said that 30 Swedish howitzers would go to Ukraine by the summer.", "SWE>UKR:artillery-systems:30"],
    ["Madrid says ten more Spanish trucks are to go to Ukraine in May.", "ESP>UKR:armoured-vehicles:10"],
    ["Lithuania's minister said the first Lithuanian mortars will go straight to Ukraine.", "LTU>UKR:artillery-systems:null"],
    ["A first batch of 40 Finnish tanks goes to Ukraine next month, Helsinki says.", "FIN>UKR:armoured-vehicles:40"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });

  it("reads no transfer where a person goes somewhere, or where nothing moves", () => {
    expect(flows("Zelensky will go to Washington next week to ask for more Patriot missiles.")).toEqual([]);
    expect(flows("Poland said it would not go to war with Russia over the drones.")).toEqual([]);
    expect(flows("The president is going to Berlin to discuss tank deliveries.")).toEqual([]);
  });

  it("reads no new transfer where goods go on to a state's own units or firms", () => {
    const told = "Chile sold Peru twelve howitzers in March.";
    expect(flows(`${told} The howitzers will go first to the army's artillery school.`)).toEqual(flows(told));
    expect(flows(`${told} The guns will go to the 3rd Artillery Brigade near Lima.`)).toEqual(flows(told));
    expect(flows("Oslo said the 40 million kroner will go to Peruvian manufacturers of drones.")).toEqual([]);
  });
});

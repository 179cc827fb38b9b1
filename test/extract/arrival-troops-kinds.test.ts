// Troops that reach or arrive in a state, written for the test: soldiers or workers named by their state's
// adjective (or "from" it) who reach a state named alone were sent there by their state; an army that reaches a
// border, a front or a state it advances into tells no transfer. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "arrival-troops.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "arrival-troops", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("troops named by their state who reach another state were sent by it", () => {
  it.each([
    ["Around 2,000 North Korean sappers have reached Russia, the agency said.", ["PRK", "RUS", "troops"]],
    ["Nearly 1,200 Cuban soldiers have reached Russia since the spring, officials said.", ["CUB", "RUS", "troops"]],
    ["Several hundred Belarusian instructors reached Mali in March, a diplomat said.", ["BLR", "MLI", "troops"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("an army that reaches a border or advances into a state tells no transfer", () => {
  it.each([
    ["Russian troops reached the Ukrainian border on Monday.", ["RUS", "UKR"]],
    ["North Korean soldiers reached Russia's border region of Kursk.", ["PRK", "RUS"]],
    ["Russian troops advanced and reached Ukraine near the river.", ["RUS", "UKR"]],
    ["Ethiopian soldiers reached Eritrea after a long offensive, witnesses said.", ["ETH", "ERI"]],
  ] as const)("%s", (text, [s, r]) => {
    expect(flows(text).filter(([a, b]) => a === s && b === r)).toEqual([]);
  });
});

describe("soldiers of one side of a war reaching the other side's state are an army, not a transfer", () => {
  it.each([
    ["About 3,000 Russian soldiers have reached Ukraine, officials in Kyiv said on Monday.", ["RUS", "UKR"]],
    ["Several hundred Azerbaijani troops reached Armenia overnight, the ministry in Yerevan said.", ["AZE", "ARM"]],
    ["Some 500 Israeli soldiers have reached Iran, a television channel claimed.", ["ISR", "IRN"]],
  ] as const)("%s", (text, [s, r]) => {
    expect(flows(text).filter(([a, b]) => a === s && b === r)).toEqual([]);
  });
});

// A state that speaks with an aside set off by commas between its name and its verb ("Norway, which borders Russia,
// said it would ..."; "Chile, a close partner of Washington, said it had ..."): the state speaks and does what it says;
// a state named inside the aside takes no part, and a state named after "said it" is a party, not an inverted
// speaker. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "state-speaker-asides.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "state-speaker-asides", outlet: "Probe Wire", published: "2024-06-12" } as never }).claims;
const read = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.source?.country ?? null]);

describe("a state named in an aside about the speaking state is no party", () => {
  it.each([
    ["Norway, which borders Russia, said it would send Ukraine 20 more armoured vehicles.", ["NOR", "UKR", "NOR"]],
    ["Norway, which has long supported Kyiv, said it would send Ukraine 20 more armoured vehicles.", ["NOR", "UKR", "NOR"]],
    ["Finland, which shares a long border with Russia, said it would give Ukraine 12 howitzers.", ["FIN", "UKR", "FIN"]],
    ["Latvia, which borders Belarus, said it would send Ukraine 40 drones.", ["LVA", "UKR", "LVA"]],
  ] as const)("%s", (text, flow) => {
    expect(read(text)).toEqual([flow]);
  });
});

describe("a state named after 'said it' is a party, not a speaker set after the verb", () => {
  it.each([
    ["Chile, a close partner of Washington, said it had sold Peru six helicopters.", ["CHL", "PER", "CHL"]],
    ["Ukraine, which Russia invaded in 2022, said it had received 40 tanks from Poland.", ["POL", "UKR", "UKR"]],
    ["Poland, one of the largest donors, said that it had sent Ukraine 30 tanks.", ["POL", "UKR", "POL"]],
  ] as const)("%s", (text, flow) => {
    expect(read(text)).toEqual([flow]);
  });
});

describe("a speaker after its verb still speaks", () => {
  it.each([
    ["Russia has sent 40 tanks to Belarus, said Lukashenko.", ["RUS", "BLR", null]],
    ["Iran has shipped drones to Russia, said the Ukrainian foreign minister.", ["IRN", "RUS", "UKR"]],
  ] as const)("%s", (text, flow) => {
    expect(read(text)).toEqual([flow]);
  });
});

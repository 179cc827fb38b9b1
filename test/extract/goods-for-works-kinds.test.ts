// Goods a clause moves, named with the works or the making they are for ("metals used in arms manufacturing",
// "parts for making missiles", "the machinery needed to build a drone factory"): the words of production tell the
// goods' use, not a state's output; the transfer stands, and no production claim comes of it. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "works.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "works", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;
const kinds = (text: string) => claimsOf(text).map((c) => `${c.kind}|${c.supplier}|${c.recipient ?? ""}`);

describe("the works that goods are meant for is no output", () => {
  it.each([
    ["Moscow has sent Pyongyang fuel and metals used in arms manufacturing, the minister said.", "transfer|RUS|PRK"],
    ["Iran has been supplying Russia with the equipment needed to set up a drone manufacturing plant, officials said.", "transfer|IRN|RUS"],
    ["Belarus has been supplying Russia with chemicals used in shell manufacturing, the monitors said.", "transfer|BLR|RUS"],
    ["In exchange, Russia shipped North Korea grain as well as metals and parts for making missiles, he said.", "transfer|RUS|PRK"],
  ] as const)("%s", (text, flow) => {
    const read = kinds(text);
    expect(read).toContain(flow);
    expect(read.filter((k) => k.startsWith("production"))).toEqual([]);
  });
});

describe("what the goods serve is not moved either", () => {
  it.each([
    ["Russia shipped Pyongyang metals and parts for making drones, he said.", "drones"],
    ["Iran has been supplying Russia with the equipment needed to set up a drone manufacturing plant, officials said.", "drones"],
    ["Russia has been sending food to the North, along with raw materials and parts for making weapons, he said.", "weapons-unspecified"],
  ] as const)("%s", (text, served) => {
    expect(claimsOf(text).map((c) => c.item)).not.toContain(served);
  });
});

describe("a works' own output still counts", () => {
  it.each([
    ["North Korea's arms factories are running at full capacity to supply Russia, the minister said.", "production|PRK|"],
    ["Iran's drone factories are working around the clock, officials in Kyiv said.", "production|IRN|"],
  ] as const)("%s", (text, claim) => {
    expect(kinds(text)).toContain(claim);
  });
});

// "Making up" a share forms part of something: no works' output.
describe("'make up' is no making", () => {
  it.each([
    ["Russia had shipped grain and metals to the North, with grain making up 70 percent of the total, he said.", "transfer|RUS|PRK"],
    ["Belarus supplies Moscow with fuel and shells, and fuel makes up a quarter of the load, the monitors said.", "transfer|BLR|RUS"],
    ["Iran has sent Russia drones and shells, with drones making up about half of the cargo, officials said.", "transfer|IRN|RUS"],
  ] as const)("%s", (text, flow) => {
    const read = kinds(text);
    expect(read).toContain(flow);
    expect(read.filter((k) => k.startsWith("production"))).toEqual([]);
  });
});

// A package's contents told after its announcement keep the announcer as source: where a government approved it
// ("Copenhagen approved a package. The Danish package includes ..."), and where the next sentence goes on through a
// pronoun ("It also covers ...", "... are in it").
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "package.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "package", outlet: "Probe Wire", published: "2024-05-01" } as never }).claims;

describe("the contents of a package keep the source that announced it", () => {
  it.each([
    ["Copenhagen on Tuesday approved a new package for Ukraine worth about $900 million. The Danish package includes 12 Leopard tanks.", "armoured-vehicles", { country: "DNK" }],
    ["Defence Minister Lena Holm said Sweden had approved a package for Ukraine worth 2 billion kronor. It also covers 12 CV90 armoured vehicles, although the ministry gave no further numbers.", "armoured-vehicles", { speaker: "Lena Holm" }],
    ["Finland will send Ukraine a new package worth 200 million euros, defence minister Anna Virta said on Tuesday. What gunners will like best is the ammunition: 20,000 rounds of 155mm are in it, bought abroad.", "artillery-ammunition", { speaker: "Anna Virta" }],
  ])("%s", (text, item, source) => {
    const found = claimsOf(text).filter((c) => c.recipient === "UKR" && c.item === item);
    expect(found.length).toBe(1);
    expect(found[0].source).toMatchObject(source);
  });
});

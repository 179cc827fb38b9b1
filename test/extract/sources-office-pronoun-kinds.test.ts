// "..., he said" right after an office holder the page names by the office alone ("Norway's defence chief said ...")
// points back to that holder, not to a person the gazetteer lists who was named before them. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "page.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "page", outlet: "Northern Lights Wire", published: "2024-04-09" } as never }).claims;

describe("a pronoun of saying points back to the office holder who spoke last", () => {
  it.each([
    ["Boats for Riga\n\nLloyd Austin met his counterparts in Brussels on Friday. On Monday Norway's defence chief said Norway had sent 30 armoured vehicles to Latvia. Those vehicles, he said, will be followed by 10 more tanks in May.", "NOR", "LVA"],
    ["Guns for Lima\n\nJens Stoltenberg spoke in Madrid on Tuesday. Spain's defence minister said Spain had shipped 12 howitzers to Peru in April. Another 20 armoured vehicles will go to Peru before the winter, he added.", "ESP", "PER"],
    ["Jets for Accra\n\nRishi Sunak arrived in Rome late on Sunday. Italy's foreign minister told reporters that Italy had delivered 4 helicopters to Ghana. Italy will also send Ghana 6 patrol boats next year, he said.", "ITA", "GHA"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims.length).toBeGreaterThan(1);
    for (const c of claims) expect(c.source.country).toBe(supplier);
  });
});

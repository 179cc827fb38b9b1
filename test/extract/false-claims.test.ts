// Pages and sentences, written for the test, that carry no transfer of the kind they seem to: a photo
// caption with an outlet's picture stamp, and a source that gives or withholds details rather than goods.
// Each rule has three phrasings of its own; the claims that must still come out are checked beside them.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "false.txt", bytes: Buffer.from(text), meta: { id: "false", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const cores = (claims: Claim[]) => claims.map((c) => `${c.supplier} ${c.recipient} ${c.item}`);

describe("a photo caption that ends in an outlet's picture stamp is not the report", () => {
  const page = [
    "Probe Wire International",
    "World",
    "",
    "Soldiers unload Javelin missiles delivered by Washington to Kyiv, at an airport near Lviv, Friday, March 3, 2023 - Probe Wire International, 1920, 19.01.2023",
    "Howitzers sent by Oslo to Ukraine stand in a field  - Probe Wire, 1280, 02.05.2023",
    "Drones handed by Ankara to Kyiv are seen on a runway - Probe Wire International, 05.03.2024",
    "The US will send 30 Stryker vehicles to Ukraine, the Pentagon said on Thursday.",
    "",
  ].join("\n");
  const claims = claimsOf(page);
  it("gives no claim from the captions", () => {
    expect(claims.every((c) => !/ - Probe Wire/.test(c.evidence.text)), cores(claims).join("; ")).toBe(true);
    expect(cores(claims)).not.toContain("USA UKR missiles-other");
    expect(cores(claims)).not.toContain("NOR UKR artillery-systems");
    expect(cores(claims)).not.toContain("TUR UKR drones");
  });
  it("keeps the report's own sentence", () => expect(cores(claims)).toContain("USA UKR armoured-vehicles"));
});

describe("a source that gives no details gives no goods", () => {
  const page = [
    "Kyiv's spy chief Kyrylo Budanov told reporters that North Korea is expected to send more troops to Russia.",
    "",
    "Budanov would not provide any details about how many North Korean reinforcements were coming or when.",
    "",
    "The Ukrainian defence ministry gave no information about the North Korean soldiers.",
    "",
    "Kyiv offered no comment on the size of the North Korean units.",
    "",
  ].join("\n");
  const claims = claimsOf(page);
  it("reads no transfer between Ukraine and North Korea", () => {
    expect(claims.filter((c) => [c.supplier, c.recipient].includes("UKR")).map((c) => c.evidence.text)).toEqual([]);
  });
  it("keeps the transfer told before", () => expect(cores(claims)).toContain("PRK RUS troops"));
  it("still reads goods given beside the details", () => {
    const mixed = claimsOf("Iran provided Russia with drones last year, the US said, but gave no details on their number.\n");
    expect(cores(mixed)).toContain("IRN RUS drones");
  });
});

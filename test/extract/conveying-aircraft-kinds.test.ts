// A transport aircraft told as what carried the other goods of a sentence ("a Russian Il-76 delivered a radar",
// "flown in by Korean Air Force transport planes", "when four An-124 transport aircraft landed") is their conveyance:
// it gives no aircraft claim beside them. Transport aircraft the sentence gives as goods, alone or listed with
// other goods, keep their claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "conveying-aircraft.txt", bytes: new TextEncoder().encode(page), meta: { id: "conveying-aircraft", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? c.quantity?.max ?? c.quantity?.min ?? null, certainty: c.certainty }));
}

describe("a transport aircraft that carried the goods is no goods", () => {
  it.each([
    ["In March a Russian Il-76 delivered a Pantsir air-defence system to Mali, along with some 40 instructors.", "RUS", "MLI", "air-defence-systems"],
    ["South Korea delivered 12 K9 howitzers to Egypt, flown into Cairo by Korean Air Force transport planes.", "KOR", "EGY", "artillery-systems"],
    ["Belarus received a Russian S-400 battery in May, when four Russian An-124 transport aircraft landed at Minsk airport overnight.", "RUS", "BLR", "air-defence-systems"],
    ["Turkey denied that a Turkish C-130 which landed in Karachi in May had carried weapons to Pakistan.", "TUR", "PAK", "weapons-unspecified"],
    ["China moved air-defence missiles to Serbia in an overnight airlift of Chinese Y-20 transport aircraft.", "CHN", "SRB", "weapons-unspecified"],
  ])("the carried goods, no aircraft: %s", (page, supplier, recipient, item) => {
    const claims = claimsOf(page);
    expect(claims).not.toContainEqual(expect.objectContaining({ item: "aircraft" }));
    if (item !== "weapons-unspecified") expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
    else expect(claims.some((c) => c.supplier === supplier && c.recipient === recipient)).toBe(true);
  });

  it.each([
    ["The United States handed two C-130 transport aircraft to Kenya.", "USA", "KEN"],
    ["Poland delivered 14 MiG-29 jets and spare parts to Ukraine.", "POL", "UKR"],
    ["Ukraine received six F-16 jets and their munitions from Denmark, flown in by Danish pilots.", "DNK", "UKR"],
  ])("aircraft given as goods keep their claim: %s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item: "aircraft" }));
  });
});

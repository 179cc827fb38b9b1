// Notes written as a bulleted list: a further lot that opens a bullet ("- The remaining eight will follow", "- She
// said the country expects about 12 more") goes on with the transfer told in the bullet before, as it does where
// the lot opens a plain sentence. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "bullet-lots.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "bullet-lots", outlet: "Probe Wire", published: "2025-03-03" } as never }).claims;
const lots = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? c.quantity?.max ?? null]);

describe("a further lot that opens a bullet", () => {
  it.each([
    ["Notes from the briefing\n\n- Sweden handed 20 CV90 vehicles to Latvia in 2024, the minister said.\n- She also said Latvia was expecting about 12 more in 2025.", ["SWE", "LVA", "armoured-vehicles", 12]],
    ["Notes from the briefing\n\n- Norway gave Estonia 16 howitzers last year, officials said.\n- The remaining four will follow by June.", ["NOR", "EST", "artillery-systems", 4]],
    ["What we know\n\n- Italy sent Kenya nine helicopters in March, the ministry said.\n- It hopes for a total of 14 by December.", ["ITA", "KEN", "aircraft", 14]],
  ])("%s", (text, lot) => {
    expect(lots(text)).toContainEqual(lot);
  });
});

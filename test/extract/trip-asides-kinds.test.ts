// States named only as where a source was travelling, in an aside set off by commas after a clause has begun
// ("the charge came from the envoy on Monday, on a visit to Rome, and ..."): where the source stood, not who got
// anything, even with no verb of saying. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "trips.txt", bytes: new TextEncoder().encode(text), meta: { id: "trips", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("a trip set off by commas after the source's noun phrase names no receiver", () => {
  it.each([
    ["The accusation came from the Chilean foreign minister on Monday, on a visit to Madrid, and it was the first time Santiago had said that rifles were shipped.", "ESP"],
    ["The warning came from the Peruvian defence chief last week, during a trip to Paris, and it was the first public word that the jets had arrived.", "FRA"],
    ["The claim came from the Kenyan president on Friday, on a visit to Tokyo, and it was the first time Nairobi said that drones were shipped.", "JPN"],
  ])("%s", (text, venue) => {
    for (const c of transfers(text)) expect(c.split(" ")[1]).not.toBe(venue);
  });
});

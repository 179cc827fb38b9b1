// A denial of one account told just before ("rejected that account", "dismissed the claim", "denied this report")
// points to that account as it was told: each of its goods is denied, not only the goods the page led with for the pair.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "singular-account.txt", bytes: new TextEncoder().encode(page), meta: { id: "singular-account", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty, country: c.source?.country ?? null }));
}

describe("a denial of a single account told before", () => {
  it.each([
    [
      "Kyiv said in March that Belarus was still sending drones to Russia.\n\nOn Tuesday the State Department said Belarus had also sent soldiers to Russia to launch the drones. Minsk rejected that account.",
      "BLR", "RUS", "troops",
    ],
    [
      "Seoul said in May that North Korea was still shipping shells to Russia.\n\nLast week the Pentagon said North Korea had sent soldiers and more shells to Russia. Pyongyang dismissed the claim.",
      "PRK", "RUS", "troops",
    ],
    [
      "Warsaw said in April that Iran was still flying drones to Russia.\n\nOn Friday the White House said Iran had also sent instructors to Russia to train crews on the drones. Tehran denied this report.",
      "IRN", "RUS", "troops",
    ],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "denied", country: supplier }));
  });
});

// "looking for anyone who can sell it shells": a giver the text leaves open is no state, and the one looking only
// wants; no transfer either way. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "seller.txt", bytes: new TextEncoder().encode(text), meta: { id: "seller", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

describe("a wanted seller no one names gives nothing", () => {
  it.each([
    ["Iran offers Russia drones in return for jets\n\nIran is offering Russia drones in exchange for fighter jets, officials said.\n\n\"Moscow is looking for anyone who can sell it drones,\" the envoy said.", "RUS IRN drones"],
    ["Belarus offers rifles to Russia for oil\n\nBelarus is offering Russia rifles in return for oil, a Polish official said.\n\n\"Russia is hunting for anybody who will sell it rifles,\" he said.", "RUS BLR weapons-unspecified"],
    ["Iran sends Russia shells for cash\n\nIran has sent Russia shells in return for cash, an Israeli official said.\n\nMoscow is searching for any country willing to supply it with more shells, he added.", "RUS IRN artillery-ammunition"],
  ])("%s", (text, wrong) => {
    expect(flows(text)).not.toContain(wrong);
  });
});

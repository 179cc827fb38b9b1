// Goods "shipped in parts and assembled locally" are the goods themselves, moved in pieces: "in parts" tells how they
// moved, not a second cargo of components (items.json notItems). Phrasings of our own (other states, other systems).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The claims of a one-paragraph page, as "kind SUPPLIER>RECIPIENT item", sorted. */
function claimsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return [...new Set(doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient} ${c.item}`))].sort();
}

describe("goods moved in parts are no cargo of parts", () => {
  it.each([
    ["Investigators say Iran sends cruise missiles to Sudan's army in parts, by sea through Port Sudan.", ["transfer IRN>SDN missiles-other"]],
    ["Belarus has been supplying Russia with drones, usually shipped in parts and put together at a plant near Moscow.", ["transfer BLR>RUS drones"]],
    ["North Korea delivered rocket launchers to Russia in separate parts, Seoul said.", ["transfer PRK>RUS artillery-systems"]],
  ])("%s", (text, claims) => expect(claimsOf(text)).toEqual(claims));

  it.each([
    ["Iran sent drone parts and engines to Russia, officials said.", ["transfer IRN>RUS raw-materials"]],
    ["China shipped spare parts for tanks to Russia last year.", ["transfer CHN>RUS raw-materials"]],
  ])("parts that are the cargo stay: %s", (text, claims) => expect(claimsOf(text)).toEqual(claims));
});

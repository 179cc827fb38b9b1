// Goods of a deal or a gift that are yet to be made somewhere, written for the test: "the first two to be built in
// Nagasaki", "will be built in Wales" tell where the goods bought will be made, not a works' output, so they give no
// production claim. Goods told as made now or before ("are assembled in Romania", "were built by a state works"),
// a works' planned output told with a rate, and output told in -ing after "to be", still give one.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "planned-making.txt", bytes: Buffer.from(`Arms industry notes\n\n${text}\n`), meta: { id: "planned-making", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims;
const made = (cs: Claim[]) => cs.filter((c) => c.kind === "production").map((c) => `${c.supplier} ${c.item}`);

describe("goods yet to be made under a deal give no production claim", () => {
  it.each([
    ["Canberra chose the Japanese design for eight frigates, the first two to be built in Nagasaki."],
    ["Some of the new howitzers are to be assembled in Romania at a state plant near Brasov."],
    ["The army's new drones will be built in Wales by two small firms."],
  ])("%s", (text) => expect(made(claimsOf(text))).toEqual([]));
});

describe("goods made now or before, and a planned output with a rate, still give one", () => {
  it.each([
    ["Some of the new howitzers are assembled in Romania at a state plant near Brasov.", "ROU artillery-systems"],
    ["The mortars that Oslo ordered were built by a state works in Norway.", "NOR artillery-systems"],
    ["Polish factories will turn out 100,000 shells a year by 2026.", "POL artillery-ammunition"],
    ["Hungary is believed to be producing some 50,000 shells a year.", "HUN artillery-ammunition"],
  ])("%s", (text, claim) => expect(made(claimsOf(text))).toContain(claim));
});

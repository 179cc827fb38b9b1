// A second giver with a verb of its own and only a bare figure, written for the test: "..., and Spain will send 24"
// counts the goods an earlier clause of the same sentence named. Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "later-giver.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "later-giver", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counts = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a bare figure of a later giver counts the goods an earlier clause named", () => {
  it.each([
    ["Portugal promised in March to give Ukraine 14 of its Leopard tanks, and Spain has said it will send 20.", ["ESP", "UKR", "armoured-vehicles", 20]],
    ["Poland handed Ukraine ten of its MiG-29s last spring, and Slovakia has since delivered 13.", ["SVK", "UKR", "aircraft", 13]],
    ["Canada promised to give Ukraine eight of its Gripens, and Sweden has said it will send 12.", ["SWE", "UKR", "aircraft", 12]],
    ["Norway agreed to hand Ukraine six of its F-16s, while Belgium is to deliver 30.", ["BEL", "UKR", "aircraft", 30]],
  ] as const)("%s", (text, claim) => {
    expect(counts(text)).toContainEqual(claim);
  });
});

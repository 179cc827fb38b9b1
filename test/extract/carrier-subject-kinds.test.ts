// A count of vehicles that do the loading or carrying counts the vehicles, not the goods they carry:
// the claim keeps its flow and item but takes no figure from the count. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "carrier.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "carrier", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

describe("a count of carriers as the doer of loading or carrying is no count of the goods", () => {
  it.each([
    ["At least six Chadian tankers have loaded fuel at Libya's port of Tobruk since April.", "oil-fuel"],
    ["Three Iranian freighters carried drones to Russia across the Caspian in May.", "drones"],
    ["Some 12 Kenyan vessels loaded grain at Ukrainian ports last week.", "food"],
    ["Four cargo ships have reportedly ferried munitions from Belarus to Russia this spring.", "ammunition"],
  ])("%s", (text, item) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.map((c) => c.item)).toContain(item);
    expect(claims.map((c) => c.quantity)).toEqual(claims.map(() => null));
  });

  it.each([
    ["Iran sent Russia 40 drones aboard two freighters.", 40],
    ["Two freighters carried 30 Iranian drones to Russia in June.", 30],
  ])("the goods' own count stays: %s", (text, value) => {
    expect(claimsOf(text).filter((c) => c.kind === "transfer").map((c) => c.quantity?.value ?? null)).toContain(value);
  });
});

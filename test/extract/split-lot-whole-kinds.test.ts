// A lot told bare in one sentence and split into several counts of its item in a later one: the bare mention is the
// whole, each count a part of it, so the bare mention stays a claim of its own. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "split-lot.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "split-lot", outlet: "Probe Wire", published: "2025-06-03" } as never }).claims;
const figures = (text: string, supplier: string, recipient: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient)
    .map((c) => c.quantity?.value ?? null);

describe("a bare lot split into counted parts later stays a claim of its own", () => {
  it.each([
    [
      "Canada has paused a shipment of heavy bombs to Colombia, Defence Minister Bill Blair told parliament on Monday. The halted consignment was made up of 900 bombs of 1,000 pounds and 400 bombs of 250 pounds, according to a senior government official.",
      "CAN",
      "COL",
      [null, 900, 400],
    ],
    [
      "Germany has frozen a delivery of heavy bombs to Chile, Defence Minister Boris Pistorius said on Friday. The frozen delivery consisted of 600 bombs of 500 pounds and 250 bombs of 250 pounds, according to a senior government official.",
      "DEU",
      "CHL",
      [null, 600, 250],
    ],
    [
      "Australia has held back a consignment of artillery shells to Fiji, Defence Minister Richard Marles told reporters on Tuesday. The held consignment was made up of 3,000 shells of 155mm and 1,200 shells of 105mm, according to a senior government official.",
      "AUS",
      "FJI",
      [null, 3000, 1200],
    ],
  ])("%s", (text, supplier, recipient, expected) => {
    expect(figures(text as string, supplier as string, recipient as string)).toEqual(expected);
  });
});

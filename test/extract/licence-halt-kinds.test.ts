// A halt put on arms licences for a state ("the suspension of 25 arms licences for X", "a freeze on arms licences to
// X", "cancelled 12 arms licences to X") tells the goods those licences cover as held back: a denied transfer from the
// state that halts them, the licences counted as items. Licences merely needed or granted under rules tell no halt.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "halt.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "halt", outlet: "Probe Wire", published: "2025-03-07" } as never }).claims;

describe("a halt on arms licences for a state is a denied transfer", () => {
  it.each([
    ["Ottawa's suspension of some 40 arms licences for Saudi Arabia remains in place.", "CAN", "SAU", 40],
    ["Norway announced a freeze on 15 arms licences to Turkey in the spring.", "NOR", "TUR", 15],
    ["Spain cancelled 12 weapons licences to Egypt after the raid, the paper reports.", "ESP", "EGY", 12],
  ])("%s", (text, supplier, recipient, count) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.map((c) => [c.supplier, c.recipient, c.certainty, c.quantity?.value])).toEqual([[supplier, recipient, "denied", count]]);
  });

  it.each([
    "Firms need licences for Chile before they may ship any rifles there, the rules say.",
    "The charity asks donors to press ministers: suspend licences for weapons that might be diverted to Mali.",
  ])("licences needed, or a halt only urged on goods named after them, tell no transfer: %s", (text) => {
    expect(claimsOf(text).filter((c) => c.kind === "transfer")).toEqual([]);
  });
});

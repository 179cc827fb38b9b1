// Sentences written for the test: a headline's "arms" or "weapons" counted in the unit the body counts its named
// goods in is the headline's looser wording of the body's claim, not a second claim of unnamed weapons
// (merge-claims.ts `looseArms`).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (title: string, body: string): Claim[] =>
  processDocument({ path: "arms.txt", bytes: Buffer.from(`${title}\n\nBy staff\n\n${body}`), meta: { id: "arms", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;
const line = (c: Claim) => `${c.supplier} ${c.recipient} ${c.item} ${c.quantity?.value ?? c.quantity?.min} ${c.quantity?.unit}`;

describe("a headline's arms in the body's unit are the body's named goods", () => {
  it.each([
    ["Tehran shipped weapons worth $2 billion to Moscow, study finds", "Iran shipped drones worth $2 billion to Russia over two years, the study found.", "IRN RUS drones 2000000000 usd"],
    ["Britain sends Kyiv weapons worth 300 million pounds", "Britain has sent Ukraine missiles worth 300 million pounds since January, the ministry said.", "GBR UKR missiles-other 300000000 gbp"],
    ["Germany sends Ukraine arms worth 500 million euros", "Germany has sent Ukraine air defence systems worth 500 million euros this year, the defence ministry said.", "DEU UKR air-defence-systems 500000000 eur"],
    ["Monitors put North Korean arms shipments to Russia above 20,000 containers", "A group of states watching the sanctions says Pyongyang has sent Russia more than 20,000 containers of munitions since September 2023.", "PRK RUS ammunition 20000 containers"],
  ])("%s", (title, body, expected) => {
    expect(claimsOf(title, body).map(line)).toEqual([expected]);
  });

  it("a headline's arms in another unit than the body's stay a claim of their own", () => {
    const lines = claimsOf("Germany sends Ukraine arms worth 500 million euros", "Germany has sent Ukraine 12 air defence systems this year, the defence ministry said.").map(line);
    expect(lines).toContain("DEU UKR weapons-unspecified 500000000 eur");
  });
});

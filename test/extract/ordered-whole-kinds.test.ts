// A lot told as the first part of a whole that was ordered ("Nine launchers, the first of 20 on order, arrived"):
// the whole is a claim of its own, in the part's goods where it names none, its delivery still ahead.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "whole.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "whole", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the ordered whole a delivered lot was the first of", () => {
  it.each([
    ["Chile has turned to South Korea for its new guns. Nine launchers, the first of 27 on order, were handed over to Chile in May.", "KOR", "CHL", "artillery-systems", 9, 27],
    ["Peru took delivery of 14 tanks from Spain on Friday, the first of 96 it bought.", "ESP", "PER", "armoured-vehicles", 14, 96],
    ["Chile received 16 howitzers from South Korea on Monday, the first of 148 in a second order.", "KOR", "CHL", "artillery-systems", 16, 148],
    ["Kenya received 4 jets from Italy last week, the first of 22 that Nairobi ordered in 2021.", "ITA", "KEN", "aircraft", 4, 22],
  ])("%s", (text, supplier, recipient, item, part, whole) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient && c.item === item);
    const of = (n: number) => claims.find((c) => c.quantity?.value === n);
    expect(of(part)?.certainty).toBe("asserted");
    expect(of(whole)?.certainty).toBe("possible");
  });
});

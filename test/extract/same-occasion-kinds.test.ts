// Kinds of period for a deed told on the occasion of one dated before (SCHEMA.md, "Periods": a contract or approval date
// starts it): "the same day", "the same night", "hours later" carry the date the page gave last; where such words date a
// saying instead ("said the same day that ..."), the claim stays undated. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "same-occasion.txt", bytes: new TextEncoder().encode(page), meta: { id: "same-occasion", outlet: "Test Wire", published: "2024-06-14" } as never });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, start: c.period?.start ?? null }));
}

describe("a deed told on the same occasion takes the date told before", () => {
  it.each([
    ["The State Department on 3 May approved the sale of 30 Stryker vehicles to Chile. Peru was cleared the same day to buy up to 20 Abrams tanks from the United States.", "USA", "PER", "2024-05-03"],
    ["Madrid signed a contract for 12 howitzers from Israel on 4 April. Hours later Washington approved a sale of eight Black Hawk helicopters to Spain.", "USA", "ESP", "2024-04-04"],
    ["Greece signed a deal for 24 Rafale jets from France on 2 March. Later that day Italy signed a deal for ten patrol boats from France.", "FRA", "ITA", "2024-03-02"],
  ])("%s", (page, supplier, recipient, start) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, start });
  });
});

describe("the same words dating a saying leave the claim undated", () => {
  it.each([
    ["The State Department on 3 May approved the sale of 30 Stryker vehicles to Chile. Hours later the president said Washington would send 20 Abrams tanks to Peru.", "USA", "PER"],
    ["Madrid signed a contract for 12 howitzers from Israel on 4 April. The Italian defence minister said the same day that Rome would ship ten patrol boats to Spain.", "ITA", "ESP"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual({ supplier, recipient, start: null });
  });
});

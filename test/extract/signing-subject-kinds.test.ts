// The one who signs a contract, an order or a letter of intent for goods, or puts up money for them, and opens the
// sentence as its subject, is the source of that act, not the outlet. A minister the sentence gives no state serves
// the state the page's title names as its actor, not the state where the signing took place.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, title = "Report") =>
  processDocument({ path: "signing.txt", bytes: Buffer.from(`${title}\n\nBy staff\n\n${text}\n`), meta: { id: "signing", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("signing for goods or putting up money is the subject's own act", () => {
  it.each([
    ["Defence Minister Ana Ruiz signed two contracts in Lima on Friday for 24 K2 tanks made in South Korea.", { speaker: "Ana Ruiz" }],
    ["Chile signed a letter of intent on Tuesday for the purchase of 12 F-16 jets from Norway.", { country: "CHL" }],
    ["The Dutch government put up 300 million euros to buy American shells for Ukraine.", { country: "NLD" }],
    ["Latvia signed an order on Monday to buy 40 armoured vehicles from Finland.", { country: "LVA" }],
  ])("%s", (text, want) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject(want);
  });
});

describe("a minister with no state named serves the actor of the page's title", () => {
  it.each([
    ["Peru signs for 24 Norwegian jets in Oslo", "Defence Minister Ana Ruiz signed a letter of intent in Oslo on Tuesday for the purchase of 24 F-16 jets from Norway.", "PER"],
    ["Chile signs for 30 German Leopard tanks", "Defence Minister Jorge Salas signed a contract in Berlin on Monday for the purchase of 30 Leopard 2 tanks from Germany.", "CHL"],
    ["Ecuador signs for 12 Brazilian trainer aircraft", "Defence Minister Marta Vega signed an order in Brasilia on Friday for the purchase of 12 Super Tucano aircraft from Brazil.", "ECU"],
  ])("%s", (title, text, state) => {
    const claims = claimsOf(text, title).filter((c) => c.source.speaker);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).toBe(state);
  });
});

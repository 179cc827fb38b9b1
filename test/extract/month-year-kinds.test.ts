// Kinds of periods once read wrong, each shown by phrasings of our own (SCHEMA.md, "Periods"): a month with no year that
// opens its clause after "from" and comes before a word of what is to come ("From March, X should receive ...") lies
// ahead of the report; a delivery told done in a sentence that also dates its order ("ordered in 2022, arrived last
// year") takes the other date.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";
import { timeLexicon } from "../../src/extract/times/lexicon.js";

function periodOf(page: string) {
  const doc = processDocument({ path: "month-year.txt", bytes: new TextEncoder().encode(page), meta: { id: "month-year", outlet: "Test Wire", published: "2024-05-01" } });
  return doc.claims[0]?.period ?? null;
}

describe("an opening 'from' month before a future word lies ahead of the report", () => {
  it.each([
    ["From March, Ukraine should receive 20 Leopard tanks from Germany.", "2025-03"],
    ["Starting in February, Germany will send 40 Marder vehicles to Ukraine each month.", "2025-02"],
    ["Officials said that from April the Moldovan army is due to get 12 howitzers from France.", "2025-04"],
  ])("%s", (page, start) => {
    expect(periodOf(page)?.start).toBe(start);
  });
  it("a month looked back on stays in the past", () => {
    expect(periodOf("From March, Ukraine should have received 20 tanks from Germany.")?.start).toBe("2024-03");
  });
});

describe("a delivery told done takes its own date, not its order's", () => {
  it.each([
    ["Kenya received 12 armoured trucks, ordered from Canada in 2022, last year.", "2023"],
    ["Armenia received the first 8 rocket launchers, ordered from India in 2022, last year.", "2023"],
    ["Poland's 48 K9 howitzers, ordered from Korea in 2022, were handed over in March.", "2024-03"],
  ])("%s", (page, start) => {
    const doc = processDocument({ path: "delivered.txt", bytes: new TextEncoder().encode(page), meta: { id: "delivered", outlet: "Test Wire", published: "2024-06-19" } });
    expect(doc.claims[0]?.period?.start).toBe(start);
  });
});

describe("a delivery still to come is no delivery done: the order's date stays", () => {
  it.each([
    "the first of 18 howitzers ordered under a contract signed in January would be handed over in the autumn",
    "the launchers, ordered in 2023, will be delivered next spring",
    "the jets ordered last year are to be received in June",
  ])("%s", (text) => {
    expect(timeLexicon().deliveredAfterOrder.test(text)).toBe(false);
  });
  it("a delivery told done still counts", () => {
    expect(timeLexicon().deliveredAfterOrder.test("the launchers, ordered in 2022, arrived last year")).toBe(true);
  });
});

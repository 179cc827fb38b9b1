// Second figures of one flow or one output in a sentence, by causes seen over many misses: the level an output
// rose from ("up from 3,000 before the war") and a running total after a lot ("bringing its fleet to nine", "which
// brings the number delivered so far to 40"); and a bare figure a source expects after a lot told just before ("He
// expects roughly 60 more by the end of the year"). Each is a claim of its own, in the unit of the first figure.
// Phrasings of our own (other states, other systems, other numbers).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The claims of one kind on a one-paragraph page, as "SUPPLIER>RECIPIENT item figure unit[/per]", sorted. */
function claimsOf(text: string, kind: "transfer" | "production"): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return [...new Set(doc.claims.filter((c) => c.kind === kind).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity ? `${c.quantity.value ?? c.quantity.min ?? c.quantity.max} ${c.quantity.unit}${c.quantity.per ? `/${c.quantity.per}` : ""}` : "-"}`))].sort();
}

describe("the level an output rose from is an output of its own", () => {
  it.each([
    ["The factory in Bavaria produces around 15,000 shells a month, up from about 4,000 in 2022.", ["DEU>null artillery-ammunition 15000 rounds/month", "DEU>null artillery-ammunition 4000 rounds/month"]],
    ["The Ohio works now turns out 9,000 rockets a year, up from 3,000 before the war, the firm said.", ["USA>null artillery-ammunition 3000 rounds/year", "USA>null artillery-ammunition 9000 rounds/year"]],
    ["A French plant will lift its output of Mistral missiles to 60 a month next year, up from roughly 25 now.", ["FRA>null missiles-other 25 missiles/month", "FRA>null missiles-other 60 missiles/month"]],
  ])("%s", (text, claims) => expect(claimsOf(text, "production")).toEqual(claims));

  it.each([
    ["The Ohio works now turns out 9,000 rockets a year, up from $2 billion in sales before the war.", ["USA>null artillery-ammunition 9000 rounds/year"]],
  ])("not a figure in another unit: %s", (text, claims) => expect(claimsOf(text, "production")).toEqual(claims));
});

describe("a running total after a lot counts the same goods", () => {
  it.each([
    ["Kenya received two more Mi-17 helicopters from Russia in March, bringing its fleet of the type to nine.", ["RUS>KEN aircraft 2 aircraft", "RUS>KEN aircraft 9 aircraft"]],
    ["A third batch of 14 Leopard tanks reached Ukraine from Spain on Friday, which brings the number delivered so far to 40.", ["ESP>UKR armoured-vehicles 14 vehicles", "ESP>UKR armoured-vehicles 40 vehicles"]],
    ["Ghana took delivery of four more Super Tucano aircraft from Brazil, bringing its fleet to ten.", ["BRA>GHA aircraft 10 aircraft", "BRA>GHA aircraft 4 aircraft"]],
  ])("%s", (text, claims) => expect(claimsOf(text, "transfer")).toEqual(claims));
});

describe("a bare figure expected after a lot is a further lot of the same goods", () => {
  it.each([
    ["Iran sent 40 Fath-360 missiles to Russia in May, officials said. He expects roughly 60 more by the end of the year.", ["IRN>RUS ballistic-missiles 40 missiles", "IRN>RUS ballistic-missiles 60 missiles"]],
    ["Prague has delivered 400,000 shells to Ukraine this year. It hopes for around 600,000 by December.", ["CZE>UKR artillery-ammunition 400000 rounds", "CZE>UKR artillery-ammunition 600000 rounds"]],
    ["Norway delivered 20,000 shells to Ukraine last year. This year we expect roughly 50,000 from the same scheme.", ["NOR>UKR artillery-ammunition 20000 rounds", "NOR>UKR artillery-ammunition 50000 rounds"]],
    ["North Korea sent about 150 KN-23 missiles to Russia last year, Budanov said. The Russians were expecting roughly 100 more in 2025.", ["PRK>RUS ballistic-missiles 100 missiles", "PRK>RUS ballistic-missiles 150 missiles"]],
  ])("%s", (text, claims) => expect(claimsOf(text, "transfer")).toEqual(claims));

  it.each([
    ["Norway delivered 20,000 shells to Ukraine last year. Analysts expect 5 percent of them to fail.", ["NOR>UKR artillery-ammunition 20000 rounds"]],
    ["Norway delivered 20,000 shells to Ukraine last year. The firm expects 300 new workers at its plant.", ["NOR>UKR artillery-ammunition 20000 rounds"]],
  ])("not a figure of something else: %s", (text, claims) => expect(claimsOf(text, "transfer")).toEqual(claims));
});

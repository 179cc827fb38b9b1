// More kinds of periods (SCHEMA.md, "Periods"), each shown by phrasings of our own: the count of posts that heads a post of a
// numbered thread ("6/9") is no date; a year after "over" that closes its clause is the year of the count; "in the same year",
// "during that year" and "in the same month" point back to the last year or month the text stated; a date that opens a saying
// ("In March X, who heads Y, said ...") dates the saying, not what is said, however long the aside after the speaker; a denial
// with no date of its own takes none from the transfers told before it; "before 2027" bounds one side and names no period.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodOf(page: string, published = "2025-09-05") {
  const doc = processDocument({ path: "periods-more.txt", bytes: new TextEncoder().encode(page), meta: { id: "periods-more", outlet: "Test Wire", published } });
  return doc.claims[0]?.period ?? null;
}

describe("a count of posts at the head of a post is no date", () => {
  it.each([
    ["6/9 Records show Kenyan imports of Turkish drones tripled in the summer of 2024.", "2024-06"],
    ["3/8 Trade data show Serbian exports of rockets to Sudan roughly doubled in the second half of 2023.", "2023-07"],
    ["5/12 Port statistics show Turkish shipments of armoured vehicles to Somalia rose sharply in the first quarter of 2024.", "2024-01"],
  ])("%s", (page, start) => {
    expect(periodOf(page)?.start).toBe(start);
  });
});

describe("a year after 'over' that closes its clause is the span of the count", () => {
  it.each([
    ["Analysts said Kenya had received 40 drones from Turkey over 2023.", "2023"],
    ["Sudan bought 3,000 rockets from Serbia over 2022, according to a trade monitor.", "2022"],
    ["In March the ministry said Belarus had shipped 90 tanks to Russia over 2024.", "2024"],
  ])("%s", (page, start) => {
    expect(periodOf(page)?.start).toBe(start);
  });
});

describe("the same year or month points back to the last one the text stated", () => {
  it.each([
    ["Nairobi opened a new airbase in 2019. Turkey probably delivered 30 drones to Kenya in the same year, analysts say.", "2019"],
    ["The junta seized power in 2021. Serbia sold 3,000 rockets to Sudan during that year, a trade monitor found.", "2021"],
    ["Somalia held a military parade in March 2022. Ankara sent 12 armoured vehicles to Somalia in the same month.", "2022-03"],
  ])("%s", (page, start) => {
    expect(periodOf(page)?.start).toBe(start);
  });
});

describe("a date that opens a saying stays the saying's where an aside parts the speaker from the verb", () => {
  it.each([
    ["In March Anna Berg, who leads the ministry of defence, said Poland had sent Ukraine 300 tanks in 2024.", "2024"],
    ["On Tuesday the chief of staff, a former pilot, said Turkey had delivered 30 drones to Kenya in 2022.", "2022"],
    ["Last month the council, set up by six Gulf states after the blockade, said Iran had shipped 500 missiles to Yemen's Houthis during 2023.", "2023"],
  ])("%s", (page, start) => {
    expect(periodOf(page)?.start).toBe(start);
  });
});

describe("a denial that dates nothing itself borrows no date from the claims told before it", () => {
  function deniedPeriod(page: string) {
    const doc = processDocument({ path: "periods-more.txt", bytes: new TextEncoder().encode(page), meta: { id: "periods-more", outlet: "Test Wire", published: "2024-06-14" } });
    const denied = doc.claims.find((c) => c.certainty === "denied");
    expect(denied).toBeDefined();
    return denied?.period ?? null;
  }
  it.each([
    ["Iran sent 400 drones to Russia in March 2024. Moscow has denied receiving any drones from Iran."],
    ["Belarus has shipped 90 tanks to Russia since January. Minsk rejects the claim that it sent tanks to Russia."],
    ["Serbia sold 3,000 rockets to Sudan in 2023, a monitor found. Belgrade insists it never sold rockets to Sudan."],
  ])("%s", (page) => {
    expect(deniedPeriod(page)).toBeNull();
  });
});

describe("a year after 'before' bounds one side only and names no period", () => {
  it.each([
    ["Nigeria still operates Alpha Jets it bought from Germany prior to 1990."],
    ["Deliveries of 30 Turkish drones to Kenya are not expected before 2027, an official said."],
    ["Chile received 40 tanks from Germany before 2010, a register shows."],
  ])("%s", (page) => {
    expect(periodOf(page)).toBeNull();
  });
});

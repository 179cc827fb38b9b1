// Fields of paired claims by kind of cause: periods (resolve-times, times/) and sources (attribute-sentences,
// attribution/). Each block is one rule, told three ways in phrasings of our own (other states, items, numbers).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

function claims(text: string, published = "2024-05-10"): Claim[] {
  const bytes = new TextEncoder().encode(text);
  return processDocument({ path: "fields-kinds.txt", bytes, meta: { id: "fields-kinds", published, outlet: "Probe Wire", url: "https://probe.example/fields" } as never }).claims;
}

const find = (cs: readonly Claim[], supplier: string) => cs.find((c) => c.supplier === supplier);
const sourceOf = (c: Claim | undefined) => (c ? [c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | ") : "none");

describe("a part of a year named relative to the report ('the first half of this year', 'late last year')", () => {
  it.each([
    ["Several thousand more Chinese workers are planned to be sent to Russia in the first half of this year.", "CHN", "2024-01", "2024-06"],
    ["Belarus will deliver 40 trucks to Serbia in the second half of next year.", "BLR", "2025-07", "2025-12"],
    ["Turkey sold 30 drones to Kenya late last year.", "TUR", "2023-09", "2023-12"],
    ["The shells began to flow to Ukraine from Poland at the beginning of the year.", "POL", "2024-01", "2024-03"],
  ])("%s", (text, supplier, start, end) => {
    const c = find(claims(text), supplier);
    expect(c?.period?.start).toBe(start);
    expect(c?.period?.end).toBe(end);
  });

  it("'the first half of the year' before that half is over dates nothing: this year's or last year's", () => {
    const c = find(claims("China exported $200 million worth of engines to Iran in the first half of the year.", "2025-01-15"), "CHN");
    expect(c).toBeDefined();
    expect(c!.period ?? null).toBeNull();
  });

  it("'by the end of the year' still only ends the period", () => {
    const c = find(claims("Serbia will receive 12 howitzers from France by the end of the year."), "FRA");
    expect(c?.period?.start ?? null).toBeNull();
    expect(c?.period?.end).toBe("2024-12");
  });
});

describe("a fiscal year written over two calendar years runs April to March", () => {
  it.each([
    ["During fiscal year 2020-21, Russian crude made up just 3% of the oil India bought.", "RUS", "2020-04", "2021-03"],
    ["Iraq shipped 2 million barrels of oil to India in FY2022-23.", "IRQ", "2022-04", "2023-03"],
    ["Saudi Arabia sold Pakistan 300,000 tonnes of fuel during the financial year 2019-2020.", "SAU", "2019-04", "2020-03"],
  ])("%s", (text, supplier, start, end) => {
    const c = find(claims(text), supplier);
    expect(c?.period?.start).toBe(start);
    expect(c?.period?.end).toBe(end);
  });
});

describe("a noun of saying names whose claim the clause after it is ('X's statement that', 'British claims to have')", () => {
  it.each([
    ["The minister was responding to the US claim that Iran had sent 300 drones to Russia.", "IRN", "USA"],
    ["The numbers clash with British claims to have delivered 60,000 drones to Ukraine in four months.", "GBR", "GBR"],
    ["The report follows Kyiv's accusations that Belarus sent 200 tanks to Russia.", "BLR", "UKR"],
    ["The talks came a week after the Pentagon's recent statement that Serbia had received 12 howitzers from France.", "FRA", "USA"],
  ])("%s", (text, supplier, country) => {
    expect(sourceOf(find(claims(text), supplier)).split(" | ")[2]).toBe(country);
  });

  it("a verb of saying with its own speaker still names the sentence's source", () => {
    const c = find(claims("Ankara rejected the Greek allegation that Turkey shipped 40 drones to Libya."), "TUR");
    expect(sourceOf(c).split(" | ")[2]).toBe("TUR");
  });
});

describe("'overnight' dates a done transfer from the eve of the report to its day", () => {
  it.each([
    ["A shipment of some 900 heavy bombs from France arrived in Greece overnight, the ministry announced.", "FRA"],
    ["The Czech Republic delivered 200 howitzers to Ukraine overnight, officials said.", "CZE"],
    ["Overnight, Iran shipped 40 drones to Venezuela.", "IRN"],
  ])("%s", (text, supplier) => {
    const c = find(claims(text), supplier);
    expect(c?.period?.start).toBe("2024-05-09");
    expect(c?.period?.end).toBe("2024-05-10");
  });
});

describe("a deadline in the clause of a contract date ends the period the contract starts", () => {
  it.each([
    ["The setback hits a $3 billion contract signed in 2017, under which Russia was to deliver four S-400 systems to India by 2023.", "RUS", "2017", "2023"],
    ["Under a deal agreed in March 2021, Turkey will deliver 24 drones to Poland by the end of 2023.", "TUR", "2021-03", "2023-12"],
    ["In 2019 Germany agreed to sell Egypt four frigates, with the last to arrive by 2025.", "DEU", "2019", "2025"],
  ])("%s", (text, supplier, start, end) => {
    const c = claims(text).find((x) => x.supplier === supplier && x.item !== "money");
    expect(c?.period?.start).toBe(start);
    expect(c?.period?.end).toBe(end);
  });
});

describe("a denial by the speaker's own state, right after the speaker's statement, is still that speaker's", () => {
  it.each([
    ["Brazilian Foreign Ministry spokesman Paulo Souza said at a briefing that peace talks should resume.\n\nHe reiterated Brasilia's position that it takes no side in the war.\n\nBrazil does not supply arms to Russia and keeps strict control of its exports.", "BRA", "Paulo Souza"],
    ["Spanish Defence Minister Ana Ruiz told reporters on Friday that the war must end through talks.\n\nShe stressed Madrid's view that sanctions were not working.\n\nSpain has never sold weapons to Sudan.", "ESP", "Ana Ruiz"],
    ["Kenyan army spokesman Daniel Otieno said in Nairobi that the border was calm.\n\nHe repeated Nairobi's stance on the dispute, Otieno added.\n\nBut Kenya did not receive drones from Turkey.", "TUR", "Daniel Otieno"],
  ])("%s", (text, supplier, speaker) => {
    expect(find(claims(text), supplier)?.source.speaker).toBe(speaker);
  });

  it.each([
    ["Spanish Defence Minister Ana Ruiz told reporters on Friday that the war must end through talks.\n\nShe stressed Madrid's view that sanctions were not working.\n\nFrance has not sold weapons to Sudan.", "FRA"],
    ["Spanish Defence Minister Ana Ruiz told reporters on Friday that the war must end through talks.\n\nThe talks lasted two hours.\n\nSpain has never sold weapons to Sudan.", "ESP"],
    ["Spanish Defence Minister Ana Ruiz told reporters on Friday that the war must end through talks.\n\nShe stressed Madrid's view that sanctions were not working.\n\nSpain sold 40 trucks to Sudan in March.", "ESP"],
    ["Chile's navy chief said on Monday that exercises would go ahead.\n\nThe National Intelligence Service said the North could send more troops to Russia next month.\n\nSouth Korea has not sold weapons to Ukraine but has sold tanks to Poland.", "KOR"],
  ])("another state, a sentence between without saying, or no denial: the outlet's voice (%s)", (text, supplier) => {
    expect(find(claims(text), supplier)?.source.org).toBe("Probe Wire");
  });
});

describe("a date fronted before the sentence's first clause dates every clause of it", () => {
  it.each([
    ["In 2023, Turkey sold 30 drones to Kenya, and Egypt bought 12 howitzers from France.", "FRA", "2023"],
    ["Last year, Chile shipped 40 howitzers to Peru, while Spain sent 12 trucks to Bolivia.", "ESP", "2023"],
    ["In the first half of 2022, Poland gave Ukraine 200 tanks, while Slovakia sent 13 fighter jets to Moldova.", "SVK", "2022-01"],
  ])("%s", (text, supplier, start) => {
    expect(find(claims(text), supplier)?.period?.start).toBe(start);
  });

  it("a date at the end of the first clause dates that clause only", () => {
    const c = find(claims("Germany sent 40 tanks to Ukraine in 2023, and France sent 12 howitzers to Moldova."), "FRA");
    expect(c?.period ?? null).toBeNull();
  });
});

describe("an outlet after 'cited by' or 'quoted by' relays the claim of those named before it", () => {
  it.each([
    ["Brazilian army officials cited by Reuters last month indicated that Brazil planned to stop buying arms from Israel.", "BRA"],
    ["Polish defence officials quoted by Bloomberg said Poland had sent 40 tanks to Ukraine.", "POL"],
    ["Officials in Seoul quoted by the daily Hankyoreh said South Korea had lent 500,000 shells to the United States.", "KOR"],
  ])("%s", (text, country) => {
    const cs = claims(text);
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(c.source.country).toBe(country);
  });
});

describe("a noun of saying followed straight by its clause's pronoun ('X's claims it had ...') names whose claim it is", () => {
  it.each([
    ["Analysts question Kyiv's claims it had received 40 howitzers from Portugal.", "PRT", "UKR"],
    ["Aid to Kyiv fell despite Washington's claims it would give Ukraine 300 cruise missiles.", "USA", "USA"],
    ["The slump follows the Polish claims they had sent 300 drones to Ukraine.", "POL", "POL"],
  ])("%s", (text, supplier, country) => {
    expect(find(claims(text), supplier)?.source.country).toBe(country);
  });
});

describe("a count before a hyphened weight or calibre class ('300 500-lb bombs', '20 122-mm howitzers') is a count", () => {
  it.each([
    ["Israel received 300 500-lb bombs from the United States.", "USA", 300],
    ["Poland delivered 20 122-mm howitzers to Ukraine.", "POL", 20],
    ["Germany sent 60 155-millimetre guns to Ukraine.", "DEU", 60],
  ])("%s", (text, supplier, value) => {
    expect(find(claims(text), supplier)?.quantity?.value).toBe(value);
  });
});

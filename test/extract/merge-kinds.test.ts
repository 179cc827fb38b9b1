// Claims once told twice where a report makes one (SCHEMA.md, "One claim or two"), each kind shown by phrasings
// of our own: a bare mention beside the count of its item in one sentence, a vague amount of the table
// ("dozens", "hundreds") and the exact figure told later, and a second source named only by a common noun
// ("officials cautioned") in the sentence that credits the claim to a named one.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "merge.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "merge", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const ofCore = (text: string, supplier: string, recipient: string, item: string) =>
  claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient && c.item === item);

describe("in one sentence, a count told by a word that names nothing specific and a bare mention of its item are one claim", () => {
  it.each([
    ["The crates Chile sent to Peru had room for more than 50,000 rounds of 105mm artillery, he estimated.", "CHL", "PER", 50000],
    ["Loaded with 122mm rockets, the wagons that Belarus sent to Russia could carry some 80,000 rounds, the Lithuanian minister said.", "BLR", "RUS", 80000],
    ["According to the minister, Algeria supplied Mali with roughly 6,000 projectiles of 155mm artillery last spring.", "DZA", "MLI", 6000],
    ["Filled with 130mm shells, the trucks Iran sent to Syria would carry about 9,000 rounds, an Israeli officer estimated.", "IRN", "SYR", 9000],
  ])("%s", (text, supplier, recipient, figure) => {
    const found = ofCore(text, supplier, recipient, "artillery-ammunition");
    expect(found).toHaveLength(1);
    expect(found[0].quantity?.value ?? found[0].quantity?.min).toBe(figure);
  });

  it.each([
    ["Kenya has taken delivery of 6 new jets, its first new jets since the sale of F-5 fighters from the United States in 1982.", "USA", "KEN", "1982"],
    ["Nigeria has taken delivery of 12 new jets, its first new jets since the sale of Alpha fighters from Germany in 1999.", "DEU", "NGA", "1999"],
    ["Oman has taken delivery of 8 new jets, its first new jets since the sale of Jaguar fighters from Britain in 1977.", "GBR", "OMN", "1977"],
  ])("a bare mention dated apart is another transfer: %s", (text, supplier, recipient, year) => {
    const found = ofCore(text, supplier, recipient, "aircraft");
    expect(found).toHaveLength(2);
    expect(found.find((c) => c.quantity)?.period ?? null).toBeNull();
    expect(found.find((c) => !c.quantity)?.period?.start).toBe(year);
  });

  it("things told as 'other' stay apart from the count before them", () => {
    expect(ofCore("Iran gave Russia hundreds of Shahed drones, other UAVs and rifles, the analysts wrote.", "IRN", "RUS", "drones")).toHaveLength(2);
  });
});

describe("a vague amount of the table holds the exact figure the report tells elsewhere", () => {
  it.each([
    ["Brazil quietly delivered dozens of armoured vehicles to Paraguay this spring, the daily Folha reported. The consignment included 42 armoured personnel carriers, the paper said.", "BRA", "PRY", "armoured-vehicles", 42],
    ["Iran sent Russia hundreds of drones last year, Ukrainian intelligence said. By its count, Iran sent Russia 420 drones last year, Ukrainian intelligence said.", "IRN", "RUS", "drones", 420],
    ["Israel has sold thousands of rifles to Guatemala, the newspaper Prensa Libre reported on Sunday. Israel sold 3,200 rifles to Guatemala, Prensa Libre reported.", "ISR", "GTM", "weapons-unspecified", 3200],
    ["Hungary will ship several thousand shells to Serbia, the Hungarian defence minister said. The minister added that Hungary would ship 4,500 shells to Serbia by June.", "HUN", "SRB", "artillery-ammunition", 4500],
  ])("%s", (text, supplier, recipient, item, figure) => {
    const found = ofCore(text, supplier, recipient, item);
    expect(found).toHaveLength(1);
    expect(found[0].quantity?.value).toBe(figure);
  });

  it("a vague amount another source of the same state tells of a part stays a claim of its own", () => {
    const text = "Norway says it has sent 4,000 drones to Ukraine. Norwegian Defence Minister Bjorn Gram said the shipments included thousands of short-range drones.";
    expect(ofCore(text, "NOR", "UKR", "drones")).toHaveLength(2);
  });

  it("a figure outside the range stays a claim of its own", () => {
    const text = "Iran sent Russia hundreds of drones last year, Ukrainian intelligence said. Iran sent Russia 1,400 drones in all, Ukrainian intelligence said.";
    expect(ofCore(text, "IRN", "RUS", "drones")).toHaveLength(2);
  });
});

describe("a source named only by a common noun is no second source beside a named one in the same sentence", () => {
  it.each([
    ["Prime Minister Jonas Berg said Norway would give Latvia 12 howitzers, although officials cautioned that delivery could take a year.", "NOR", "LVA", "artillery-systems", "Berg"],
    ["Spain will send 20 Leopard tanks to Ukraine, Defence Minister Margarita Robles said on Monday, though sources warned the tanks need repairs.", "ESP", "UKR", "armoured-vehicles", "Robles"],
    ["Chancellor Karl Nehammer said Austria would sell Slovakia four helicopters, while experts noted the deal still needs approval.", "AUT", "SVK", "aircraft", "Nehammer"],
  ])("%s", (text, supplier, recipient, item, speaker) => {
    const counted = ofCore(text, supplier, recipient, item).filter((c) => c.quantity);
    expect(counted).toHaveLength(1);
    expect(counted[0].source.speaker).toContain(speaker);
  });
});

describe("a state named as the source and a person or body of that state tell one claim", () => {
  it.each([
    ['Egypt admitted on Tuesday that it had sold rockets to Sudan. "We sold Sudan a small number of rockets last year," Egyptian Foreign Minister Sameh Shoukry told reporters.', "EGY", "SDN", "artillery-ammunition", "Shoukry"],
    ["Vietnam says it has bought drones from Israel. Vietnamese Defence Minister Phan Van Giang said Vietnam bought the drones from Israel in 2023.", "ISR", "VNM", "drones", "Giang"],
    ["Ghana confirmed it had received armoured vehicles from China. The Ghanaian defence ministry said China delivered the armoured vehicles to Ghana in March.", "CHN", "GHA", "armoured-vehicles", null],
  ])("%s", (text, supplier, recipient, item, speaker) => {
    const found = ofCore(text, supplier, recipient, item);
    expect(found).toHaveLength(1);
    if (speaker) expect(found[0].source.speaker).toContain(speaker);
    else expect(found[0].source.org).toMatch(/ministry/i);
  });

  it("told with different certainties, they stay two claims", () => {
    const text = "Kenya believes Somalia may have received rifles from Eritrea. Kenyan Defence Minister Aden Duale said Eritrea delivered 3,000 rifles to Somalia.";
    expect(ofCore(text, "ERI", "SOM", "weapons-unspecified")).toHaveLength(2);
  });
});

describe("the outlet's own voice passing on the exact figure it credits to a state's source elsewhere is that source's claim", () => {
  it.each([
    ["Aid to Moldova slowed in August despite Romania sending 1,200 rifles. Romanian officials say Romania sent 1,200 rifles to Moldova this year.", "ROU", "MDA", "weapons-unspecified", "ROU"],
    ["Kazakhstan's army got a boost as Turkey delivered 30 armoured vehicles to Kazakhstan. The Turkish defence ministry said it had delivered 30 armoured vehicles to Kazakhstan.", "TUR", "KAZ", "armoured-vehicles", "TUR"],
    ["The Philippines now flies 12 FA-50 jets bought from South Korea. The Philippine air force said South Korea had delivered 12 FA-50 jets to the Philippines.", "KOR", "PHL", "aircraft", "PHL"],
  ])("%s", (text, supplier, recipient, item, country) => {
    const found = ofCore(text, supplier, recipient, item);
    expect(found).toHaveLength(1);
    expect(found[0].source.country).toBe(country);
  });

  it("a figure credited to other media stays a claim of its own", () => {
    expect(ofCore("Chad received 500 rifles from Sudan in May. Al Jazeera reported that Sudan sent 500 rifles to Chad in May.", "SDN", "TCD", "weapons-unspecified")).toHaveLength(2);
  });
});

describe("an attempt to buy is an intention, not a transfer told as fact", () => {
  it.each([
    ["Iraq tried to buy tanks from Serbia last year, the Serbian defence ministry said.", "SRB", "IRQ", "armoured-vehicles"],
    ["Sudan is trying to buy drones from Iran, according to the Egyptian foreign minister.", "IRN", "SDN", "drones"],
    ["Venezuela has tried to purchase rifles from Belarus, Colombian officials said.", "BLR", "VEN", "weapons-unspecified"],
  ])("%s", (text, supplier, recipient, item) => {
    expect(ofCore(text, supplier, recipient, item).map((c) => c.certainty)).toEqual(["possible"]);
  });
});

// Aid packages and other theatres, told in phrasings of our own: who gives a package that a state's body announces
// or speaks of, a bare package or drawdown that a sum measures, and sums written with a currency code before them.
// The last table keeps every phrasing of the paraphrase set that the extractor reads right (a regression net).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "para.txt", bytes: new TextEncoder().encode(page), meta: { id: "para", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({
    kind: c.kind,
    supplier: c.supplier,
    recipient: c.recipient,
    item: c.item,
    certainty: c.certainty,
    unit: c.quantity?.unit ?? null,
    value: c.quantity?.value ?? c.quantity?.min ?? null,
    country: c.source.country,
  }));
}

describe("a state's body that announces or approves a package, a sale or a drawdown gives it", () => {
  it.each([
    ["The Pentagon announced a $275 million aid package for Ukraine.", "USA", "UKR", "weapons-unspecified", 275e6],
    ["The State Department approved the sale of 20 tanks to Taiwan.", "USA", "TWN", "armoured-vehicles", 20],
    ["The White House authorised a $250 million drawdown of weapons for Ukraine.", "USA", "UKR", "weapons-unspecified", 250e6],
    ["The State Department has approved a $2 billion sale of missiles to Taiwan.", "USA", "TWN", "missiles-other", 2e9],
    ["The Pentagon's new drawdown of weapons for Kyiv is valued at $325 million.", "USA", "UKR", "weapons-unspecified", 325e6],
  ])("%s", (page, supplier, recipient, item, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, value, certainty: "asserted" }));
  });

  it.each([
    "China's foreign ministry announced sanctions over the sale of jets to Taiwan.",
    "Ukraine's defence ministry announced a new delivery of Swedish howitzers.",
    "The Israeli defence ministry announced a shipment of 1,800 bombs from the United States.",
  ])("the body is no giver: %s", (page) => {
    for (const c of claimsOf(page)) expect(["CHN", "UKR", "ISR"]).not.toContain(c.supplier);
  });
});

describe("a ministry or an army that speaks of a package speaks of its own", () => {
  it.each([
    ["The Defense Department said the new drawdown for Ukraine is worth $500 million.", "USA", "usd", 500e6],
    ["According to the Swedish defence ministry, the new package for Ukraine is worth SEK 2 billion.", "SWE", "sek", 2e9],
    ["The Norwegian armed forces said the latest package for Ukraine is worth NOK 3 billion.", "NOR", "nok", 3e9],
    ["Canada's defence department said the package for Ukraine is valued at C$400 million.", "CAN", "cad", 400e6],
  ])("%s", (page, supplier, unit, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item: "weapons-unspecified", unit, value, country: supplier }));
  });

  it("not a state's intelligence: it tells of others' packages", () => {
    expect(claimsOf("Latvian intelligence said the new package for Ukraine is worth EUR 3 billion.").filter((c) => c.supplier === "LVA")).toEqual([]);
  });
});

describe("a bare package or drawdown that a sum measures is the sum's thing", () => {
  it.each([
    ["The US unveiled a $275 million package for Ukraine.", "USA", "usd", 275e6],
    ["Germany unveiled a new package for Kyiv worth 500 million euros.", "DEU", "eur", 500e6],
    ["Sweden has approved a package worth SEK 7.1 billion for Ukraine, including Archer artillery systems.", "SWE", "sek", 7.1e9],
    ["A package worth €500 million, announced by Germany on Tuesday, includes Leopard 1 tanks for Ukraine.", "DEU", "eur", 500e6],
  ])("%s", (page, supplier, unit, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item: "weapons-unspecified", unit, value }));
  });

  it("what the package lists keeps no share of the sum", () => {
    const claims = claimsOf("Sweden has approved a package worth SEK 7.1 billion for Ukraine, including Archer artillery systems.");
    expect(claims).toContainEqual(expect.objectContaining({ item: "artillery-systems", value: null }));
  });

  it.each([
    "Germany unveiled an economic package worth 500 million euros for Ukraine.",
    "The EU approved a package of sanctions worth 2 billion euros against Russia over Ukraine.",
    "Japan announced a $4.5 billion financial package for Ukraine.",
  ])("no arms in a package of money or measures: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.item === "weapons-unspecified")).toEqual([]);
  });
});

describe("a currency code before a sum", () => {
  it.each([
    ["Sweden sent Ukraine arms worth SEK 7.1 billion.", "SWE", "sek", 7.1e9],
    ["Canada sent Ukraine arms worth C$500 million.", "CAN", "cad", 500e6],
    ["Canada sent Ukraine arms worth CAD 500 million.", "CAN", "cad", 500e6],
    ["Denmark sent Ukraine arms worth DKK 3.5 billion.", "DNK", "dkk", 3.5e9],
    ["Norway sent Ukraine arms worth NOK 2 billion.", "NOR", "nok", 2e9],
  ])("%s", (page, supplier, unit, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item: "weapons-unspecified", unit, value }));
  });

  it("an article before a dollar sign is no currency of its own", () => {
    expect(claimsOf("The United States unveiled a $300 million military aid package for Ukraine.")).toContainEqual(expect.objectContaining({ unit: "usd", value: 300e6 }));
  });
});

describe("'worth' closes the phrase before it: the state there is a party, not a measure", () => {
  it.each([
    ["Germany unveiled a new package for Kyiv worth 500 million euros.", "DEU", "eur"],
    ["Italy approved a new package for Ukraine worth 300 million euros.", "ITA", "eur"],
    ["France prepared a package for Kyiv worth 200 million euros.", "FRA", "eur"],
  ])("%s", (page, supplier, unit) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", unit }));
  });
});

describe("'from' reaches over a list of states that 'and' closes: one claim per giver", () => {
  it.each([
    ["Ukraine has received shells from Bulgaria, Romania and Greece.", ["BGR", "ROU", "GRC"], "artillery-ammunition"],
    ["Ukraine bought 155mm rounds from South Korea, Turkey and Pakistan through intermediaries.", ["KOR", "TUR", "PAK"], "artillery-ammunition"],
    ["Ukraine will get 100 Leopard 1A5 tanks from Germany, Denmark and the Netherlands.", ["DEU", "DNK", "NLD"], "armoured-vehicles"],
    ["Kyiv obtained drones from Latvia, Lithuania, and Estonia.", ["LVA", "LTU", "EST"], "drones"],
  ])("%s", (page, suppliers, item) => {
    const claims = claimsOf(page);
    for (const supplier of suppliers) expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item }));
  });

  it("a comma that no 'and' closes is an aside, not a list", () => {
    expect(claimsOf("Ukraine received shells from Bulgaria, a NATO member, last year.").map((c) => c.supplier)).toEqual(["BGR"]);
  });
});

describe("fighters by the hundred or thousand are troops; instructors are troops", () => {
  it.each([
    ["The Wagner Group deployed some 1,000 fighters to Mali.", "RUS-WAGNER", "MLI", 1000],
    ["Russia sent 2,000 Syrian fighters to Libya.", "RUS", "LBY", 2000],
    ["Turkey sent hundreds of fighters to Azerbaijan.", "TUR", "AZE", 200],
    ["Africa Corps sent about 100 instructors to Niger in April.", "RUS", "NER", 100],
    ["Moscow flew 80 instructors to Burkina Faso.", "RUS", "BFA", 80],
    ["Belarus sent 40 instructors to Venezuela.", "BLR", "VEN", 40],
  ])("%s", (page, supplier, recipient, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item: "troops", unit: "troops", value }));
  });

  it.each([
    ["China delivered 20 fighters to Pakistan.", "CHN", "PAK", 20],
    ["Pakistan received six J-10C fighters from China.", "CHN", "PAK", 6],
    ["Poland gave Ukraine 14 MiG-29 fighters.", "POL", "UKR", 14],
  ])("a few fighters are still jets: %s", (page, supplier, recipient, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item: "aircraft", unit: "aircraft", value }));
  });
});

// Aid to Ukraine and other theatres, told in phrasings of our own: lists of givers and of receivers, buyers for
// another, sums of military support, drawdowns. The last block runs the whole paraphrase-aid fixture as a
// regression net: every page read right stays right.
import { describe, expect, it } from "vitest";
import { claimsOf, faults, readPages } from "./paraphrase-aid-table.js";

const parties = (page: string) => claimsOf(page).map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, unit: c.quantity?.unit ?? null, value: c.quantity?.value ?? null }));

describe("a comma that closes an aside of partners is followed by the subject's own verb, not a participle", () => {
  it.each([
    ["Estonia, together with Latvia and Lithuania, pledged to send 155mm shells worth €20 million to Ukraine.", ["EST", "LVA", "LTU"], "artillery-ammunition"],
    ["Italy, along with Spain, pledged to provide air defence systems to Kyiv.", ["ITA", "ESP"], "air-defence-systems"],
    ["Canada, alongside Norway, shipped to Ukraine 12 howitzers.", ["CAN", "NOR"], "artillery-systems"],
    ["Latvia, together with Estonia, pledged to send drones to Ukraine.", ["LVA", "EST"], "drones"],
    ["Sweden, as well as Finland, delivered to Kyiv 20 howitzers.", ["SWE", "FIN"], "artillery-systems"],
  ])("%s", (page, suppliers, item) => {
    const claims = parties(page);
    for (const supplier of suppliers) expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item }));
  });

  it("a participle after a plain noun phrase and a comma is still a passive", () => {
    expect(parties("Javelin missiles, delivered as part of US aid to Ukraine, arrived in Rzeszow.")).toContainEqual(expect.objectContaining({ supplier: "USA", recipient: "UKR", item: "missiles-other" }));
  });
});

describe("states that buy for another together each give", () => {
  it.each([
    ["The Netherlands and Denmark jointly bought 14 Leopard 2A4 tanks for Ukraine.", ["NLD", "DNK"], "armoured-vehicles"],
    ["Denmark and Sweden bought 20 howitzers for Ukraine.", ["DNK", "SWE"], "artillery-systems"],
    ["Germany and France purchased shells for Kyiv.", ["DEU", "FRA"], "artillery-ammunition"],
    ["Norway, Sweden and Finland acquired drones for Ukraine.", ["NOR", "SWE", "FIN"], "drones"],
  ])("%s", (page, suppliers, item) => {
    const claims = parties(page);
    for (const supplier of suppliers) expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item }));
  });
});

describe("a further giver of a list after 'by' is no receiver of the goods", () => {
  it.each([
    ["Only a handful of the F-16 jets promised by Denmark, Norway and the Netherlands have reached Ukraine.", ["DNK", "NOR", "NLD"], "aircraft"],
    ["Jets pledged by Denmark, Norway and Belgium reached Kyiv last month.", ["DNK", "NOR", "BEL"], "aircraft"],
    ["Shells donated by Estonia, Latvia and Lithuania have reached Ukraine.", ["EST", "LVA", "LTU"], "artillery-ammunition"],
    ["Howitzers supplied by France, Italy and Spain are now in Ukraine.", ["FRA", "ITA", "ESP"], "artillery-systems"],
  ])("%s", (page, suppliers, item) => {
    const claims = parties(page);
    for (const supplier of suppliers) expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item }));
    expect(claims.filter((c) => suppliers.includes(c.recipient ?? ""))).toEqual([]);
  });
});

describe("a list of receivers: one claim per receiver, each with the whole count", () => {
  it.each([
    ["Turkey has sold Bayraktar TB2 drones to Ethiopia, Niger and Nigeria.", "TUR", ["ETH", "NER", "NGA"], "drones", null],
    ["Russia delivered attack helicopters to Mali and Burkina Faso.", "RUS", ["MLI", "BFA"], "aircraft", null],
    ["China sold 12 drones to Pakistan, Egypt and Algeria.", "CHN", ["PAK", "EGY", "DZA"], "drones", 12],
    ["Iran shipped weapons to the Houthis and Hezbollah.", "IRN", ["YEM-HOUTHIS", "LBN-HEZBOLLAH"], "weapons-unspecified", null],
    ["Ukraine and Moldova received shells from Romania.", "ROU", ["UKR", "MDA"], "artillery-ammunition", null],
  ])("%s", (page, supplier, recipients, item, value) => {
    const claims = parties(page);
    for (const recipient of recipients) expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, item, value }));
  });

  it("a list that gaps its verb names givers, not receivers", () => {
    expect(parties("Denmark has pledged 19 of the jets, the Netherlands 24 and Norway six.").filter((c) => c.recipient === "NOR")).toEqual([]);
  });

  it("an aside after one receiver is no list", () => {
    expect(parties("Turkey sold drones to Niger, a Sahel state, last year.").map((c) => c.recipient)).toEqual(["NER"]);
  });
});

describe("military support that a sum before it measures is the sum's thing, not money", () => {
  it.each([
    ["In total, Germany has provided roughly €28 billion of military support to Kyiv, officials in Berlin said.", "DEU", "eur", 28e9],
    ["Since the invasion, the Netherlands has allocated €6 billion in military support to Kyiv.", "NLD", "eur", 6e9],
    ["Canada has given Ukraine C$4 billion in military support.", "CAN", "cad", 4e9],
    ["Britain pledged £3 billion worth of military support to Ukraine this year.", "GBR", "gbp", 3e9],
  ])("%s", (page, supplier, unit, value) => {
    const claims = parties(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item: "weapons-unspecified", unit, value }));
    expect(claims.filter((c) => c.item === "money")).toEqual([]);
  });

  it("support of the budget stays money", () => {
    expect(parties("Japan sent $5 billion of budget support to Ukraine.")).toContainEqual(expect.objectContaining({ item: "money" }));
  });
});

describe("a presidential drawdown that a sum measures is a package of arms", () => {
  it.each([
    ["President Biden authorised a $200 million presidential drawdown for Ukraine, the White House said.", 200e6],
    ["The White House announced a $125 million presidential drawdown for Kyiv.", 125e6],
    ["Washington unveiled a $300 million Presidential drawdown for Ukraine on Monday.", 300e6],
    ["The US approved its latest $150 million presidential drawdown for Ukraine.", 150e6],
  ])("%s", (page, value) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier: "USA", recipient: "UKR", item: "weapons-unspecified", unit: "usd", value }));
  });
});

describe("a part of a counted whole: 'N of the M things' counts the part, with the thing", () => {
  it.each([
    ["Denmark has handed over 12 of the 19 F-16s it committed to Ukraine.", "DNK", "UKR", "aircraft", 12],
    ["Russia has delivered three of the five S-400 squadrons India ordered in 2018.", "RUS", "IND", "air-defence-systems", 3],
    ["Germany has delivered 10 of the 18 Leopard tanks to Ukraine.", "DEU", "UKR", "armoured-vehicles", 10],
    ["Norway sent six of its 32 F-16 jets to Ukraine.", "NOR", "UKR", "aircraft", 6],
    ["France has shipped 30 of 40 Caesar howitzers to Kyiv.", "FRA", "UKR", "artillery-systems", 30],
    ["Pakistan received 4 of 8 submarines from China.", "CHN", "PAK", "naval", 4],
  ])("%s", (page, supplier, recipient, item, part) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, value: part }));
  });

  it("a part of a whole with no count of its own is as before", () => {
    expect(parties("Russia sent 300 of the rockets to Iran.")).toContainEqual(expect.objectContaining({ item: "artillery-ammunition", value: 300 }));
  });
});

describe("a state's body that halts, delays or releases a shipment gives it", () => {
  it.each([
    ["The Biden administration withheld a shipment of bombs to Israel.", "USA", "ISR", "ammunition", "denied"],
    ["The Biden administration paused a shipment of 1,800 2,000-pound bombs to Israel in May.", "USA", "ISR", "ammunition", "denied"],
    ["The Trump administration released a shipment of heavy bombs to Israel.", "USA", "ISR", "ammunition", "asserted"],
    ["The German government halted a delivery of tanks to Saudi Arabia.", "DEU", "SAU", "armoured-vehicles", "denied"],
    ["The Kremlin suspended the delivery of S-400 systems to India.", "RUS", "IND", "air-defence-systems", "denied"],
    ["The British government blocked the sale of jets to Turkey.", "GBR", "TUR", "aircraft", "denied"],
    ["The Pentagon delayed the delivery of Patriot interceptors to Ukraine.", "USA", "UKR", "missiles-other", "possible"],
  ])("%s", (page, supplier, recipient, item, certainty) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty }));
  });

  it("a body that delays a payment gives no goods", () => {
    expect(claimsOf("The Ukrainian government delayed payment for the shells.")).toEqual([]);
  });
});

describe("a state that expects to receive, or expects goods or their delivery, is a receiver, not a speaker", () => {
  it.each([
    ["Islamabad expects to receive 40 J-35 stealth fighters from Beijing.", "CHN", "PAK", "aircraft"],
    ["Pakistan expects to receive 40 jets from China.", "CHN", "PAK", "aircraft"],
    ["Pakistan expects 40 jets from China.", "CHN", "PAK", "aircraft"],
    ["Taiwan expects delivery of 29 HIMARS launchers from the United States by 2026.", "USA", "TWN", "artillery-systems"],
    ["Egypt expects to buy 24 Rafale jets from France.", "FRA", "EGY", "aircraft"],
    ["Egypt expects the first delivery of Rafale jets from France in May.", "FRA", "EGY", "aircraft"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "possible" }));
  });

  it("a state that expects another to act still speaks", () => {
    expect(claimsOf("The Pentagon expects Russia will receive more drones from Iran.")).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", certainty: "possible" }));
  });
});

describe("a share of goods named before its figure, after a noun of share, is a percent of that flow", () => {
  it.each([
    ["Russia's share of India's crude oil imports rose to 40 percent in 2023.", "RUS", "IND", "oil-fuel", 40],
    ["Russia's share of India's oil imports is 40 percent.", "RUS", "IND", "oil-fuel", 40],
    ["Russia's share of Indian arms imports fell to 36 percent.", "RUS", "IND", "weapons-unspecified", 36],
    ["China's share of Pakistan's arms imports reached 81 percent.", "CHN", "PAK", "weapons-unspecified", 81],
    ["The US share of Taiwan's arms purchases stood at about 90%.", "USA", "TWN", "weapons-unspecified", 90],
  ])("%s", (page, supplier, recipient, item, value) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, unit: "percent", value }));
  });

  it("a share of no goods is no claim", () => {
    expect(parties("Russia's share of the market rose to 40 percent.")).toEqual([]);
  });
});

describe("a quantifier floating between givers and their verb ('each', 'both', 'all') keeps every giver", () => {
  it.each([
    ["The US, Britain and France have each sent long-range missiles to Ukraine.", ["USA", "GBR", "FRA"], "missiles-other"],
    ["Norway and Denmark have both delivered F-16s to Kyiv.", ["NOR", "DNK"], "aircraft"],
    ["Poland, Slovakia and Bulgaria have all sent MiG jets to Ukraine.", ["POL", "SVK", "BGR"], "aircraft"],
    ["Spain and Italy each sent howitzers to Ukraine.", ["ESP", "ITA"], "artillery-systems"],
    ["Spain and Italy both sent howitzers to Ukraine.", ["ESP", "ITA"], "artillery-systems"],
  ])("%s", (page, suppliers, item) => {
    const claims = parties(page);
    for (const supplier of suppliers) expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item }));
  });
});

describe("a conveyance carrying goods to a receiver moves them; the goods' origin gives, not who stops it", () => {
  it.each([
    ["The Royal Navy intercepted a vessel carrying Iranian surface-to-air missiles to the Houthis in February.", "IRN", "YEM-HOUTHIS", "missiles-other"],
    ["US forces seized a dhow carrying Iranian drones to the Houthis.", "IRN", "YEM-HOUTHIS", "drones"],
    ["A dhow carrying Iranian drones to the Houthis was seized.", "IRN", "YEM-HOUTHIS", "drones"],
    ["A vessel carrying Iranian drones to the Houthis was intercepted.", "IRN", "YEM-HOUTHIS", "drones"],
    ["The French navy boarded a boat carrying Iranian rifles to Yemen's Houthis.", "IRN", "YEM-HOUTHIS", "weapons-unspecified"],
  ])("%s", (page, supplier, recipient, item) => {
    const claims = parties(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
    expect(claims.filter((c) => c.supplier === "USA" || c.supplier === "GBR" || c.supplier === "FRA")).toEqual([]);
  });

  it("a weapon that carries its warhead moves nothing", () => {
    expect(parties("The missiles carrying warheads were fired at Ukraine.")).toEqual([]);
  });
});

// Pages of the fixture the extractor does not yet read right (by their first words); every other page must stay right.
const open = [
  "The package, which the Pentagon valued at $1.2 b",
  "Under the latest package, Ukraine gets additiona",
  "Sweden's government approved its 15th support pa",
  "Australia pledged A$100 million in military aid ",
  "Italy's ninth military aid decree for Ukraine in",
  "The European Union approved a further \u20ac5 billion",
  "Ukraine got 3,000 drones from a coalition led by",
  "Ukraine has received six F-16s from the Netherla",
  "The Netherlands has completed delivery of all 24",
  "Only a handful of the F-16 jets promised by Denm",
  "Kyiv received its first Mirage 2000 fighters fro",
  "Denmark has handed over 12 of the 19 F-16s it co",
  "Norway's total contribution to Ukraine's militar",
  "Ukrainian troops have been trained on the 18 Leo",
  "Tehran continues to arm Hezbollah, Israel's mili",
  "Britain suspended 30 arms export licences to Isr",
  "The US approved the possible sale of 66 F-16V fi",
  "The first 38 Abrams tanks arrived in Taiwan in D",
  "The Pentagon notified Congress of a $385 million",
  "Russia has delivered three of the five S-400 squ",
  "The remaining two S-400 units will reach India b",
  "India signed a $5.4 billion deal with Moscow for",
  "India is now Russia's second-largest buyer of cr",
  "The RSF received Serbian-made mortar shells via ",
  "Some 1,500 Africa Corps fighters are stationed i",
  "Moscow sent armoured vehicles and artillery to B",
  "Baykar delivered two Akinci drones to Burkina Fa",
];

describe("the paraphrase-aid fixture: every page read right stays right", () => {
  const pages = readPages(new URL("../fixtures/paraphrase-aid/sentences.txt", import.meta.url).pathname);
  it.each(pages.filter((p) => !open.some((o) => p.text.startsWith(o))).map((p) => [p.text, p] as const))("%s", (_text, page) => {
    expect(faults(page)).toEqual([]);
  });
});

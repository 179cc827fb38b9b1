// Kinds of sentences that name goods and parties but tell no transfer of them, or tell it the wrong way
// (claims/untold-transfers.ts), each shown by phrasings of our own with near twins that still tell their claim:
// a trend of a flow told in general, goods carried on inside the receiving country, a general word that points
// back ("those shipments", "the new aid"), "making X a supplier", people as a works' product, a noun of paying with
// nothing paid for, a thing inside another state's role phrase, one thing named twice, what a supplied thing is
// used to make, people "from" a group, a second verb of the other way, a state whose leave is awaited, a thing word
// that describes a unit or an act, givers left unnamed, two destinations; and "taking delivery" as getting.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "precision.txt", bytes: new TextEncoder().encode(page), meta: { id: "precision", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? c.quantity?.min ?? null, evidence: c.evidence.text }));
}

type Core = { kind?: string; supplier: string | null; recipient: string | null; item: string };
const core = (c: Core) => ({ kind: c.kind ?? "transfer", supplier: c.supplier, recipient: c.recipient, item: c.item });
const untold = (page: string, c: Core) => expect(claimsOf(page)).not.toContainEqual(expect.objectContaining(core(c)));
const told = (page: string, c: Core) => expect(claimsOf(page)).toContainEqual(expect.objectContaining(core(c)));
const count = (page: string, c: Core) => claimsOf(page).filter((x) => x.kind === (c.kind ?? "transfer") && x.supplier === c.supplier && x.recipient === c.recipient && x.item === c.item).length;

describe("a change in a flow told in general, with no figure of goods, is a trend", () => {
  it.each([
    ["A Swedish institute found that arms deliveries to Kenya fell by 40 per cent last year.", "SWE", "KEN", "weapons-unspecified"],
    ["Military aid from Japan to the Philippines dropped sharply in 2023, the ministry said.", "JPN", "PHL", "weapons-unspecified"],
    ["Once the fighting started, Canada kept raising its assistance to Ukraine to levels never seen for Canadian aid.", "CAN", "UKR", "goods-unspecified"],
    ["Norway's donations of arms to Ukraine plunged after the election.", "NOR", "UKR", "weapons-unspecified"],
  ])("no claim: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it.each([
    ["Arms deliveries from France to India fell to 12 Rafale jets last year.", "FRA", "IND", "aircraft"],
    ["Military aid from Japan to the Philippines dropped to $40 million in 2023, the ministry said.", "JPN", "PHL", "weapons-unspecified"],
    ["Canada kept increasing its assistance to Ukraine, sending 40 more armoured vehicles in May.", "CAN", "UKR", "armoured-vehicles"],
  ])("a figure of goods is still told: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("goods carried on inside the receiving country are no new transfer", () => {
  const carried = (page: string, sentence: string) => expect(claimsOf(page).filter((c) => c.evidence.includes(sentence))).toEqual([]);
  it.each([
    ["Chile has received new howitzers bought from Spain. The twelve Spanish-built howitzers were transported by road to the Arica garrison on Tuesday.", "transported by road"],
    ["Norway has received new tanks purchased from Germany. The 24 German-built tanks were hauled to a Setermoen-based armoured battalion on Tuesday night.", "hauled to"],
    ["Estonia has received new howitzers bought from South Korea. The howitzers were unloaded at Paldiski on Friday. The nine Korean-built howitzers were transported to a garrison at Tapa overnight.", "garrison at Tapa"],
  ])("no claim from the carrying: %s", (page, sentence) => carried(page, sentence));

  it.each([
    ["Chile has received new howitzers bought from Spain. Twelve more howitzers were transported to Chile by Spain on Tuesday.", "ESP", "CHL", "artillery-systems"],
    ["Norway has received new tanks purchased from Germany. The 24 tanks were shipped to Norway from Germany on Tuesday.", "DEU", "NOR", "armoured-vehicles"],
  ])("carrying to a state from a giver is told: %s", (page, supplier, recipient, item) =>
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, quantity: expect.any(Number) })),
  );
});

describe("a general word that points back restates the thing the sentence named", () => {
  it.each([
    ["Iran is shipping drones to Venezuela, diplomats said, but nobody has confirmed that these shipments arrived.", "IRN", "VEN"],
    ["Belarus is sending tank shells to Russia, officials said, and such shipments have grown since spring.", "BLR", "RUS"],
    ["Hungary is quietly sending mortar rounds to Serbia by rail, and monitors have tracked those shipments for months.", "HUN", "SRB"],
  ])("no second claim: %s", (page, supplier, recipient) => untold(page, { supplier, recipient, item: "goods-unspecified" }));

  it("goods named apart are still told", () =>
    told("Hungary is quietly sending tank shells to Serbia by rail, officials said, and Budapest also shipped goods to Belgrade.", { supplier: "HUN", recipient: "SRB", item: "goods-unspecified" }));
});

describe("making a state a supplier is no making of goods", () => {
  it.each([
    ["The contract is making Turkey the main exporter of drones to Azerbaijan.", "TUR", "drones"],
    ["Those deals keep making South Korea one of the largest sellers of howitzers to Poland.", "KOR", "artillery-systems"],
    ["Cheap prices are making Iran the favourite source of drones for Venezuela, analysts said.", "IRN", "drones"],
  ])("no production: %s", (page, supplier, item) => untold(page, { kind: "production", supplier, recipient: null, item }));

  it.each([
    ["Serbian factories are making rockets for Sudan, officials said.", "SRB", "artillery-ammunition"],
    ["Turkey makes drones at a plant near Ankara and sells them to Azerbaijan.", "TUR", "drones"],
  ])("making goods is production: %s", (page, supplier, item) => told(page, { kind: "production", supplier, recipient: null, item }));
});

describe("a noun of paying with nothing paid for tells no goods", () => {
  it.each([
    ["The file examines drone trade between Iran and Syria, with Damascus's reward to Tehran.", "SYR", "IRN", "drones"],
    ["The paper tracks weapons trade between Turkey and Azerbaijan and Baku's reward to Ankara.", "TUR", "AZE", "weapons-unspecified"],
    ["The audit reviews missile trade between Iran and Venezuela and Caracas's rewards to Tehran.", "VEN", "IRN", "missiles-other"],
  ])("no claim: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it("paying for goods still tells them", () => told("Damascus paid Tehran for the drones with oil.", { supplier: "IRN", recipient: "SYR", item: "drones" }));
});

describe("a thing inside another state's role phrase is that state's to give", () => {
  it.each([
    ["Hungary buys fuel from Serbia, and the former's role as a mortar vendor is rising.", "SRB", "HUN", "artillery-systems"],
    ["Russia is helping Iran build jets, and the latter's role as a drone supplier keeps growing.", "RUS", "IRN", "drones"],
    ["Russia lends rifles to Belarus, while the latter's standing as a tank seller grows.", "RUS", "BLR", "armoured-vehicles"],
    ["Turkey sends engines to Ukraine, and the latter's reputation as a supplier of drones is rising.", "TUR", "UKR", "drones"],
  ])("no claim: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it("the holder's own role still tells", () =>
    told("Ties between Russia and Iran will deepen as the latter's role as a drone supplier grows.", { supplier: "IRN", recipient: "RUS", item: "drones" }));
});

describe("one thing named twice is one claim", () => {
  it.each([
    ["Latvia received 20 CV90 tanks, a variant of the Swedish combat vehicle family, from Sweden on Monday.", "SWE", "LVA", "armoured-vehicles", 1],
    ["Peru received 16 Stryker vehicles, a variant of the LAV III armoured vehicle, from the United States.", "USA", "PER", "armoured-vehicles", 1],
    ["Egypt received 24 Rafale jets, a version of the French Mirage fighter jet, from France.", "FRA", "EGY", "aircraft", 1],
    ["Iran has supplied Sudan's army with Mohajer-6 drones and with Ababil-3 multi-purpose UAVs, monitors say.", "IRN", "SDN", "drones", 2],
    ["The Houthis have received Arash-2 long-range UAVs from Iran, officials said.", "IRN", "YEM-HOUTHIS", "drones", 1],
  ])("%s", (page, supplier, recipient, item, n) => expect(count(page, { supplier, recipient, item })).toBe(n));

  it.each([
    ["Latvia received 20 CV90 tanks and 10 Leopard tanks from Sweden on Monday.", "SWE", "LVA", "armoured-vehicles"],
    ["Egypt received 24 Rafale jets and two Falcon business jets from France last year.", "FRA", "EGY", "aircraft"],
  ])("two things listed stay two: %s", (page, supplier, recipient, item) => expect(count(page, { supplier, recipient, item })).toBe(2));
});

describe("a general thing that points back, with no party and no giving named, retells the flow before", () => {
  it.each([
    ["The United States announced a new $500 million aid package for Taiwan. Chinese officials said the new aid would change nothing.", "USA", "TWN"],
    ["Japan approved a $300 million aid package for the Philippines. Beijing said such aid threatened regional peace.", "JPN", "PHL"],
    ["France approved a $150 million aid package for Chad. Opposition leaders said the latest aid came too late.", "FRA", "TCD"],
  ])("no second claim: %s", (page, supplier, recipient) => {
    const claims = claimsOf(page).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims).toHaveLength(1);
    expect(claims[0].quantity).not.toBeNull();
  });

  it("a verb of giving still tells", () =>
    expect(claimsOf("Britain pledged a $200 million arms package to Kenya. The weapons will be delivered next year.").filter((c) => c.supplier === "GBR" && c.recipient === "KEN")).toHaveLength(2));
});

describe("what the supplied thing is used to make is not supplied", () => {
  it.each([
    ["Brazil ships nitrate to Chile, which uses it to make explosives for mortar bombs.", "BRA", "CHL", "artillery-ammunition"],
    ["Kazakhstan sells titanium to Russia, which uses it to build fighter jets.", "KAZ", "RUS", "aircraft"],
    ["Georgia sells manganese to Turkey, which uses it to make armoured vehicles.", "GEO", "TUR", "armoured-vehicles"],
  ])("no claim: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it.each([
    ["Brazil ships nitrate and mortar bombs to Chile.", "BRA", "CHL", "artillery-ammunition"],
    ["Kazakhstan sells titanium and fighter jets to Russia.", "KAZ", "RUS", "aircraft"],
  ])("listed goods are supplied: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("people are no product of a works", () => {
  it.each([
    "Alexander Lukashenko visited a tank plant near Minsk and told workers to expand production of armoured vehicles.",
    "Alexander Lukashenko toured an ammunition plant in Gomel and urged its workers to boost production of mortar shells.",
    "Alexander Lukashenko visited a tank plant near Minsk, where workers expanded production of armoured vehicles.",
  ])("%s", (page) => {
    const claims = claimsOf(page).filter((c) => c.kind === "production");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.item)).not.toContain("workers");
  });
});

describe("taking delivery is getting: the state that takes delivery receives", () => {
  it.each([
    ["Armenia has taken delivery of Indian howitzers, officials said.", "IND", "ARM", "artillery-systems"],
    ["Peru is taking delivery of Brazilian armoured vehicles this month.", "BRA", "PER", "armoured-vehicles"],
    ["Ghana takes delivery of two Chinese patrol boats on Friday.", "CHN", "GHA", "naval"],
  ])("%s", (page, supplier, recipient, item) => {
    told(page, { supplier, recipient, item });
    untold(page, { supplier: recipient, recipient: supplier, item });
  });
});

describe("a party named only after people \"from\" it is their origin, never the receiver", () => {
  it.each([
    ["Tehran has shipped drones along with technicians from Yemen's Houthis, officials said.", "IRN", "YEM-HOUTHIS"],
    ["Iran has sent military advisers, including some operatives from Lebanon's Hezbollah, diplomats said.", "IRN", "LBN-HEZBOLLAH"],
    ["Abu Dhabi sent guards, among them fighters from the Rapid Support Forces, the panel said.", "ARE", "SDN-RSF"],
  ])("no claim: %s", (page, supplier, recipient) => expect(claimsOf(page).filter((c) => c.supplier === supplier && c.recipient === recipient)).toEqual([]));

  it.each([
    ["Iran has also provided military instructors to Lebanon's Hezbollah, officials say.", "IRN", "LBN-HEZBOLLAH", "troops"],
    ["The UAE has also supplied drones to Sudan's Rapid Support Forces, monitors say.", "ARE", "SDN-RSF", "drones"],
    ["Syria could get jets from Iran in exchange for troops, officials warned.", "SYR", "IRN", "troops"],
  ])("a receiver after \"to\", or of goods paid back, receives: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("a second verb of the other way moves its things back", () => {
  it.each([
    ["Pyongyang provided artillery to Moscow and received food in exchange.", "RUS", "PRK", "food"],
    ["Belarus sold rifles to Venezuela and got gold in return.", "VEN", "BLR", "raw-materials"],
    ["Iran shipped drones to Russia and obtained fighter jets in exchange, officials said.", "RUS", "IRN", "aircraft"],
    ["Russia bought shells from North Korea and sent food in return.", "RUS", "PRK", "food"],
  ])("%s", (page, supplier, recipient, item) => {
    told(page, { supplier, recipient, item });
    untold(page, { supplier: recipient, recipient: supplier, item });
  });

  it.each([
    ["Belarus sold rifles to Venezuela and delivered mortar bombs as well.", "BLR", "VEN", "artillery-ammunition"],
    ["Iran shipped drones to Russia and supplied shells too, officials said.", "IRN", "RUS", "artillery-ammunition"],
  ])("a second verb of the same way gives the same way: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("a state whose leave is awaited is no party", () => {
  it.each([
    ["Norway said it would give eight of its own Leopard tanks once Germany agreed.", "NOR"],
    ["Portugal said it would give four Leopard tanks once Germany approved.", "PRT"],
    ["Denmark said it would send ten Leopard tanks once Berlin agreed.", "DNK"],
    ["The Netherlands said it would hand over 18 Leopard tanks once Germany consented.", "NLD"],
  ])("no claim: %s", (page, supplier) => untold(page, { supplier, recipient: "DEU", item: "armoured-vehicles" }));

  it.each([
    ["Spain said it would send ten Leopard tanks to Ukraine once it received Germany's permission.", "ESP", "UKR"],
    ["Germany agreed to send 14 Leopard tanks to Ukraine.", "DEU", "UKR"],
    ["Germany approved the sale of 14 Leopard tanks to Spain.", "DEU", "ESP"],
  ])("the parties of the transfer stay: %s", (page, supplier, recipient) => told(page, { supplier, recipient, item: "armoured-vehicles" }));
});

describe("a thing word that only describes people, a place or an act moves nothing", () => {
  it.each([
    ["Iranian help lets Moscow sustain its artillery barrages along the front, Kyiv says.", "IRN", "RUS", "artillery-ammunition"],
    ["Chinese supplies keep Russia's drone crews flying over the front, officials said.", "CHN", "RUS", "drones"],
    ["Belarus has sent artillery crews to Russia, officials said.", "BLR", "RUS", "artillery-ammunition"],
  ])("no claim: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it("the goods sent to such a unit are told", () =>
    told("Belarus sent artillery shells to Russia's artillery units, officials said.", { supplier: "BLR", recipient: "RUS", item: "artillery-ammunition" }));
});

describe("givers left unnamed are not the state of the sentences before", () => {
  it.each([
    ["Warsaw has launched a scheme to buy shells for Ukraine. More than ten countries have contributed money to the purchases, according to Warsaw.", "POL"],
    ["The Czech government is buying shells for Ukraine. More than ten countries have contributed money to the purchases, the Czech government said.", "CZE"],
    ["Lithuania is buying drones for Ukraine. Several partner nations have also sent money to the drone purchases, Vilnius said.", "LTU"],
  ])("no claim: %s", (page, supplier) => untold(page, { supplier, recipient: "UKR", item: "money" }));

  it.each([
    ["Poland has donated money to Ukraine's shell fund, officials said.", "POL"],
    ["Lithuania is buying drones for Ukraine. Lithuania has also sent money to Ukraine, Vilnius said.", "LTU"],
  ])("a named giver gives: %s", (page, supplier) => told(page, { supplier, recipient: "UKR", item: "money" }));
});

describe("two places goods are sent to are no giver and receiver", () => {
  it.each([
    ["Since the fighting started, much of the gold that used to be exported to Switzerland has been smuggled to Turkey, the monitors said.", "TUR", "CHE"],
    ["Since the conflict began, most gold that had gone to Switzerland was being smuggled to Turkey instead, monitors said.", "TUR", "CHE"],
    ["Rifles that were earlier shipped to Chad are now sent to Niger, the report said.", "NER", "TCD"],
    ["Drones that were first sold to Armenia are now shipped to Georgia, officials said.", "GEO", "ARM"],
  ])("no claim: %s", (page, supplier, recipient) => expect(claimsOf(page).filter((c) => c.supplier === supplier && c.recipient === recipient)).toEqual([]));

  it.each([
    ["Rifles were shipped to Chad from Niger, the report said.", "NER", "TCD", "weapons-unspecified"],
    ["Turkey sent drones to Libya, officials said.", "TUR", "LBY", "drones"],
  ])("a giver named as such gives: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

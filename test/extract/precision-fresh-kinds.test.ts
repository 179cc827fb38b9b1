// Kinds of extra claims on pages we had not tuned on, each shown by phrasings of our own with near twins that must
// keep their claim: a thing word that names who speaks ("military experts say", "drone experts said"); a state's
// own goods, which move only from a giver the sentence names; things named in an aside that says what another
// thing is for or is made of ("nitrocellulose, a key ingredient in the propellant for shells"); an item word inside a
// compound joined by hyphens ("cash-and-carry"); a bare "shipments" that a report first told with its goods.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "precision-fresh.txt", bytes: new TextEncoder().encode(page), meta: { id: "precision-fresh", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? c.quantity?.min ?? null, certainty: c.certainty, evidence: c.evidence.text }));
}

type Core = { kind?: string; supplier: string | null; recipient: string | null; item: string };
const core = (c: Core) => ({ kind: c.kind ?? "transfer", supplier: c.supplier, recipient: c.recipient, item: c.item });
const untold = (page: string, c: Core) => expect(claimsOf(page)).not.toContainEqual(expect.objectContaining(core(c)));
const told = (page: string, c: Core) => expect(claimsOf(page)).toContainEqual(expect.objectContaining(core(c)));
/** Claims of one core told by a sentence that starts with `opening`. */
const toldIn = (page: string, opening: string, c: Core) => claimsOf(page).filter((x) => x.evidence.startsWith(opening) && x.kind === (c.kind ?? "transfer") && x.supplier === c.supplier && x.recipient === c.recipient && x.item === c.item);

describe("a thing word in the name of who speaks is no goods", () => {
  it.each([
    ["Iran sent drones to Russia last year.\n\nMilitary observers in Kyiv say the trade gives Russia fresh hardware.", "Military observers", "IRN", "RUS", "troops"],
    ["Iran sent drones to Russia last year.\n\nDrone analysts in Kyiv say the trade gives Moscow hard currency.", "Drone analysts", "IRN", "RUS", "drones"],
    ["Russia sent jets to Iran.\n\nMilitary advisers in Riyadh said the deal gives Tehran an edge.", "Military advisers", "SAU", "IRN", "troops"],
    ["Germany will send 14 tanks to Ukraine, military experts in Berlin said.", "Germany will", "DEU", "UKR", "troops"],
  ])("no claim of the speaker's words: %s", (page, opening, supplier, recipient, item) => expect(toldIn(page, opening, { supplier, recipient, item })).toEqual([]));

  it.each([
    ["Russia sent military experts to Mali, officials in Bamako said.", "RUS", "MLI", "troops"],
    ["Russia has sent military instructors to Niger, a spokesman in Niamey said.", "RUS", "NER", "troops"],
    ["Germany will send tanks to Ukraine, officials said.", "DEU", "UKR", "armoured-vehicles"],
  ])("goods the speaker tells of are still told: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("a state's own goods move only from a giver the sentence names", () => {
  it.each([
    ["Iran sent drones to Russia last year.\n\nAnalysts say the war gives Tehran something it could not buy elsewhere: battlefield data on its own drones.", "Analysts", "RUS", "IRN", "drones"],
    ["Russia bought shells from North Korea.\n\nThe trade gives Russia more time to rebuild its own ammunition stocks.", "The trade", "PRK", "RUS", "ammunition"],
    ["Iran has sold drones to Russia.\n\nThe deal gives Moscow a chance to keep its own missiles for later.", "The deal", "IRN", "RUS", "missiles-other"],
  ])("no claim of the owner's goods: %s", (page, opening, supplier, recipient, item) => expect(toldIn(page, opening, { supplier, recipient, item })).toEqual([]));

  it.each([
    ["Poland said it would send its own tanks to Ukraine.", "POL", "UKR", "armoured-vehicles"],
    ["Poland will send 14 of its own Leopards to Ukraine.", "POL", "UKR", "armoured-vehicles"],
    ["Russia has shipped its own air defence systems to Syria, officials said.", "RUS", "SYR", "air-defence-systems"],
  ])("a named giver's own goods still move: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("things named in an aside that describes another thing are no goods", () => {
  it.each([
    ["China sold Russia nitrocellulose, a chemical used in the propellant for artillery shells.", "CHN", "RUS", "artillery-ammunition"],
    ["Japan shipped Taiwan carbon fibre, a material used in the hulls of attack drones.", "JPN", "TWN", "drones"],
    ["Sweden sent Ukraine 50 CV90 vehicles, which carry a 40mm cannon and anti-tank missiles.", "SWE", "UKR", "missiles-other"],
    ["Germany delivered to Ukraine 30 Gepard systems, which mount twin guns on a tank chassis.", "DEU", "UKR", "artillery-systems"],
  ])("no claim of what the aside names: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it.each([
    ["Russia delivered 20 tanks to Belarus, a batch of howitzers and drones.", "RUS", "BLR", "artillery-systems"],
    ["North Korea sent 5,000 containers to Russia, which were carrying artillery shells.", "PRK", "RUS", "artillery-ammunition"],
    ["Czechia sent Ukraine a second lot, which holds 200,000 shells.", "CZE", "UKR", "artillery-ammunition"],
    ["Iran sent drones to Russia, which also received spare parts from China.", "CHN", "RUS", "raw-materials"],
  ])("a list, a load or a flow of its own is still told: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("an item word inside a compound joined by hyphens names no goods", () => {
  it.each([
    ["North Korea sends Russia shells.\n\nThe trade has moved from cash-and-carry to an alliance, with Russia paying in other kinds of support.", "The trade", "PRK", "RUS", "money"],
    ["Iran supplies the Houthis with drones.\n\nThe parts-and-assembly approach makes the supply chain hard to trace.", "The parts", "IRN", "YEM-HOUTHIS", "raw-materials"],
    ["Russia supplies Belarus with tanks.\n\nMoscow has long run a guns-and-butter deal with Minsk, sending it cheap gas as well.", "Moscow", "RUS", "BLR", "artillery-systems"],
  ])("no claim of the compound: %s", (page, opening, supplier, recipient, item) => expect(toldIn(page, opening, { supplier, recipient, item })).toEqual([]));

  it.each([
    ["Russia paid North Korea in cash and oil for shells.", "RUS", "PRK", "money"],
    ["Iran sends the Houthis spare parts and drones.", "IRN", "YEM-HOUTHIS", "raw-materials"],
    ["Russia sends Belarus arms and fuel.", "RUS", "BLR", "weapons-unspecified"],
  ])("goods listed with 'and' are still told: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("a bare noun of conveying names the goods a report first told with it", () => {
  it.each([
    ["Germany has paused some tank shipments to Ukraine, officials said.\n\nA government spokesman confirmed that shipments to Ukraine had been held up.", "A government", "DEU", "UKR", "armoured-vehicles"],
    ["Qatar raised its fuel supplies to Italy in May.\n\nIts supplies to Italy will rise again next year, Doha said.", "Its supplies", "QAT", "ITA", "oil-fuel"],
    ["Norway stepped up its arms shipments to Ukraine.\n\nOslo said shipments to Ukraine would go on until spring.", "Oslo said", "NOR", "UKR", "weapons-unspecified"],
  ])("the goods told before: %s", (page, opening, supplier, recipient, item) => {
    expect(toldIn(page, opening, { supplier, recipient, item: "goods-unspecified" })).toEqual([]);
    expect(toldIn(page, opening, { supplier, recipient, item }).length).toBeGreaterThan(0);
  });

  it.each([
    ["Turkey sent shipments to Ukraine, officials said.", "TUR", "UKR", "goods-unspecified"],
    ["Germany has paused some tank shipments to Ukraine.\n\nGrain shipments from Ukraine to Germany continued.", "UKR", "DEU", "food"],
  ])("a noun of conveying told first, or with goods of its own, keeps its goods: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

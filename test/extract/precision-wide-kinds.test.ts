// Kinds of extra claims on pages nobody here had read, each shown by phrasings of our own with near twins that
// must keep their claim: an item word that only names what has a price or what a store keeps ("steel prices",
// "drone warehouses"); a bare lead in the outlet's own voice that the body tells again with a figure and a state's source; a headline's round
// words ("thousands of containers") for the exact figure the body credits to a body of the same state; states and
// figures listed with "respectively", paired in order instead of every state given the last figure; the price of a
// deal, which measures the goods the deal moves however far on, not money, and "arms exporter", a firm's role; a
// thing word that names what works make ("arms factories") beside the goods a sentence moves; a headline's bare
// "missiles" over a body that names one family of missile; a works' output read also as goods moved to the state
// whose design it copies.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "precision-wide.txt", bytes: new TextEncoder().encode(page), meta: { id: "precision-wide", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? c.quantity?.min ?? null, certainty: c.certainty, evidence: c.evidence.text }));
}

type Core = { kind?: string; supplier: string | null; recipient: string | null; item: string };
const core = (c: Core) => ({ kind: c.kind ?? "transfer", supplier: c.supplier, recipient: c.recipient, item: c.item });
const untold = (page: string, c: Core) => expect(claimsOf(page)).not.toContainEqual(expect.objectContaining(core(c)));
const told = (page: string, c: Core) => expect(claimsOf(page)).toContainEqual(expect.objectContaining(core(c)));

describe("an item word before a noun of prices or stores names no goods", () => {
  it.each([
    ["Poland sent tanks to Ukraine last week as steel prices climbed.", "POL", "UKR", "raw-materials"],
    ["Norway shipped rifles to Estonia from its drone warehouses near Oslo.", "NOR", "EST", "drones"],
    ["Slovakia handed jets to Ukraine, and its ammunition warehouses stood nearly empty.", "SVK", "UKR", "ammunition"],
  ])("no claim of the price or the store: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it.each([
    ["Russia shipped grain to Egypt at lower prices, the ministry said.", "RUS", "EGY", "food"],
    ["Germany sent ammunition from its depots to Ukraine in March.", "DEU", "UKR", "ammunition"],
    ["Bulgaria delivered shells to Ukraine from warehouses near Sofia.", "BGR", "UKR", "artillery-ammunition"],
    ["Germany delivered howitzers to Lithuania on Monday, drawing on its ammunition depots in Bavaria.", "DEU", "LTU", "artillery-systems"],
  ])("goods that move are still told: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("a bare lead in the outlet's voice sums up the claim the body tells with a figure", () => {
  const lead = (page: string, sentence: string) => claimsOf(page).filter((c) => c.evidence.startsWith(sentence));
  it.each([
    ["Paris sends more guns to Kyiv\n\nAfter weeks of debate, France has agreed to equip Ukraine with more modern howitzers.\n\nFrance will deliver 12 Caesar howitzers to Ukraine by the summer, the French defence ministry said on Tuesday.", "After weeks"],
    ["Oslo steps up drone buying\n\nOslo is set to buy more drones for Kyiv, though officials admit the first deliveries are months away.\n\nNorway will buy 200 drones for Ukraine this year, the Norwegian defence ministry said.", "Oslo is set"],
    ["Madrid to hand Kyiv more missiles\n\nSpain has finally agreed to hand Ukraine more air defence missiles, ending months of hesitation.\n\nSpain will send 20 Aspide missiles to Ukraine, Spanish Defence Minister Margarita Robles said on Monday.", "Spain has finally"],
  ])("no claim of the lead: %s", (page, sentence) => expect(lead(page, sentence)).toEqual([]));

  it.each([
    // Another thing than the body counts.
    ["Paris sends more guns to Kyiv\n\nAfter weeks of debate, France has agreed to equip Ukraine with more tanks.\n\nFrance will deliver 12 Caesar howitzers to Ukraine by the summer, the French defence ministry said on Tuesday.", "After weeks"],
    // A body figure credited to no state's source.
    ["Oslo steps up drone buying\n\nOslo's drive to buy drones for Kyiv is picking up pace.\n\nNorway will buy 200 drones for Ukraine this year, the newspaper reported.", "Oslo's drive"],
    // A lead told as done, a body told as planned.
    ["Madrid to hand Kyiv more missiles\n\nSpain has sent air defence missiles to Ukraine before.\n\nSpain will send 20 Aspide missiles to Ukraine, Spanish Defence Minister Margarita Robles said on Monday.", "Spain has sent"],
    // Not the lead: a later paragraph in the outlet's voice.
    ["Madrid to hand Kyiv more missiles\n\nSpain will send 20 Aspide missiles to Ukraine, Spanish Defence Minister Margarita Robles said on Monday.\n\nSpain has finally agreed to hand Ukraine more air defence missiles, ending months of hesitation.", "Spain has finally"],
  ])("the lead's claim is kept: %s", (page, sentence) => expect(lead(page, sentence).length).toBeGreaterThan(0));
});

describe("a headline's round words retell the exact figure the body gives", () => {
  const count = (page: string, c: Core) => claimsOf(page).filter((x) => x.kind === (c.kind ?? "transfer") && x.supplier === c.supplier && x.recipient === c.recipient && x.item === c.item).length;
  it.each([
    ["Tokyo says Beijing has shipped hundreds of drones to Moscow\n\nChina has sent about 450 drones to Russia since March, Japan's defence minister said on Friday.", "CHN", "RUS", "drones"],
    ["Kyiv says Minsk has sent thousands of shells to Moscow\n\nBelarus has sent about 4,500 artillery shells to Russia since May, Ukraine's military intelligence said on Monday.", "BLR", "RUS", "artillery-ammunition"],
    ["Seoul says Hanoi has bought hundreds of howitzers from Pyongyang\n\nVietnam has bought some 240 howitzers from North Korea, South Korea's spy agency said on Monday.", "PRK", "VNM", "artillery-systems"],
    ["Kyiv says Tehran has shipped thousands of containers to Moscow\n\nIran has shipped around 3,200 containers of ammunition to Russia since the summer, Ukraine's military intelligence said.", "IRN", "RUS", null],
  ])("one claim: %s", (page, supplier, recipient, item) => {
    const all = claimsOf(page).filter((c) => c.supplier === supplier && c.recipient === recipient && (item === null || c.item === item));
    expect(all).toHaveLength(1);
  });

  it.each([
    // Round words that cannot hold the body's figure.
    ["Warsaw says Minsk has sent thousands of shells to Moscow\n\nBelarus has delivered some 450 artillery shells to Russia this year, Poland's defence minister said on Monday.", "BLR", "RUS", "artillery-ammunition"],
    // Not a headline: a minister's round words and his government's count are two claims.
    ["Japan's defence minister said China had sent hundreds of drones to Russia. The Japanese government counts 450 drones sent by China to Russia since March.", "CHN", "RUS", "drones"],
  ])("two claims: %s", (page, supplier, recipient, item) => expect(count(page, { supplier, recipient, item })).toBe(2));
});

describe("states and figures listed with 'respectively' pair in order", () => {
  const flows = (page: string) => claimsOf(page).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity}`).sort();
  it.each([
    ["Poland and Norway sent 20 and 12 tanks to Ukraine, respectively.", ["NOR>UKR armoured-vehicles 12", "POL>UKR armoured-vehicles 20"]],
    ["Last year Germany and France delivered 40 and 18 howitzers to Ukraine respectively, the ministry said.", ["DEU>UKR artillery-systems 40", "FRA>UKR artillery-systems 18"]],
    ["Spain and Italy supplied Ukraine with 6 and 4 air defence systems, respectively.", ["ESP>UKR air-defence-systems 6", "ITA>UKR air-defence-systems 4"]],
    ["Indian rice exports to Vietnam and the Philippines were worth $98 million and $17 million, respectively.", ["IND>PHL food 17000000", "IND>VNM food 98000000"]],
    ["Germany sent 30 and 14 tanks to Poland and Lithuania, respectively.", ["DEU>LTU armoured-vehicles 14", "DEU>POL armoured-vehicles 30"]],
  ])("each state its own figure: %s", (page, expected) => expect(flows(page)).toEqual(expected));

  it.each([
    // No "respectively": two givers of one whole count.
    ["Spain and Portugal will send 40 tanks to Ukraine.", ["ESP>UKR armoured-vehicles 40", "PRT>UKR armoured-vehicles 40"]],
    // As many states as figures on neither side: nothing is paired, every giver keeps the count read as before.
    ["Spain, Italy and Greece sent 6 and 4 air defence systems to Ukraine, respectively.", ["ESP>UKR air-defence-systems 4", "GRC>UKR air-defence-systems 4", "ITA>UKR air-defence-systems 4"]],
  ])("nothing paired: %s", (page, expected) => expect(flows(page)).toEqual(expected));
});

describe("a deal's price measures the goods the deal moves; an 'arms exporter' is a role, not goods", () => {
  const priced = (page: string) => claimsOf(page).filter((c) => (c.quantity ?? 0) >= 1_000_000).map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
  it.each([
    ["Greece agreed a $3 billion contract in March under which the French yard at Lorient is to build and then deliver three frigates to Athens.", "FRA>GRC naval"],
    ["A $900 million deal signed with Seoul in the autumn of last year commits Hanwha to ship 48 howitzers to Norway.", "KOR>NOR artillery-systems"],
    ["Brazil signed a $700 million agreement last week in which the Swedish manufacturer Saab undertook to supply Brasilia with eight more fighter jets.", "SWE>BRA aircraft"],
    ["Under a $2 billion contract signed in May, China's state arms exporter Norinco will deliver 40 tanks to Bangladesh over three years.", "CHN>BGD armoured-vehicles"],
    ["A $600 million deal lets the Turkish weapons exporter Baykar ship 20 drones to Kenya.", "TUR>KEN drones"],
    ["Serbia's arms exporters will deliver 30 mortars worth $12 million to Cyprus, the ministry said.", "SRB>CYP artillery-systems"],
  ])("the price is of the goods: %s", (page, flow) => expect(priced(page)).toEqual([flow]));

  it.each([
    // A state's role as an exporter beside goods it sells: the goods are told.
    ["Russia, the world's second-largest arms exporter, sells weapons to Algeria.", "RUS", "DZA", "weapons-unspecified"],
    // A sum paid is money.
    ["Norway will pay $80 million to Ukraine this year.", "NOR", "UKR", "money"],
    // A price next to its goods, as before.
    ["Poland placed a $4 billion order with South Korea, which is to ship 180 tanks to Warsaw by 2027.", "KOR", "POL", "armoured-vehicles"],
  ])("still told: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("a thing word naming what works make only qualifies them, beside the goods a sentence moves", () => {
  it.each([
    ["China sells Russia the microchips it needs to keep its arms factories busy, the minister said.", "CHN", "RUS", "weapons-unspecified"],
    ["Iran ships the engines that power Russia's drone plant in Tatarstan, officials say.", "IRN", "RUS", "drones"],
    ["Belarus supplies Russia with the steel its tank works in Omsk depend on.", "BLR", "RUS", "armoured-vehicles"],
    ["Serbia supplies shells from its arms factories to Ukraine.", "SRB", "UKR", "weapons-unspecified"],
  ])("no claim of the works' product: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it.each([
    // The works' product is the only goods word: it is what moves.
    ["North Korea's munitions factories are running at full capacity to supply Russia, the minister said.", "PRK", "RUS", "ammunition"],
    // Goods named on their own beside a works named after them.
    ["Iran sent drones to Russia and helped build a drone plant in Tatarstan.", "IRN", "RUS", "drones"],
    ["Serbia supplies shells from its arms factories to Ukraine.", "SRB", "UKR", "artillery-ammunition"],
    ["China sells Russia the microchips it needs to keep its arms factories busy, the minister said.", "CHN", "RUS", "dual-use-goods"],
  ])("still told: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

describe("a headline's bare 'missiles' is the one family its body names", () => {
  it.each([
    ["Kyiv: North Korean missiles sent to Russia\n\nNorth Korea has sent KN-23 ballistic missiles to Russia, Ukraine's intelligence chief said on Friday.", "PRK", "RUS"],
    ["Seoul says Pyongyang missiles shipped to Moscow\n\nNorth Korea has shipped ballistic missiles to Russia by rail, South Korea's defence ministry said.", "PRK", "RUS"],
    ["Iranian missiles delivered to Russia, officials say\n\nTehran has handed Moscow Fath-360 ballistic missiles, Western officials said on Monday.", "IRN", "RUS"],
    ["Minsk ships missiles to Moscow, Kyiv says\n\nBelarus has shipped Iskander ballistic missiles to Russia, Ukraine's foreign minister said.", "BLR", "RUS"],
  ])("no other family: %s", (page, supplier, recipient) => {
    untold(page, { supplier, recipient, item: "missiles-other" });
    told(page, { supplier, recipient, item: "ballistic-missiles" });
  });

  it.each([
    // In the body, a bare "missiles" listed with other things needs more than one mention of a family.
    ["Belarus helps Russia\n\nBelarus has helped Russia build ballistic missiles. Russia also received missiles, tanks and aircraft from Belarus, officials said.", "BLR", "RUS"],
    // A body that names both families leaves the headline's word as it is.
    ["Norway sends missiles to Ukraine\n\nNorway has sent cruise missiles and ballistic missiles to Ukraine, the ministry said.", "NOR", "UKR"],
  ])("the bare word stays: %s", (page, supplier, recipient) => told(page, { supplier, recipient, item: "missiles-other" }));
});

describe("a figure a works puts out is its output, not also goods moved", () => {
  const moved = (page: string) => claimsOf(page).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity}`);
  it.each([
    ["The Kazan plant now turns out dozens of tanks a month, a Russian-built copy of Iran's design."],
    ["The Yelabuga factory churns out some 300 drones a month, a Russian-built version of Iran's Shahed."],
    ["Every month the Omsk works produces about 20 tanks, Russian-built copies of a Chinese model."],
  ])("production only: %s", (page) => {
    expect(moved(page)).toEqual([]);
    expect(claimsOf(page).some((c) => c.kind === "production")).toBe(true);
  });

  it.each([
    ["North Korea's factories produce 2 million shells a year, and Pyongyang shipped 1 million shells to Russia.", ["PRK>RUS artillery-ammunition 1000000"]],
    ["Russia's plant in Tatarstan turns out 300 drones a month and has shipped 100 drones to Iran.", ["RUS>IRN drones 100"]],
  ])("a figure shipped is still moved: %s", (page, expected) => expect(moved(page)).toEqual(expected));
});

// Shapes of aid told in phrasings of our own: a state still weighing whether to give, a gapped further giver after a
// receiver named as first object, money disbursed as military aid, a hold on goods lifted.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const parties = (page: string) => claimsOf(page).map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty, unit: c.quantity?.unit ?? null, value: c.quantity?.value ?? null }));

describe("a state that weighs, debates or has not decided whether to give plans it: possible", () => {
  it.each([
    ["Finland is weighing whether to deliver howitzers to Kyiv.", "FIN", "artillery-systems"],
    ["Germany is debating whether to supply long-range cruise missiles to Ukraine.", "DEU", "missiles-other"],
    ["Norway is mulling whether to give more F-16 jets to Ukraine.", "NOR", "aircraft"],
    ["Spain has not yet decided whether to ship tanks to Kyiv.", "ESP", "armoured-vehicles"],
  ])("%s", (page, supplier, item) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier, recipient: "UKR", item, certainty: "possible" }));
  });
});

describe("a gapped further giver after a receiver named as first object gives its own count, and receives nothing", () => {
  it.each([
    ["Latvia promised Kyiv 30 drones, Lithuania 25.", "LVA", "LTU", "drones", 30, 25],
    ["Germany pledged Ukraine 16 howitzers, France 12.", "DEU", "FRA", "artillery-systems", 16, 12],
    ["Canada gave Ukraine 40 armoured vehicles, and Norway 9.", "CAN", "NOR", "armoured-vehicles", 40, 9],
    ["Belgium offered Kyiv 12 jets, Denmark 8.", "BEL", "DNK", "aircraft", 12, 8],
  ])("%s", (page, first, second, item, one, two) => {
    const claims = parties(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier: first, recipient: "UKR", item, value: one }));
    expect(claims).toContainEqual(expect.objectContaining({ supplier: second, recipient: "UKR", item, value: two }));
    expect(claims.filter((c) => c.recipient === second)).toEqual([]);
  });

  it("a third giver after 'and' is in the list too", () => {
    const claims = parties("Poland promised Kyiv 22 tanks, Sweden 14 and Finland 5.");
    expect(claims).toContainEqual(expect.objectContaining({ supplier: "FIN", recipient: "UKR", value: 5 }));
    expect(claims.filter((c) => c.recipient === "FIN" || c.recipient === "SWE")).toEqual([]);
  });
});

describe("the European Union that disburses, allocates or earmarks military aid gives it as a body", () => {
  it.each([
    ["The EU has disbursed 4 billion euros in military aid to Kyiv.", 4e9],
    ["The European Union disbursed €1.5 billion of military support to Ukraine.", 1.5e9],
    ["The EU allocated 3 billion euros in military assistance to Ukraine.", 3e9],
    ["The EU earmarked €2 billion in military aid for Kyiv.", 2e9],
  ])("%s", (page, value) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier: "EU", recipient: "UKR", item: "weapons-unspecified", unit: "eur", value }));
  });

  it("a state that disburses military aid gives it too", () => {
    expect(parties("Sweden disbursed SEK 2 billion in military aid to Ukraine.")).toContainEqual(expect.objectContaining({ supplier: "SWE", recipient: "UKR", item: "weapons-unspecified" }));
  });
});

describe("a state that lifts its hold on goods for a receiver lets them go: the transfer goes ahead", () => {
  it.each([
    ["The US lifted the hold on heavy bombs for Israel.", "USA", "ISR", "ammunition"],
    ["Britain ended its freeze on cruise missiles for Ukraine.", "GBR", "UKR", "missiles-other"],
    ["Washington removed the pause on artillery shells to Israel.", "USA", "ISR", "artillery-ammunition"],
    ["Germany released the hold on Leopard tanks for Kyiv.", "DEU", "UKR", "armoured-vehicles"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "asserted" }));
  });

  it("a hold put on goods moves nothing", () => {
    expect(parties("The US put a hold on heavy bombs for Israel.").filter((c) => c.certainty === "asserted")).toEqual([]);
  });
});

describe("a state that expects goods from another receives them (possible), and does not speak", () => {
  it.each([
    ["Egypt expects the first Rafale jets from France to arrive in 2026.", "FRA", "EGY", "aircraft"],
    ["Poland expects new Abrams tanks from the United States next year.", "USA", "POL", "armoured-vehicles"],
    ["India expects the remaining S-400 squadrons from Russia by 2026.", "RUS", "IND", "air-defence-systems"],
    ["Qatar expects more Patriot launchers from Washington this year.", "USA", "QAT", "air-defence-systems"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "possible" }));
  });

  it("a speaker that expects another to receive still speaks", () => {
    expect(claimsOf("Seoul expects Russia will get more shells from North Korea.")).toContainEqual(expect.objectContaining({ supplier: "PRK", recipient: "RUS", source: expect.objectContaining({ country: "KOR" }) }));
  });
});

describe("a state's body that says 'it' expects or will receive goods speaks of its own state as the receiver", () => {
  it.each([
    ["Taiwan's navy said it expects 4 frigates from the United States.", "USA", "TWN", "naval"],
    ["The Polish defence ministry said it will receive 96 Apache helicopters from the US.", "USA", "POL", "aircraft"],
    ["Egypt's air force said it expects delivery of 30 Rafale jets from France by 2026.", "FRA", "EGY", "aircraft"],
    ["The Indian army said on Monday that it would receive six howitzers from France.", "FRA", "IND", "artillery-systems"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "possible" }));
  });
});

describe("whom a state's leader or body thanks for goods gave them to that state", () => {
  it.each([
    ["Ukraine's president thanked Germany for the Patriot systems.", "DEU", "UKR", "air-defence-systems"],
    ["Ukraine's defence ministry thanked Sweden for the howitzers.", "SWE", "UKR", "artillery-systems"],
    ["Israel's prime minister thanked the US for the interceptors.", "USA", "ISR", "missiles-other"],
    ["Taiwan's defence ministry thanked Washington for the jets.", "USA", "TWN", "aircraft"],
    ["The Polish army thanked South Korea for the tanks.", "KOR", "POL", "armoured-vehicles"],
    ["Ukraine's prime minister thanked Canada for the armoured vehicles.", "CAN", "UKR", "armoured-vehicles"],
    ["The Ukrainian foreign ministry thanked Lithuania for the drones.", "LTU", "UKR", "drones"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(parties(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });
});

describe("a rate after the sum's 'in' or 'of' complement rates the sum", () => {
  it.each([
    ["Washington gives Israel $3.3 billion in military aid every year.", "USA", "ISR", "usd", 3.3e9],
    ["Germany gives Ukraine €5 billion in military support a year.", "DEU", "UKR", "eur", 5e9],
    ["Japan sends $200 million in budget support to Ukraine annually.", "JPN", "UKR", "usd", 2e8],
    ["Britain provides Ukraine £3 billion in military assistance per year.", "GBR", "UKR", "gbp", 3e9],
  ])("%s", (page, supplier, recipient, unit, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity: expect.objectContaining({ unit, value, per: "year" }) }));
  });
});

// Items once read from the wrong word, each kind shown by phrasings of our own: a modifier taken for the thing
// ("air-defence" in "air-defence missiles"), a count of pieces of a weapon ("pieces of artillery" are guns,
// not shells), a name of a missile family ("surface-to-surface missiles" are ballistic), and materials for
// arms making (propellant and its stuff are raw materials, not dual-use goods).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "items.txt", bytes: Buffer.from(text), meta: { id: "items", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const items = (text: string) => claimsOf(`${text}\n`).filter((c) => c.kind === "transfer").map((c) => c.item);

describe("an air-defence missile is a missile, not an air-defence system", () => {
  it.each([
    "Norway will send Ukraine a batch of air-defence missiles next month.",
    "The Dutch shipment to Kyiv held forty Mistral air defence missiles.",
    "Spain delivered air-defense interceptors to Estonia in June.",
  ])("%s", (text) => {
    expect(items(text)).toContain("missiles-other");
    expect(items(text)).not.toContain("air-defence-systems");
  });
});

describe("pieces of artillery are guns", () => {
  it.each([
    ["Belarus handed about 150 pieces of heavy artillery to Russia last year.", 150],
    ["Romania sent Moldova twelve pieces of field artillery.", 12],
    ["Officials said Slovakia had shipped 40 pieces of artillery to Kyiv.", 40],
  ])("%s", (text, count) => {
    const guns = claimsOf(`${text}\n`).filter((c) => c.kind === "transfer" && c.item === "artillery-systems");
    expect(guns.map((c) => [c.quantity?.value, c.quantity?.unit])).toContainEqual([count, "systems"]);
  });
});

describe("surface-to-surface missiles are ballistic missiles", () => {
  it.each([
    "Kazakhstan plans to ship surface-to-surface missiles to Armenia, officials said.",
    "Belarus received a dozen surface-to-surface missiles from Russia in May.",
    "Pakistan is said to have sold a surface-to-surface missile to Saudi Arabia.",
  ])("%s", (text) => {
    expect(items(text)).toContain("ballistic-missiles");
    expect(items(text)).not.toContain("missiles-other");
  });
});

describe("stuff for making propellant is a raw material", () => {
  it.each([
    "India also sells nitrocellulose to Vietnam for its shell plants.",
    "Turkey shipped 300 tonnes of nitrocellulose to Azerbaijan in March.",
    "Serbia supplied rocket propellant to Egypt last year.",
  ])("%s", (text) => {
    expect(items(text)).toContain("raw-materials");
    expect(items(text)).not.toContain("dual-use-goods");
  });
});

describe("a definite bare word points back to the last thing of its family the page named", () => {
  it.each([
    ["Officials say Belarus has shipped short-range ballistic missiles to Russia.\n\nRussia received the missiles in March, a spokesman added.", "ballistic-missiles"],
    ["Egypt is accused of selling medium-range ballistic missiles to Libya.\n\nLibya received these missiles in May, the defence ministry in Tripoli said.", "ballistic-missiles"],
    ["Romania sent 155mm artillery shells to Moldova in April.\n\nMoldova received the ammunition within days, its army said.", "artillery-ammunition"],
    ["Serbia sold 120mm mortar shells to Egypt, the report said.\n\nEgypt paid for the munitions in cash, a broker added.", "artillery-ammunition"],
  ])("%s", (text, item) => {
    const second = claimsOf(`${text}\n`).filter((c) => c.kind === "transfer" && c.evidence.text.includes(text.split("\n\n")[1].slice(0, 30)));
    expect(second.map((c) => c.item)).toContain(item);
  });

  it.each([
    // Not definite: a bare plural names no thing named before.
    "Officials say Belarus has shipped short-range ballistic missiles to Russia.\n\nHungary also sold missiles to Serbia in March.",
  ])("no pointing back: %s", (text) => {
    const second = claimsOf(`${text}\n`).filter((c) => c.kind === "transfer" && c.supplier === "HUN");
    expect(second.map((c) => c.item)).toEqual(["missiles-other"]);
  });
});

describe("a definite word for a sum, beside a thing named, is no thing moved of its own", () => {
  it.each([
    "Canada then announced a $300 million drone package for Kyiv, paid for out of the fresh money.",
    "Spain will ship 20,000 shells to Ukraine once the funds are approved, a minister said.",
    "Japan sent Ukraine 60 armoured vehicles, the first delivery to use the cash pledged in Berlin.",
  ])("%s", (text) => {
    const got = items(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got).not.toContain("money");
  });

  it("a sum named alone stays money", () => {
    expect(items("Russia moved the money to Iran through a bank in Dubai.")).toContain("money");
  });
});

describe("a works' trade word gives way to the product the clause names", () => {
  const made = (text: string) => claimsOf(`${text}\n`).filter((c) => c.kind === "production").map((c) => c.item);
  it.each([
    ["Iran steps up arms output\n\nIran's defence minister visited several munitions factories this week and urged workers to expand output of mortar shells, IRNA reported.", "artillery-ammunition", "ammunition"],
    ["Belarus boosts its defence industry\n\nLukashenko visited the munitions plants of Belarus on Friday and urged staff to boost production of artillery rockets, BelTA said.", "artillery-ammunition", "ammunition"],
    ["Russia speeds up its arms industry\n\nRussia's deputy premier toured several munitions factories this month and told workers to expand output of 122mm rounds, TASS reported.", "artillery-ammunition", "ammunition"],
  ])("%s", (text, head, trade) => {
    expect(made(text)).toContain(head);
    expect(made(text)).not.toContain(trade);
  });
});

describe("'the production' with no product named points back to the thing made named before", () => {
  const made = (text: string) => claimsOf(`${text}\n`).filter((c) => c.kind === "production").map((c) => c.item);
  it.each([
    ["Footage from a plant near Isfahan shows the assembly of Shahed drones in Iran.\n\nIranian media say the production there has doubled since May.", "drones"],
    ["Turkey's Baykar showed off its new assembly line for TB2 drones in Turkey.\n\nTurkish officials said the output had tripled this year.", "drones"],
    ["Reporters were shown crates of 155mm shells at a site in Poland.\n\nPolish officials say the production there has doubled since 2022.", "artillery-ammunition"],
  ])("%s", (text, item) => {
    expect(made(text)).toContain(item);
    expect(made(text)).not.toContain("weapons-unspecified");
  });
});

describe("after goods, 'and other' goods are a thing of their own", () => {
  it.each([
    ["Belarus has been sending fuel and other necessities to Russia, the minister said.", "oil-fuel"],
    ["Kazakhstan delivered grain and other supplies to Afghanistan in May.", "food"],
    ["Hungary shipped steel and other commodities to Serbia last year.", "raw-materials"],
  ])("%s", (text, first) => {
    expect(items(text)).toContain(first);
    expect(items(text)).toContain("goods-unspecified");
  });

  it("after weapons, 'other supplies' still name them again", () => {
    expect(items("Poland sent shells and other supplies to Ukraine.")).not.toContain("goods-unspecified");
  });
});

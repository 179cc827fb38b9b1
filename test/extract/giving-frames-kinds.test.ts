// Verb frames of giving, each shown by phrasings of our own: "hand" as a verb of giving ("handed the howitzers to
// Chile", "is to hand Peru a radar"), "promise" with goods as its object ("promised Chile a million rounds", a promise
// is a future transfer), leave granted is no goods ("gave Poland permission to re-export"), the things of a
// licensed line (blueprints, kits, teams of engineers), troops named by their trade (deminers, military builders),
// and the value of a state's military support ("is worth EUR 2bn": the support, not money).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "giving.txt", bytes: new TextEncoder().encode(page), meta: { id: "giving", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty, unit: c.quantity?.unit ?? null, value: c.quantity?.value ?? null }));
}

describe("'hand' is a verb of giving, without 'over'", () => {
  it.each([
    ["Spain handed twelve howitzers to Morocco last week.", "ESP", "MAR", "artillery-systems"],
    ["Norway has handed Estonia two radar-guided air defence systems.", "NOR", "EST", "air-defence-systems"],
    ["Chile is to hand Peru four frigates from its fleet, the navy said.", "CHL", "PER", "naval"],
    ["Brazil will hand Bolivia forty armoured vehicles next year.", "BRA", "BOL", "armoured-vehicles"],
    ["Handing the tanks to Latvia, Finland kept its older guns.", "FIN", "LVA", "armoured-vehicles"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });

  it.each([
    "On the other hand, Spain has howitzers of its own and Morocco has none.",
    "A court in Spain handed down a sentence to the smugglers of rifles from Morocco.",
    "The howitzers of Spain are close at hand for Morocco's army, officials in Rabat said.",
  ])("no transfer: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.kind === "transfer")).toEqual([]);
  });
});

describe("a promise of goods is a possible transfer", () => {
  it.each([
    ["Spain promised Chile a million rounds of ammunition in May.", "ESP", "CHL", "ammunition"],
    ["The European Union has promised Moldova fresh artillery shells.", "EU", "MDA", "artillery-ammunition"],
    ["The EU offered Georgia 5,000 artillery shells.", "EU", "GEO", "artillery-ammunition"],
    ["Italy promises Albania six patrol boats under the new pact.", "ITA", "ALB", "naval"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item, certainty: "possible" }));
  });

  it.each([
    "Spain promised that Chile would be safe from attack.",
    "Italy promised Albania a swift answer on its bid to join the union.",
  ])("no transfer: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.kind === "transfer")).toEqual([]);
  });
});

describe("leave granted is no goods", () => {
  it.each([
    "Spain will send Peru two frigates, the minister said. The cabinet also gave partner states permission to re-export their Spanish-built boats.",
    "Norway sold Chile two frigates. Oslo granted other navies approval to sell their Norwegian-built boats.",
  ])("only the transfer before: %s", (page) => {
    const transfers = claimsOf(page).filter((c) => c.kind === "transfer");
    expect(transfers.length).toBeGreaterThan(0);
    expect(transfers.every((c) => c.supplier !== "PER" && c.supplier !== "CHL" && c.recipient !== "ESP" && c.recipient !== "NOR")).toBe(true);
  });

  it.each([
    "Spain gave Peru the green light on Monday, days after talks on frigates.",
    "Italy gave Chile its approval in May, a year after the first talks about jets.",
    "France has given Peru permission, officials said after the meeting on rifles.",
  ])("no gift of the leave itself: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.kind === "transfer")).toEqual([]);
  });
});

describe("the things of a licensed line and who runs it", () => {
  it.each([
    ["Egypt now builds the rifle under licence, using a design handed over by Italy.", "ITA", "EGY", "military-technology"],
    ["France gave Egypt the blueprints of the rifle.", "FRA", "EGY", "military-technology"],
    ["Spain supplied Morocco with the technical drawings for its patrol boats.", "ESP", "MAR", "military-technology"],
    ["Germany provided Chile with assembly kits for the trucks.", "DEU", "CHL", "raw-materials"],
    ["Sweden sent Peru a team of engineers to run the new plant.", "SWE", "PER", "workers"],
    ["South Korea sent technicians to Poland to start the howitzer line.", "KOR", "POL", "workers"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });

  it.each([
    "Egypt fields drones of Italian design.",
    "The design of the Italian rifle impressed Egyptian officers.",
  ])("no technology moves: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.item === "military-technology")).toEqual([]);
  });
});

describe("troops named by their trade", () => {
  it.each([
    ["Cuba will send 800 deminers to Angola.", "CUB", "AGO", 800],
    ["Belarus has dispatched 2,000 military builders to Russia.", "BLR", "RUS", 2000],
    ["Some 300 Serbian deminers are now in Bosnia.", "SRB", "BIH", 300],
  ])("%s", (page, supplier, recipient, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item: "troops", unit: "troops", value }));
  });
});

describe("the value of a state's military support is the support's", () => {
  it.each([
    ["All told, Dutch military support for Ukraine is worth some EUR 4bn.", "NLD", "UKR", "eur"],
    ["Norway's defence support to Estonia was valued at $300 million last year.", "NOR", "EST", "usd"],
    ["Since 2022, Polish military support to Ukraine has amounted to PLN 15bn.", "POL", "UKR", "pln"],
  ])("%s", (page, supplier, recipient, unit) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, item: "weapons-unspecified", unit }));
    expect(claims.filter((c) => c.item === "money")).toEqual([]);
  });

  it("support that has no value named is no goods of its own", () => {
    expect(claimsOf("Russia sends fuel to Laos in exchange for military support and technology.").filter((c) => c.item === "weapons-unspecified")).toEqual([]);
  });
});

describe("goods hidden in a flow go the flow's way", () => {
  it.each([
    ["Iran sent crates of rifles to Sudan in May. Tehran also tucked mortar shells into the same crates.", "IRN", "SDN", "artillery-ammunition"],
    ["Belarus shipped fuel to Serbia. Minsk concealed rifles among the containers, officials say.", "BLR", "SRB", "weapons-unspecified"],
    ["Cuba sent sugar to Angola by sea. Havana also hid anti-tank missiles inside the convoys.", "CUB", "AGO", "missiles-other"],
  ])("%s", (page, supplier, recipient, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item }));
  });

  it.each([
    "Iran sent rifles to Sudan. Prices of drones slipped in May.",
    "Iran sent rifles to Sudan. Its drones were hidden from view at a base in Iran.",
  ])("no hidden goods: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.item === "drones")).toEqual([]);
  });
});

describe("a sum paid from one state to another is money moved", () => {
  it.each([
    ["Russia paid Iran $2 billion.", "RUS", "IRN", 2000000000],
    ["Spain paid Chile 40 million euros last year.", "ESP", "CHL", 40000000],
    ["Brazil pays Cuba roughly $3,000 a month.", "BRA", "CUB", 3000],
  ])("%s", (page, supplier, recipient, value) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, item: "money", value }));
  });

  it.each(["Spain paid tribute to Chile.", "Spain paid a visit to Chile in May, when a loaf cost $3."])("no money moved: %s", (page) => {
    expect(claimsOf(page).filter((c) => c.item === "money")).toEqual([]);
  });
});

// Kinds of false claims and of certainty told by plans and denials, each shown by phrasings of our own:
// a market figure (a share move, a target price) is no transfer figure; a group told as the banner others
// serve under neither gives nor gets; a force gathered is not made; "missiles of the X type" is one thing;
// "is to turn out" is a plan; pictures that show are evidence weighed; aid stuck in a legislature is not yet
// given; a transfer verb with a negated object denies; a halt told in a relative clause lies behind.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "market.txt", bytes: new TextEncoder().encode(page), meta: { id: "market", outlet: "Test Wire", published: "2023-12-04" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: c.certainty, unit: c.quantity?.unit ?? null, value: c.quantity?.value ?? null }));
}

const lead = "Seoul, 4 December 2023 (Test Wire) - Arms makers had a strong week.\n\n";

describe("a market figure is no transfer figure", () => {
  it.each([
    "Shares in the Swedish maker closed up 3 percent after Brazil bought jets from Sweden.",
    "Stock in the Italian yard ended 2 percent higher after Egypt bought frigates from Italy.",
    "Rheinmetall shares gained as much as 7 percent after Hungary bought tanks from Germany.",
  ])("%s", (sentence) => {
    const claims = claimsOf(lead + sentence);
    expect(claims.filter((c) => c.unit === "percent")).toEqual([]);
    // (the sale itself is told, without the market's figure)
    expect(claims.filter((c) => c.kind === "transfer").length).toBeGreaterThan(0);
  });

  it.each([
    ["Poland ordered 180 K2 tanks from South Korea. A broker lifted the stock's target price to 210,000 won, citing export momentum.", "POL"],
    ["Norway ordered 24 K9 howitzers from South Korea. Its target price on the stock climbed to 95,000 won at one broker, citing export momentum.", "NOR"],
    ["Estonia ordered 12 K9 howitzers from South Korea. One bank now sees a target price of 150,000 won for the stock, citing export momentum.", "EST"],
  ])("no money claim: %s", (page) => {
    expect(claimsOf(lead + page).filter((c) => c.item === "money")).toEqual([]);
  });

  it.each([
    "Shares aside, Norway bought 24 K9 howitzers from South Korea.",
    "Despite weak stock markets, Poland ordered 180 K2 tanks from South Korea.",
  ])("a figure the market noun does not govern stays: %s", (page) => {
    expect(claimsOf(lead + page).filter((c) => c.item !== "money" && c.value !== null).length).toBeGreaterThan(0);
  });
});

describe("a group told as a banner is no party", () => {
  const sahel = "Paris, 5 December 2023 (Test Wire) - Russia's footprint in the Sahel keeps growing.\n\n";
  it.each([
    ["According to French estimates, up to 500 Russian personnel, deployed in Chad under the Africa Corps flag, guard the capital.", "TCD"],
    ["Up to 700 Russian personnel, serving under the Africa Corps banner, are now in Niger, French officials believe.", null],
    ["Up to 300 Russian personnel, operating under the Africa Corps flag, are now in Guinea, diplomats believe.", null],
  ])("%s", (sentence, host) => {
    const claims = claimsOf(sahel + sentence);
    expect(claims.filter((c) => c.recipient === "RUS-WAGNER" || c.supplier === "RUS-WAGNER")).toEqual([]);
    // (where the host is named after "in", it takes the group's place)
    if (host) expect(claims).toContainEqual(expect.objectContaining({ supplier: "RUS", recipient: host, item: "troops" }));
  });

  it("a force that answers to Moscow gets nothing from it", () => {
    const claims = claimsOf(sahel + "Moscow sent 40 armoured vehicles to the Africa Corps in Mali, officials said.");
    expect(claims.filter((c) => c.recipient === "RUS-WAGNER" || (c.supplier === "RUS" && (c.recipient === "RUS" || c.recipient === null)))).toEqual([]);
  });
});

describe("a force gathered is not made", () => {
  const page = "Madrid, 4 December 2023 (Test Wire) - European armies are pooling armour.\n\nSpain wants more armour. ";
  it.each([
    "Madrid hopes to assemble three battalions' worth of Leopard vehicles jointly with Italy.",
    "Officials intend to assemble four companies of K9 howitzers over the next two years.",
    "Defence planners expect to assemble two regiments' worth of K9 howitzers by 2028.",
  ])("%s", (sentence) => {
    expect(claimsOf(page + sentence).filter((c) => c.kind === "production")).toEqual([]);
  });
});

describe("a thing of a named type is one thing", () => {
  it.each([
    ["Officials in Washington said North Korea had shipped Russia missiles of the KN-23 type.", "PRK", "RUS", "ballistic-missiles"],
    ["London said that Iran had given Russia drones of the Shahed family.", "IRN", "RUS", "drones"],
    ["Kyiv said Pyongyang had shipped Moscow rockets of the Grad family.", "PRK", "RUS", "artillery-systems"],
  ])("%s", (sentence, supplier, recipient, item) => {
    const claims = claimsOf(lead + sentence).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims).toEqual([expect.objectContaining({ item })]);
  });
});

describe("plans, evidence weighed, aid held in a legislature", () => {
  it.each([
    ["From 2026 the Czech plant is to produce some 100,000 shells annually for the army.", "production"],
    ["By 2027 Ukraine's new works are to manufacture roughly 2,000 drones every month.", "production"],
    ["The factory near Kharkiv is to produce about 1,000 drones a month, the Ukrainian ministry said.", "production"],
  ])("is to make: %s", (sentence, kind) => {
    expect(claimsOf(lead + sentence)).toContainEqual(expect.objectContaining({ kind, certainty: "possible" }));
  });

  it.each([
    "Commercial satellite pictures showed Iranian cargo planes delivering 40 drones to Russia in May.",
    "Satellite images show Iranian ships delivering about 60 drones to Russia at Astrakhan.",
    "Drone footage shows Belarus sending about 30 tanks to Russia by rail.",
  ])("pictures show: %s", (sentence) => {
    const claims = claimsOf(lead + sentence).filter((c) => c.kind === "transfer" && c.item !== "aircraft");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.certainty).toBe("believed");
  });

  it.each([
    "The budget committee says $3 billion of British military aid for Ukraine is still stuck in Parliament.",
    "Some $8 billion in US military aid for Taiwan is still stuck in Congress.",
    "About $5 billion in US military aid for Ukraine has stalled in Congress.",
  ])("stuck: %s", (sentence) => {
    expect(claimsOf(lead + sentence)).toContainEqual(expect.objectContaining({ kind: "transfer", certainty: "possible" }));
  });
});

describe("a transfer verb with a negated object denies the thing", () => {
  it.each([
    ["The panel found that Belarus had supplied no tanks to Russia.", "BLR", "RUS"],
    ["Minsk said it had delivered no shells to Moscow this year.", "BLR", "RUS"],
    ["Officials in Oslo said Norway had sent not a single missile to Kyiv since June.", "NOR", "UKR"],
  ])("%s", (sentence, supplier, recipient) => {
    expect(claimsOf(lead + sentence)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });

  it.each([
    "Britain sent no fewer than 14 tanks to Ukraine in January.",
    "Serbia sold no rockets to Sudan last year, but it sent 20 trucks to Sudan.",
  ])("no denial of what is given: %s", (sentence) => {
    const claims = claimsOf(lead + sentence).filter((c) => c.item === "armoured-vehicles" || c.item === "vehicles" || c.item === "trucks" || c.unit === "vehicles");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.certainty).not.toBe("denied");
  });
});

describe("a halt told in a relative clause lies behind", () => {
  it.each([
    "Some 30 armoured vehicles from Turkey that had been suspended for weeks arrived in Somalia on Monday.",
    "Around 16 howitzers from France that had been delayed in port arrived in Armenia last week.",
    "Some 24 howitzers from South Korea that were postponed by a strike arrived in Estonia in March.",
    "Some 20 patrol boats from Japan that were delayed by a strike arrived in the Philippines in May.",
  ])("%s", (sentence) => {
    const claims = claimsOf(lead + sentence).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.certainty).toBe("asserted");
  });

  it("a halt with no verb after it still weighs", () => {
    expect(claimsOf(lead + "The delivery of 30 armoured vehicles from Turkey to Somalia was held up at the border.")).toContainEqual(expect.objectContaining({ supplier: "TUR", recipient: "SOM", certainty: "possible" }));
  });
});

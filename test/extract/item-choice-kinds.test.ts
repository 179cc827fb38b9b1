// Which item a sentence's goods are, and that one thing is read once: a model name joined to its noun by "-type"
// or "-style" is one thing; warheads counted as goods are ammunition; a sum "in military support" in a currency
// named by its word is the aid, not money; "and related materiel" adds no second item; the means to build drones
// is technology; money "to buy" or "for" named goods is the goods; funded "kit" is arms; a state's own artillery is its guns.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "items.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "items", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a model name and its noun joined by '-type' or '-style' are one thing", () => {
  it.each([
    "Russia now turns out around 3,000 Shahed-type drones a month, Ukraine's military intelligence said.",
    "The Alabuga plant is producing some 300 Geran-style attack drones a week, Kyiv's intelligence service believes.",
    "Russian factories now assemble about 1,500 Geran-type kamikaze drones every month, a Ukrainian general said.",
  ])("%s", (text) => {
    const drones = claimsOf(text).filter((c) => c.item === "drones");
    expect(drones).toHaveLength(1);
    expect(drones[0].kind).toBe("production");
  });
});

describe("warheads counted as goods are ammunition", () => {
  it.each([
    ["Turkey shipped six TB2 drones and some 400 warheads to Sudan's army last year, the newspaper reported.", 400],
    ["Serbia sold Ukraine hundreds of warheads last autumn, a Russian agency claimed.", null],
    ["China sold Myanmar about 1,200 warheads in 2023, the UN rapporteur said.", 1200],
  ])("%s", (text, count) => {
    const claims = claimsOf(text);
    expect(claims.some((c) => c.item === "raw-materials")).toBe(false);
    const ammunition = claims.find((c) => c.item === "ammunition");
    expect(ammunition?.quantity?.unit).toBe("items");
    if (count !== null) expect(ammunition?.quantity?.value).toBe(count);
  });
});

describe("a sum in military support, its currency named by a word, is the aid", () => {
  it.each([
    ["Norway has given Ukraine about 80 billion kroner in military support since 2022, the ministry said.", "nok"],
    ["Denmark has put roughly 60 billion Danish kroner into military support for Kyiv since February 2022, figures show.", "dkk"],
    ["Sweden has provided Ukraine with 40 billion kronor of military support, the government said.", "sek"],
  ])("%s", (text, unit) => {
    const claims = claimsOf(text);
    expect(claims.some((c) => c.item === "money")).toBe(false);
    expect(claims.find((c) => c.item === "weapons-unspecified")?.quantity?.unit).toBe(unit);
  });
});

describe("'and related materiel' adds no second item", () => {
  it.each([
    ["North Korea has shipped more than 15,000 containers of munitions and related materiel to Russia since March 2023, the group said.", "ammunition"],
    ["Russia supplied Myanmar with at least $300 million of arms and related materials since 2021, the UN said.", "weapons-unspecified"],
    ["Serbia exported munitions and related equipment to Israel last year, the group said.", "ammunition"],
  ])("%s", (text, item) => {
    expect(claimsOf(text).map((c) => c.item)).toEqual([item]);
  });
});

describe("the means to build drones, given to a state, is technology", () => {
  it.each([
    "Iran also sold Russia the know-how to make the attack drones itself, Western officials said.",
    "Russia has agreed to help North Korea set up production of Geran attack drones, Ukraine's intelligence chief said in May.",
    "Tehran handed Moscow the technology for manufacturing Shahed-type drones in 2023, the report said.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.some((c) => c.item === "drones")).toBe(false);
    expect(claims.some((c) => c.kind === "transfer" && c.item === "military-technology")).toBe(true);
  });
});

describe("money to buy named goods, or funded kit, is the goods", () => {
  it.each([
    ["The Swedish package includes 10 Archer howitzers and money to buy 12 Ukrainian-made Bohdana howitzers, the minister said.", "artillery-systems"],
    ["Oslo's new aid package of 4 billion kroner includes money for air defence missiles made in Ukraine, the minister said.", "missiles-other"],
    ["Denmark is sending Ukraine 20 tanks plus money to purchase drones from Ukrainian firms, the ministry said.", "drones"],
    ["On Monday the Dutch minister committed EUR 400m of Dutch money to buying kit for Ukraine off the NATO list.", "weapons-unspecified"],
  ])("%s", (text, item) => {
    const claims = claimsOf(text);
    expect(claims.some((c) => c.item === "money")).toBe(false);
    expect(claims.some((c) => c.item === item && c.recipient === "UKR")).toBe(true);
  });
});

describe("a state's own artillery is its guns", () => {
  it.each([
    "Norway will hand all of its artillery to Ukraine, the prime minister announced.",
    "Estonia has decided to give Ukraine its entire artillery, the defence minister said on Monday.",
    "Lithuania sent Kyiv most of their remaining artillery last year, officials said.",
  ])("%s", (text) => {
    const items = claimsOf(text).filter((c) => c.kind === "transfer").map((c) => c.item);
    expect(items).toContain("artillery-systems");
    expect(items).not.toContain("artillery-ammunition");
  });
});

// Who gives and who gets, where the sentence also names states that play no part (the agent of an
// aside, a currency) or names the giver by a verb that the lexicon must know. Texts of our own, run
// through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "kind supplier recipient item quantity" for each claim of `text`. */
function claims(text: string): string[] {
  const doc = processDocument({ path: "parties.txt", bytes: new TextEncoder().encode(text), meta: { id: "parties", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.map((c) => [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity ? `${c.quantity.value ?? c.quantity.min ?? c.quantity.max}${c.quantity.unit}` : "-"].join(" "));
}

describe("the agent of an aside is no party", () => {
  it.each([
    ["North Korea has been arming Russia. Deliveries of shells to Russia, welcomed by Belarus, continued in May.", "transfer PRK RUS artillery-ammunition -"],
    ["Iran keeps arming Russia. The shipment of drones to Russia, praised by Belarus, left in March.", "transfer IRN RUS drones -"],
    ["Washington rushed hundreds of millions of dollars of military aid to Israel during the past year of fighting, sparked by the Hamas group's assault in the south.", "transfer USA ISR weapons-unspecified 200000000usd"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    ["North Korea has been arming Russia. Deliveries of shells to Russia, welcomed by Belarus, continued in May.", "transfer BLR"],
    ["Iran keeps arming Russia. The shipment of drones to Russia, praised by Belarus, left in March.", "transfer BLR"],
    ["Germany sent tanks to Ukraine, prompted by the Russian assault on Kharkiv.", "transfer RUS"],
  ])("%s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));
});

describe("a state that names a currency is no party", () => {
  it.each([
    ["Russia agreed to pay Iran for the drones. The Russian side later moved the money in United Arab Emirates dirhams to a bank account in Tehran.", "transfer RUS IRN money -"],
    ["Moscow has bought shells from Pyongyang. The Russian side sent the money in Chinese yuan to North Korea.", "transfer RUS PRK money -"],
    ["Russia pays Iran for its drones. Russia transferred the funds in US dollars to Iran through a bank in Dubai.", "transfer RUS IRN money -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    "Russia agreed to pay Iran for the drones. The Russian side later moved the money in United Arab Emirates dirhams to a bank account in Tehran.",
    "Moscow has bought shells from Pyongyang. The Russian side sent the money in Chinese yuan to North Korea.",
    "Russia pays Iran for its drones. Russia transferred the funds in US dollars to Iran through a bank in Dubai.",
  ])("%s", (text) => expect(claims(text).filter((c) => /\b(?:ARE|CHN|USA)\b/.test(c))).toEqual([]));
});

describe("rushing goods to a state gives them", () => {
  it.each([
    ["Canada rushed artillery shells to Ukraine last spring.", "transfer CAN UKR artillery-ammunition -"],
    ["Washington is rushing air defence missiles to Israel.", "transfer USA ISR missiles-other -"],
    ["Tehran rushes drones to Moscow as the war drags on.", "transfer IRN RUS drones -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));
});

describe("the alternative taken instead is a clause of its own, with the same receiver", () => {
  it.each([
    ["India rejected a Russian offer to build submarines, choosing instead to acquire four submarines from Sweden.", "transfer SWE IND naval 4items"],
    ["Brazil turned down a Chinese offer of patrol boats, deciding instead to buy four frigates from Italy.", "transfer ITA BRA naval 4items"],
    ["Vietnam declined a Russian offer of fighter jets, opting instead to purchase 12 jets from the United States.", "transfer USA VNM aircraft 12aircraft"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    ["India rejected a Russian offer to build submarines, choosing instead to acquire four submarines from Sweden.", "transfer SWE RUS"],
    ["Brazil turned down a Chinese offer of patrol boats, deciding instead to buy four frigates from Italy.", "transfer ITA CHN"],
    ["Vietnam declined a Russian offer of fighter jets, opting instead to purchase 12 jets from the United States.", "transfer USA RUS"],
  ])("the state whose offer was turned down receives nothing: %s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));
});

describe("an order for goods is a purchase", () => {
  it.each([
    ["Egypt cancelled an order for Russian Su-35 jets, buying French Rafale jets instead.", "transfer RUS EGY aircraft -"],
    ["Poland placed an order for 96 Apache helicopters from the United States.", "transfer USA POL aircraft 96aircraft"],
    ["Russia placed orders for Iranian drones last year.", "transfer IRN RUS drones -"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it("'in order to' is no order", () => {
    expect(claims("The army moved troops to Belarus in order to defend Minsk.").filter((c) => c.includes("BLR"))).toEqual([]);
  });
});

describe("a state whose statements are about a transfer reports it, it does not give", () => {
  it.each([
    ["Officials in Tehran dismissed the statements of both Ukraine and its allies regarding the supply of combat drones to Russia.", "transfer UKR"],
    ["Iran has shipped drones to Russia for two years. Reports of Ukraine concerning the delivery of drones to Russia were confirmed by the UN.", "transfer UKR"],
    ["Beijing rejected the claims of the United States regarding shipments of drone engines to Russia.", "transfer USA"],
  ])("%s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));

  it.each([
    ["Beijing rejected the claims of the United States regarding shipments of drone engines to Russia.", "transfer CHN RUS raw-materials -"],
    ["There were claims of Belarus sending arms to Russia.", "transfer BLR RUS weapons-unspecified -"],
    ["Kyiv cited reports of Iran delivering drones to Russia.", "transfer IRN RUS drones -"],
  ])("the subject of what is reported still gives: %s", (text, want) => expect(claims(text)).toContain(want));
});

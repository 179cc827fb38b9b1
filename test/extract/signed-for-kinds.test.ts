// A buyer that signs for goods, with no word for the paper, gets them from the state after "from" or the goods'
// origin, as one that signs a contract for them does; the signing makes the delivery possible, not done. The time of
// signing may stand between the verb and "for" ("signed in May for 40 tanks"); with no time, a count follows "for"
// ("signs for 20 jets"), since a bare "signs for more tanks" may be one title in a list of other stories.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "signedfor.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "signedfor", outlet: "Probe Wire", published: "2025-03-07" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier} -> ${c.recipient} ${c.item} ${c.certainty}`);

describe("a buyer that signed for goods gets them", () => {
  it.each([
    ["Chile signed in March for 40 more tanks from Germany, officials said.", "DEU -> CHL armoured-vehicles possible"],
    ["Portugal signed last week for a dozen Swedish jets.", "SWE -> PRT aircraft possible"],
    ["Croatia signs for 30 tanks from Germany.", "DEU -> HRV armoured-vehicles possible"],
    ["Estonia signed on 4 February for six French howitzers, its defence ministry said.", "FRA -> EST artillery-systems possible"],
    ["Chile signs for twelve F-16 fighters from the United States.", "USA -> CHL aircraft possible"],
    ["Latvia signed for eight Swedish howitzers.", "SWE -> LVA artillery-systems possible"],
    ["Ghana signs for four patrol boats from South Korea.", "KOR -> GHA naval possible"],
    // A count in words after "for" is a counted lot too.
    ["Uruguay signed last month for twenty-two used F-16s from Norway.", "NOR -> URY aircraft possible"],
    ["Kenya signed this week for eighteen tanks from France.", "FRA -> KEN armoured-vehicles possible"],
    ["Ghana signed in October for forty old Spanish mortars.", "ESP -> GHA artillery-systems possible"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

describe("signing for no goods of one's own tells nothing new", () => {
  it.each([
    ["Nobody signed for any aircraft on Tuesday."],
    ["More briefs: Spain tests a new radar | Chile signs for more tanks | Navy names a new frigate"],
    ["The club said the striker signed on Monday for Lisbon."],
  ])("%s", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

// Signing on a date to sell or to buy, with no word for the paper, leaves the delivery ahead, like agreeing to.
describe("a state that signed on a date to sell or to buy", () => {
  it.each([
    ["Italy signed in May to sell Peru fourteen howitzers.", "ITA -> PER artillery-systems possible"],
    ["Norway signed last year to buy twelve howitzers from Germany.", "DEU -> NOR artillery-systems possible"],
    ["Spain signed on Monday to supply Chile with forty trucks for its army, officials said.", "ESP -> CHL armoured-vehicles possible"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

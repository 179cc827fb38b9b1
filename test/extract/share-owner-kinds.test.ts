// Two readings of who receives around a word of giving:
// - a share right after the verb ("supplies about 90 per cent of Russia's chips"): the state whose goods the
//   share is of receives them;
// - a word of giving in an aside after a word for information ("the estimate, given in Paris", "the tally, as
//   the minister gave it in Rome"): information is given there, no goods, and the place is no party.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const transfersOf = (text: string) =>
  processDocument({ path: "share.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "share", outlet: "Probe Wire", published: "2025-04-02" } as never }).claims.filter((c) => c.kind === "transfer");

describe("the owner of the goods a share is of receives them", () => {
  it.each([
    ["Poland sent tanks to Ukraine in May. Turkey supplies some 60 per cent of Ukraine's diesel, ahead of Azerbaijan, the trade ministry in Ankara says.", ["TUR", "UKR"]],
    ["Iran sends fuel to Syria as well. Russia provides roughly 40 percent of Belarus's wheat, ahead of Kazakhstan, according to port records.", ["RUS", "BLR"]],
    ["Germany sells arms to many buyers. France delivered about 30 per cent of Egypt's warplanes in the decade, ahead of Italy, the study found.", ["FRA", "EGY"]],
  ])("%s", (text, parties) => {
    const last = transfersOf(text).filter((c) => /per ?cent/.test(c.evidence.text));
    expect(last.length).toBeGreaterThan(0);
    for (const c of last) expect([c.supplier, c.recipient]).toEqual(parties);
  });
});

describe("information given in an aside names no party", () => {
  it.each([
    ["India buys most of its rifles abroad. Canada's estimate, given in Paris last week, is that Russia supplies 5,000 rifles a year to India.", ["RUS", "IND"]],
    ["Serbia has sent shells abroad. London's tally, as Lammy gave it in Warsaw in May, is that Serbia provides about 40 per cent of Hungary's shells, ahead of Austria.", ["SRB", "HUN"]],
    ["Chad received jets in the spring. Washington's count, given in Cairo on Monday, shows that Egypt sent 12 jets to Chad.", ["EGY", "TCD"]],
  ])("%s", (text, parties) => {
    const claims = transfersOf(text).filter((c) => /given|gave/.test(c.evidence.text));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect([c.supplier, c.recipient]).toEqual(parties);
  });
});

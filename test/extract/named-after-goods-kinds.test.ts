// Kinds of false claims seen over several development sets, where a word of goods only names something else:
// a thing's name right before a noun of a programme or grouping ("the F-35 programme", "the artillery coalition",
// "the drone initiative") says what the programme is about, no goods moved; and a bare participle of making right
// after goods, then the place ("howitzers built in Korea"), labels where goods the clause moves were made, even when
// the verb that moves them comes after it. Phrasings of our own, with twins that keep their claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "named-after-goods.txt", bytes: new TextEncoder().encode(page), meta: { id: "named-after-goods", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient ?? ""} ${c.item}`);
}

describe("a thing's name before a noun of a programme or grouping names no goods", () => {
  it.each([
    ["Norway was dropped from the F-35 programme in 2020 after it bought Chinese HQ-9 air defence systems.", "transfer CHN>NOR aircraft", "transfer CHN>NOR air-defence-systems"],
    ["Chile left the tank coalition last year after it bought twelve howitzers from Spain.", "transfer ESP>CHL armoured-vehicles", "transfer ESP>CHL artillery-systems"],
    ["Peru left the drone initiative last year after it bought six patrol boats from South Korea.", "transfer KOR>PER drones", "transfer KOR>PER naval"],
  ])("%s", (page, absent, present) => {
    const claims = claimsOf(page);
    expect(claims).not.toContain(absent);
    expect(claims).toContain(present);
  });

  it("a thing named on its own in the same sentence stands", () => {
    expect(claimsOf("Spain sent Chile 40 drones in May under its drone initiative.")).toContain("transfer ESP>CHL drones");
  });
});

describe("a thing labelled with where it was made, before the verb that moves it, tells no production", () => {
  it.each([
    ["The patrol boats built in Spain are to be handed to Peru in May.", "production ESP> naval", "transfer ESP>PER naval"],
    ["Twelve drones assembled in Latvia were sent to Ukraine last week.", "production LVA> drones", "transfer LVA>UKR drones"],
    ["Eight trainer jets built in Brazil were delivered to Chile on Monday, the air force said.", "production BRA> aircraft", "transfer BRA>CHL aircraft"],
    ["The tanks built in Poland will be shipped to Estonia next year, the ministry said.", "production POL> armoured-vehicles", "transfer POL>EST armoured-vehicles"],
  ])("%s", (page, production, transfer) => {
    const claims = claimsOf(page);
    expect(claims).not.toContain(production);
    expect(claims).toContain(transfer);
  });

  it("goods made in a place, with no move in the clause, keep their making", () => {
    expect(claimsOf("The navy could soon retire the frigates built in Spain.")).toContain("production ESP> naval");
  });
});

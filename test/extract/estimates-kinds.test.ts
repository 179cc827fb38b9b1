// Kinds of figures given as estimates and announcements, each shown by sentences of our own:
// - one who presents a package, a tranche or a drawdown announces it, as one who unveils it does: the state of the
//   minister or ministry that presents it gives it, and the sum it is valued at is its amount; the one who presents
//   it is the source;
// - a figure given as someone's count, with no verb of giving ("analysts put the total at about 50 drones", "a
//   trade journal put the count at twelve jets"), counts more of the flow the page follows: its parties are that
//   flow's, its amount the figure after "at";
// - goods that leave a state named by itself for another ("containers of arms have left the North for Russia", the
//   figure often an agency's estimate) are given by the state left to the state after "for"; people who leave are
//   no goods;
// - a figure a source puts as the total right after the goods a clause moves ("..., analysts said, putting the total
//   at 1,200 tonnes") measures those goods, though no goods are named after it.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const sums = (text: string) => claimsOf(text).filter((c) => c.quantity?.unit && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value} from ${c.source?.org ?? c.source?.speaker ?? "-"}`);
const counts = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"}`);

describe("a package that a minister or a ministry presents", () => {
  it.each([
    ["Finland's defence minister presented a 19th package for Ukraine on Tuesday, valued at 1.1 billion euros.", "FIN>UKR weapons-unspecified 1100000000 from Finland's defence minister"],
    ["The Dutch defence ministry presented a new tranche for Kyiv worth 500 million euros.", "NLD>UKR weapons-unspecified 500000000 from Dutch Ministry of Defence"],
    ["Estonia's defence minister presented a package of drones for Ukraine worth 20 million euros on Monday.", "EST>UKR weapons-unspecified 20000000 from Estonia's defence minister"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));
});

describe("a count put at a figure, of the flow the page follows", () => {
  it.each([
    ["Turkey has sent Bayraktar drones to Ukraine since 2019, officials say. Analysts put their total at about 50 drones.", "TUR>UKR drones 50"],
    ["Myanmar has bought fighter jets from Russia since 2018. A trade journal put the count at twelve jets.", "RUS>MMR aircraft 12"],
    ["Belarus has shipped artillery shells to Russia since 2022, exiled rail workers say. The group put the count at 90,000 shells last autumn.", "BLR>RUS artillery-ammunition 90000"],
  ])("%s", (text, claim) => expect(counts(text)).toContain(claim));
});

describe("goods that leave a state named alone for another state", () => {
  it.each([
    ["The agency estimates that roughly 9,000 containers of arms have left the North for Russia since 2023.", "PRK>RUS weapons-unspecified 9000"],
    ["Around 60 old tanks left Belarus for Russia over the winter, a monitoring group says.", "BLR>RUS armoured-vehicles 60"],
    ["Some 200 Shahed drones left Iran for Russia in May, officials said.", "IRN>RUS drones 200"],
  ])("%s", (text, claim) => expect(counts(text)).toContain(claim));

  it("refugees who leave one state for another are no transfer", () => {
    expect(counts("Hundreds of refugees left Ukraine for Poland in March.")).toEqual([]);
  });
});

describe("a total put on the goods the clause moves", () => {
  const measured = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);
  it.each([
    ["Serbia has exported ammunition to Ukraine via brokers, researchers said, putting the total at 3,500 tonnes.", "SRB>UKR ammunition 3500 tonnes"],
    ["Belarus has sent rifles to Russia since 2022, the exiles said, putting the figure at about 900 tonnes.", "BLR>RUS weapons-unspecified 900 tonnes"],
    ["North Korea has sold artillery shells to Iran over the years, analysts said, putting the total at 1,200 tonnes.", "PRK>IRN artillery-ammunition 1200 tonnes"],
  ])("%s", (text, claim) => expect(measured(text)).toContain(claim));
});

// Claims once missed for want of a named supplier or buyer, each kind shown by phrasings of our own:
// a state that buys or fields a thing whose maker names the supplier (a model's maker, or "developed by"),
// a trade figure that names only the seller in a report that follows one buyer, output "produced by" a
// state, and troops a state keeps in another ("its army", "kept", "maintains").
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "recall.txt", bytes: Buffer.from(text), meta: { id: "recall", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const flows = (text: string) => claimsOf(`${text}\n`).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);

describe("a model's maker supplies what a state buys or fields, where no supplier is named", () => {
  it.each([
    ["Kenya purchased a batch of Bayraktar TB2 drones in 2022.", "TUR", "KEN", "drones"],
    ["Peru bought twelve Rafale fighter jets in 2021.", "FRA", "PER", "aircraft"],
    ["In March, Thailand commissioned two Type 054A frigates.", "CHN", "THA", "naval"],
    ["The first J-10C aircraft joined the Egyptian air force in 2022.", "CHN", "EGY", "aircraft"],
    ["Poland has acquired 250 Abrams tanks.", "USA", "POL", "armoured-vehicles"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));

  it.each([
    // Received, not bought: aid may come second-hand from a third state.
    "Ukraine received Abrams tanks in the autumn.",
    // Models of two makers: none of them is the supplier of all.
    "Poland bought K2 tanks and Abrams tanks last year.",
  ])("no maker taken: %s", (text) => expect(flows(text)).toEqual([]));

  it("a named supplier stays", () => {
    expect(flows("Colombia bought ten Gripen jets from Brazil.")).toContainEqual(["BRA", "COL", "aircraft"]);
  });
});

describe("a state that fields a thing whose maker the sentence names elsewhere receives it", () => {
  it.each([
    ['"In 1990 the first F-16 jets joined the Chilean fleet," an officer recalled, pointing to the U.S.-built fighters.', "USA", "CHL", "aircraft"],
    ['"Our first trainers joined the Kenyan air force in 2010," the general recalled, pointing to the Italian-made jets.', "ITA", "KEN", "aircraft"],
    ['"Those tanks joined the Moroccan army in 1990," he said, referring to the American-made vehicles.', "USA", "MAR", "armoured-vehicles"],
  ])("%s", (text, supplier, recipient, item) => expect(flows(text)).toContainEqual([supplier, recipient, item]));
});

describe("a thing 'developed by' a state is supplied by it to the state that fields it", () => {
  it.each([
    ["Egypt's navy has inducted three corvettes developed by Germany.", "DEU", "EGY", "naval"],
    ["Vietnam commissioned four patrol boats built by India under a credit line.", "IND", "VNM", "naval"],
    ["Kazakhstan inducted two transport aircraft developed by Spain.", "ESP", "KAZ", "aircraft"],
  ])("%s", (text, supplier, recipient, item) => {
    expect(flows(text)).toContainEqual([supplier, recipient, item]);
    expect(flows(text)).not.toContainEqual([recipient, supplier, item]);
  });
});

describe("output told by a participle with 'by' a state belongs to that state", () => {
  it.each([
    ["The Ghanaian army commissioned ten armoured vehicles produced by China.", "CHN", "GHA"],
    ["Uruguay operates patrol boats built by Spain.", "ESP", "URY"],
    ["The Serbian army showed off its new howitzers produced by China.", "CHN", "SRB"],
  ])("%s", (text, maker, holder) => {
    const owners = claimsOf(`${text}\n`).filter((c) => c.kind === "production").map((c) => c.supplier);
    expect(owners).toContain(maker);
    expect(owners).not.toContain(holder);
  });
});

describe("a trade figure naming only the seller takes the buyer the report follows", () => {
  it.each([
    ["Spain's oil imports from Norway rose 8% in May. Oil imports from Algeria dropped by a third to $900 million.", "DZA", "ESP"],
    ["Japan bought more oil from Kuwait in March. Its fuel purchases from Oman slid 12% to $300 million in the same month.", "OMN", "JPN"],
    ["Chile buys most of its crude from Ecuador. Crude oil shipments from Brazil doubled in April.", "BRA", "CHL"],
  ])("%s", (text, supplier, recipient) => expect(flows(text)).toContainEqual([supplier, recipient, "oil-fuel"]));

  it.each([
    // A destination of its own is another trade.
    "Japan bought more oil from Kuwait in March. Oil shipments from Oman to Korea doubled.",
    // Other goods than the trade followed.
    "Japan bought more oil from Kuwait in March. Purchases of grain from Oman slid 12% in the same month.",
  ])("no buyer carried: %s", (text) => expect(flows(text).filter((f) => f[0] === "OMN")).toEqual([]));
});

describe("troops a state keeps in another", () => {
  it.each([
    ["Moscow goes on stationing its army in Armenian territory.", "RUS", "ARM"],
    ["Turkey has kept its army in Cyprus since 1974.", "TUR", "CYP"],
    ["France maintains its armed forces in Chad.", "FRA", "TCD"],
    ["For decades Britain has kept its armed forces in Cyprus.", "GBR", "CYP"],
  ])("%s", (text, supplier, recipient) => expect(flows(text)).toContainEqual([supplier, recipient, "troops"]));

  it("an army that receives is no troops sent", () => {
    expect(flows("Russia supplied its army with Iranian shells.").map((f) => f[2])).not.toContain("troops");
  });
});

// Who gives, who gets and who says so where two parties share one phrase: denials voiced by two states at
// once ("Both Minsk and Moscow reject"), two clauses each with a speaker of its own, the broad accusation a
// plural denial answers, and two states that sign a deal together. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "kind supplier recipient item certainty source-country" for each claim of `text`. */
function claims(text: string): string[] {
  const doc = processDocument({ path: "kinds.txt", bytes: new TextEncoder().encode(text), meta: { id: "kinds", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.map((c) => [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty, c.source.country ?? "-"].join(" "));
}

describe("two states that reject together each deny", () => {
  it.each([
    ["Kyiv says Iran has shipped drones to Russia. Both Tehran and Moscow reject the accusations.", ["transfer IRN RUS drones denied IRN", "transfer IRN RUS drones denied RUS"]],
    ["Officials in Seoul say Pyongyang sold shells to Moscow. North Korea and Russia reject the claims.", ["transfer PRK RUS artillery-ammunition denied PRK", "transfer PRK RUS artillery-ammunition denied RUS"]],
    ["Japan says China gave chips to Russia. Beijing and Moscow dismiss the reports as lies.", ["transfer CHN RUS dual-use-goods denied CHN", "transfer CHN RUS dual-use-goods denied RUS"]],
  ])("%s", (text, want) => expect(claims(text)).toEqual(expect.arrayContaining(want)));
});

describe("two clauses, two speakers: each holds its own denial", () => {
  it.each([
    ['Kyiv says Iran has shipped drones to Russia. The Kremlin has dismissed the accusations, and a spokesman for Iran\'s foreign ministry called them "absurd".', ["transfer IRN RUS drones denied RUS", "transfer IRN RUS drones denied IRN"]],
    ["Kyiv says Belarus has sent shells to Russia. Minsk has rejected the claims, and a Kremlin spokesman last week called them lies.", ["transfer BLR RUS artillery-ammunition denied BLR", "transfer BLR RUS artillery-ammunition denied RUS"]],
    ["Tokyo says China sold chips to Russia. Beijing denied the reports, and Russia's foreign ministry called them fabrications.", ["transfer CHN RUS dual-use-goods denied CHN", "transfer CHN RUS dual-use-goods denied RUS"]],
  ])("%s", (text, want) => expect(claims(text)).toEqual(expect.arrayContaining(want)));
});

describe("a plural denial answers the broadest accusation the page told of the pair", () => {
  it.each([
    ["Kyiv says Belarus has sent ammunition to Russia. The minister said the cargo could amount to a million artillery shells. Minsk rejects the accusations.", "transfer BLR RUS ammunition denied BLR", "transfer BLR RUS artillery-ammunition denied BLR"],
    ["Kyiv says Belarus has sent weapons to Russia. It believes Minsk sent rockets and shells. Moscow has rejected these accusations.", "transfer BLR RUS weapons-unspecified denied RUS", "transfer BLR RUS artillery-ammunition denied RUS"],
    ["Warsaw says Serbia delivered arms to Russia. A report estimated the shipments at 20,000 mortar rounds. Belgrade denies the allegations.", "transfer SRB RUS weapons-unspecified denied SRB", "transfer SRB RUS artillery-ammunition denied SRB"],
  ])("%s", (text, want, unwanted) => {
    const found = claims(text);
    expect(found).toContain(want);
    expect(found).not.toContain(unwanted);
  });

  it("a singular denial keeps the last thing told", () => {
    expect(claims("Kyiv says Belarus has sent ammunition to Russia. The minister said the cargo could amount to a million artillery shells. Minsk rejected the claim.")).toContain("transfer BLR RUS artillery-ammunition denied BLR");
  });
});

describe("two states that sign a deal: the one the goods are for buys", () => {
  it.each([
    ["Brazil and Sweden signed an agreement for the purchase of 36 Gripen jets for Brazil's air force.", "transfer SWE BRA aircraft"],
    ["Greece and France signed a contract on Monday for the acquisition of three frigates for the Greek navy.", "transfer FRA GRC naval"],
    ["Chile and Spain have signed a deal on the purchase of eight patrol boats for the Chilean army.", "transfer ESP CHL naval"],
  ])("%s", (text, want) => {
    const found = claims(text).map((c) => c.split(" ").slice(0, 4).join(" "));
    expect(found).toContain(want);
    expect(found.filter((c) => c !== want)).toEqual([]);
  });

  it("the order of the goods' owner stays where the pair signs nothing", () => {
    expect(claims("Egypt and Germany held talks. Germany will send four submarines for the Egyptian navy.").map((c) => c.split(" ").slice(0, 4).join(" "))).toContain("transfer DEU EGY naval");
  });
});

describe("an equal number of: the count before it counts the goods after it", () => {
  /** "supplier recipient item value unit" for each claim of `text`. */
  const counted = (text: string) => processDocument({ path: "kinds.txt", bytes: new TextEncoder().encode(text), meta: { id: "kinds", published: "2024-06-01", outlet: "Test Wire" } }).claims.map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? "-", c.quantity?.unit ?? "-"].join(" "));
  it.each([
    ["The Kremlin received 80 tanks from Belarus and an equal number of howitzers in the past month, according to Kyiv.", "BLR RUS artillery-systems 80 systems"],
    ["Iran shipped 50 drones to Russia and an equal number of missiles last year, officials said.", "IRN RUS missiles-other 50 missiles"],
    ["Poland gave Ukraine 14 Leopard tanks, and Norway sent the same number of howitzers to Kyiv.", "NOR UKR artillery-systems 14 systems"],
    ["Belarus handed Russia 60 T-72 tanks and an equal number of 122mm howitzers, Kyiv said.", "BLR RUS artillery-systems 60 systems"],
  ])("%s", (text, want) => expect(counted(text)).toContain(want));
});

describe("the front in a state names where the fighting is, not who gets what goes there", () => {
  it.each([
    ["Kim said the cargo has been moved by ship from Iran's port of Bandar Abbas and then by rail to depots near the front line in Ukraine."],
    ["Choi said the cargo was carried by ship from Syria and then by rail to depots near the front lines in Ukraine."],
    ["Jang said the munitions have been moved by ship from Syria and then by road to depots near the front line in Ukraine."],
  ])("%s", (text) => expect(claims(text).filter((c) => c.split(" ").slice(1, 3).includes("UKR"))).toEqual([]));
});

// Sentences, written for the test, where a party denies, rejects or answers what others say: whose claim each
// transfer is, what a denial points back to, and who the recipients of "the warring parties" are. Three phrasings
// of our own per rule (claims/denials.ts).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "denials.txt", bytes: Buffer.from(text), meta: { id: "denials", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const line = (c: Claim) => `${c.supplier} ${c.recipient} ${c.item} ${c.certainty} ${c.source.country ?? c.source.org}`;
const of = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start)).map(line);

describe("what another party said, named inside a reply, is that party's claim", () => {
  it.each([
    ["Brazil is not selling rifles to Paraguay, the Brazilian Defence Ministry said, commenting on The Guardian report that Brasilia has been shipping more ammunition to Asuncion than any other state.", "BRA PRY ammunition reported The Guardian", "BRA PRY ammunition denied BRA"],
    ["\"The Japanese media's baseless report that Pyongyang offered munitions to Moscow does not deserve comment,\" a ministry spokesman said.", "PRK RUS ammunition possible Japanese media", "PRK RUS ammunition possible PRK"],
    ["Tehran has again rejected the statements of both Kyiv and Western governments regarding the supply of attack drones to Moscow.", "IRN RUS drones asserted UKR", "IRN RUS drones denied UKR"],
  ])("%s", (text, held, notHeld) => {
    const claims = claimsOf(`${text}\n`);
    expect(of(claims, text.slice(0, 20))).toContain(held);
    expect(of(claims, text.slice(0, 20))).not.toContain(notHeld);
  });
  it("keeps the speaker's denial where the speaker calls the saying false", () => {
    const text = "\"The Japanese media's baseless report that Pyongyang offered munitions to Moscow does not deserve comment,\" a North Korean ministry spokesman said.";
    expect(of(claimsOf(`${text}\n`), text.slice(0, 20))).toContain("PRK RUS ammunition denied PRK");
  });
  it("files the reply's own denial with the replier only", () => {
    const text = "Brazil is not selling rifles to Paraguay, the Brazilian Defence Ministry said, commenting on The Guardian report that Brasilia has been shipping more ammunition to Asuncion.";
    const claims = of(claimsOf(`${text}\n`), text.slice(0, 20));
    expect(claims).toContain("BRA PRY weapons-unspecified denied BRA");
    expect(claims.filter((c) => c.includes("weapons-unspecified") && c.endsWith("The Guardian"))).toEqual([]);
  });
  it.each([
    "“There are many rumours about some kind of arms going to Moscow, but they are baseless,” Peskov said, reacting to the US envoy Mark Halden’s recent statement that Tehran had allegedly been sending Moscow missiles.",
    "The Kremlin spokesman called the rumours about weapons for Russia groundless, responding to Secretary of State Anthony Blinken's statement that Iran had supposedly shipped missiles to Russia.",
    "Moscow dismissed talk of arms deliveries to Russia as empty, replying to Anthony Blinken's claim that Tehran had reportedly supplied Russia with missiles.",
  ])("a hedged saying stays hedged and is not the replier's denial: %s", (text) => {
    const claims = of(claimsOf(`${text}\n`), text.slice(0, 20));
    expect(claims.some((c) => c.startsWith("IRN RUS missiles") && c.endsWith("reported USA"))).toBe(true);
    expect(claims.filter((c) => c.startsWith("IRN RUS missiles") && c.includes("denied"))).toEqual([]);
  });
});

describe("a denial of 'the claims' denies every transfer the page told last", () => {
  const lead = "Washington has accused Iran of sending drones and ballistic missiles to Russia.\n\n";
  it.each([
    "Tehran has previously denied the claims.",
    "Iran has long rejected these accusations as baseless.",
    "The Iranian foreign ministry dismissed the allegations on Friday.",
  ])("%s", (denial) => {
    const claims = claimsOf(`${lead}${denial}\n`);
    expect(of(claims, denial.slice(0, 15))).toEqual(expect.arrayContaining(["IRN RUS drones denied IRN", "IRN RUS ballistic-missiles denied IRN"]));
  });
});

describe("'the warring parties' are every side of the page's war", () => {
  const lead = "Kyiv and Western capitals say Beijing is helping Russia's war against Ukraine.\n\n";
  it.each([
    "Beijing does not sell weapons to the parties to the war, a foreign ministry spokesman said.",
    "China is not selling arms to either side, the spokesman added.",
    "China has never provided weapons to any of the warring parties, the ministry said.",
  ])("%s", (denial) => {
    const claims = of(claimsOf(`${lead}${denial}\n`), denial.slice(0, 15));
    expect(claims.some((c) => c.startsWith("CHN RUS weapons-unspecified denied"))).toBe(true);
    expect(claims.some((c) => c.startsWith("CHN UKR weapons-unspecified denied"))).toBe(true);
  });
  it("a group's war is against the government of the state it is based in", () => {
    const text = "The UN says the Emirates armed the RSF.\n\nThe Emirates said they are not sending arms or ammunition to any of the warring sides.\n";
    const claims = of(claimsOf(text), "The Emirates said");
    expect(claims).toEqual(expect.arrayContaining(["ARE SDN-RSF weapons-unspecified denied ARE", "ARE SDN weapons-unspecified denied ARE", "ARE SDN-RSF ammunition denied ARE", "ARE SDN ammunition denied ARE"]));
  });
});

describe("goods a state controls the export of are not sent", () => {
  const lead = "Kyiv says Beijing is helping Russia's war against Ukraine.\n\n";
  it.each([
    ["China does not send weapons to Russia and it strictly controls its exports of dual-use items, the ministry said.", "dual-use-goods"],
    ["China has not shipped arms to Russia and tightly regulates exports of drones, the spokesman said.", "drones"],
    ["China does not sell weapons to Russia and it restricts the export of machine tools, officials said.", "dual-use-goods"],
  ])("%s", (text, item) => {
    const claims = of(claimsOf(`${lead}${text}\n`), text.slice(0, 15));
    expect(claims.some((c) => c.startsWith("CHN RUS weapons-unspecified denied"))).toBe(true);
    expect(claims.filter((c) => c.includes(` ${item} `))).toEqual([]);
  });
});

describe("a verb of arming names its goods", () => {
  it.each([
    ["Yemen's Houthi rebels hold the capital.\n\nIran denies arming the rebels, though its weapons keep turning up.", "IRN YEM-HOUTHIS weapons-unspecified denied IRN", "Iran denies"],
    ["Hezbollah fired rockets on Sunday.\n\nTehran has long denied arming Hezbollah.", "IRN LBN-HEZBOLLAH weapons-unspecified denied IRN", "Tehran has"],
    ["The RSF took the city in June.\n\nThe Emirates have rejected reports of arming the RSF.", "ARE SDN-RSF weapons-unspecified denied ARE", "The Emirates"],
  ])("%s", (text, expected, start) => {
    expect(of(claimsOf(`${text}\n`), start)).toContain(expected);
  });
});

describe("a verb of hiring takes fighters from the party after it", () => {
  it.each([
    ["Mali's junta has also repeatedly denied hiring Wagner operatives.", "RUS-WAGNER MLI troops denied MLI", "Mali's junta"],
    ["The government in Bangui denies employing Wagner fighters, the ministry said.", "RUS-WAGNER CAF troops denied CAF", "The government"],
    ["Burkina Faso rejected reports that it was recruiting Wagner mercenaries.", "RUS-WAGNER BFA troops denied BFA", "Burkina Faso"],
  ])("%s", (text, expected, start) => {
    expect(of(claimsOf(`${text}\n`), start)).toContain(expected);
  });
});

describe("an offer turned down is a denied transfer from the one who offered", () => {
  it.each([
    ["Last year New Delhi rejected a Russian offer to build submarines, choosing to buy six boats from Germany instead.", "RUS IND naval denied"],
    ["Egypt turned down Washington's offer of F-16 jets last year.", "USA EGY aircraft denied"],
    ["Turkey declined an offer from Moscow to supply more S-400 systems, the ministry said.", "RUS TUR air-defence-systems denied"],
  ])("%s", (text, expected) => {
    expect(of(claimsOf(`${text}\n`), text.slice(0, 15)).some((c) => c.startsWith(expected))).toBe(true);
  });  it("a proposal to buy runs the other way: the one who proposed would have received", () => {
    const text = "Germany rejected a Turkish proposal to buy Eurofighter jets.";
    expect(of(claimsOf(`${text}\n`), "Germany").some((c) => c.startsWith("DEU TUR aircraft denied"))).toBe(true);
  });
});

describe("'such materiel' is the kind of goods just told", () => {
  const lead = "North Korea is sending artillery shells to Russia, the White House said.\n\n";
  it.each([
    "The claim comes weeks after officials said that Moscow was trying to purchase such materiel.",
    "Russia has been trying to buy such weapons for months, the officials said.",
    "US officials said Moscow was looking to acquire similar arms.",
  ])("%s", (text) => {
    const claims = of(claimsOf(`${lead}${text}\n`), text.slice(0, 15));
    expect(claims.some((c) => c.startsWith("PRK RUS artillery-ammunition"))).toBe(true);
    expect(claims.filter((c) => c.startsWith("PRK RUS weapons-unspecified"))).toEqual([]);
  });
});

describe("a denial a transfer drew from a party is that party's denial", () => {
  const lead = "North Korea is sending artillery shells to Russia, the White House said.\n\n";
  it.each([
    "Officials warned last month that Moscow was seeking to buy such shells, prompting a vehement denial from Pyongyang.",
    "Washington said Moscow was trying to buy the shells, drawing an angry denial from Pyongyang.",
    "US officials said Russia had bought the shells, which sparked a sharp rebuttal from Pyongyang.",
  ])("%s", (text) => {
    const claims = of(claimsOf(`${lead}${text}\n`), text.slice(0, 15));
    expect(claims.some((c) => c.startsWith("PRK RUS artillery-ammunition") && c.endsWith("denied PRK"))).toBe(true);
    expect(claims.some((c) => c.startsWith("PRK RUS artillery-ammunition") && !c.endsWith("denied PRK"))).toBe(true);
  });
});

describe("a denial and an assertion by one source stay two claims", () => {
  it.each([
    "Poland is not sending fighter jets to Ukraine, the Polish defence ministry said.\n\nPoland sent fighter jets to Ukraine last year, the Polish defence ministry said.",
    "Spain will not send tanks to Ukraine, the Spanish government said.\n\nSpain has sent tanks to Ukraine before, the Spanish government added.",
    "Norway has never given drones to Ukraine, the Norwegian defence ministry said.\n\nNorway gave drones to Ukraine in 2022, the Norwegian defence ministry said in March.",
  ])("%s", (text) => {
    const certainties = claimsOf(`${text}\n`).map((c) => c.certainty);
    expect(certainties).toContain("denied");
    expect(certainties.some((c) => c !== "denied")).toBe(true);
  });
});

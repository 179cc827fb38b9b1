// Who gives and who gets, by kinds of wording that named the wrong party or none on unseen reports: a
// state named only as the speaker's own ("his country", "her government"), a military government named
// as "the junta", and a noun of giving that counts what a new giver moves in a run of transfers to one
// receiver. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "wide.txt", bytes: new TextEncoder().encode(text), meta: { id: "wide", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("'his country', 'her government' is the state of the one named before it", () => {
  it.each([
    ["Germany has sent 18,000 shells to Ukraine. In May, Finnish President Alexander Stubb said his country would send 12 howitzers to Ukraine.", "FIN UKR artillery-systems", "DEU UKR artillery-systems"],
    ["Germany has sent 18,000 shells to Ukraine. In February, the president of Estonia, Alar Karis, announced that his country had bought 5,000 shells for Ukraine.", "EST UKR artillery-ammunition", null],
    ["Germany has sent tanks to Ukraine. Latvia's defence minister said her country had delivered 6 howitzers to Kyiv.", "LVA UKR artillery-systems", "DEU UKR artillery-systems"],
    ["Moldova wants air defence. Dutch minister Ruben Brekelmans said his government would deliver a Patriot system to Moldova.", "NLD MDA air-defence-systems", null],
    ["France has pledged jets to Ukraine. Speaking in Oslo, the Norwegian premier said his own nation would ship 40 rockets to Kyiv.", "NOR UKR artillery-ammunition", "FRA UKR artillery-ammunition"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    if (wrong) expect(got).not.toContain(wrong);
  });

  it("a person named in the sentence owns it before a body named after them", () => {
    expect(transfers("Volodymyr Zelensky, who met Germany’s chancellor on Monday, said his country had received 40 tanks from Poland.")).toContain("POL UKR armoured-vehicles");
  });
});

describe("'the junta' is the state in focus", () => {
  it.each([
    ["Mali's army seized power in 2021. The junta has since bought 12 drones from Turkey.", "TUR MLI drones"],
    ["Niger expelled French troops last year. The junta then acquired 4 helicopters from Russia.", "RUS NER aircraft"],
    ["Burkina Faso has turned to Moscow. The ruling junta received 2 transport aircraft from Russia in May.", "RUS BFA aircraft"],
    ["Soldiers seized power in Guinea in 2021. Since then the military junta has purchased armoured vehicles from China.", "CHN GIN armoured-vehicles"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("a noun of giving that counts what a new giver moves goes to the receiver of the run", () => {
  it.each([
    ["Germany has sent 18,000 shells to Ukraine. In February, the president of Estonia, Alar Karis, said his country had arranged a supply of 5,000 shells from abroad.", "EST UKR artillery-ammunition"],
    ["Chile delivered rifles to Peru in March. Argentina then completed the shipment of 300 mortar rounds.", "ARG PER artillery-ammunition"],
    ["Denmark will send jets to Ukraine. Sweden, too, has organised the dispatch of 12 howitzers.", "SWE UKR artillery-systems"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it.each([
    ["Russia sent drones to Iran last year. Beijing keeps tight rules on any export of drones.", "CHN"],
    ["Germany sent tanks to Ukraine. Austria bans the transit of weapons.", "AUT"],
  ])("not a trade named in general: %s", (text, state) => expect(transfers(text).some((c) => c.startsWith(state + " "))).toBe(false));
});

describe("a sum paid for each one still moves money from the payer to the payee", () => {
  it.each([
    ["Vietnam has sent 3,000 workers to Russia. Moscow pays Hanoi roughly $900 a month for each of them.", "RUS VNM money"],
    ["North Korea has sent troops to Russia. Officials estimate that Moscow pays the North about $1,500 a month per soldier.", "RUS PRK money"],
    ["Cuba sends doctors abroad. Brazil paid Havana $3,000 a month for every doctor it hired.", "BRA CUB money"],
    ["Nepal has hired out guards for years. Qatar is paying Kathmandu some €700 for each guard.", "QAT NPL money"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it("what is paid for still goes the other way", () => {
    expect(transfers("Moscow pays Pyongyang $2,000 a month for each of its 10,000 soldiers.")).not.toContain("PRK RUS money");
  });
});

describe("in a clause of getting, a thing with a source of its own comes only from there", () => {
  it.each([
    ["Russia bought shells from North Korea and drones from Iran.", ["PRK RUS artillery-ammunition", "IRN RUS drones"], ["IRN RUS artillery-ammunition", "PRK RUS drones"]],
    ["Ukraine received tanks from Poland and jets from Denmark.", ["POL UKR armoured-vehicles", "DNK UKR aircraft"], ["DNK UKR armoured-vehicles", "POL UKR aircraft"]],
    ["Last year Serbia acquired howitzers from France and drones from China.", ["FRA SRB artillery-systems", "CHN SRB drones"], ["CHN SRB artillery-systems", "FRA SRB drones"]],
    ["Armenia has obtained mortars from India and rifles from Greece.", ["GRC ARM weapons-unspecified"], ["IND ARM weapons-unspecified"]],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of wrong) expect(got).not.toContain(w);
  });

  it("one source after two things still gives both", () => {
    const got = transfers("Russia bought shells and drones from Iran.");
    expect(got).toContain("IRN RUS artillery-ammunition");
    expect(got).toContain("IRN RUS drones");
  });
});

describe("'to' before a verb is no destination: a state inside what the goods are meant to do gives nothing", () => {
  it.each([
    ["France sold Rafale jets to Egypt. Jets intended to replace Egypt's old fleet have been shipped to Egypt.", "EGY FRA aircraft"],
    ["Moscow has shipped air-defence missiles to the North. Drones meant to bolster Pyongyang's weak air defences have been delivered to North Korea.", "PRK RUS drones"],
    ["Sweden sold howitzers to Brazil. Trucks designed to modernise Brazil's artillery units were delivered to Brazil in May.", "BRA SWE armoured-vehicles"],
    ["Germany sent tanks to Lithuania. Radars and rockets needed to renew Lithuania's air defences were shipped to Lithuania.", "LTU DEU artillery-ammunition"],
  ])("%s", (text, wrong) => expect(transfers(text)).not.toContain(wrong));
});

describe("a passive that names only its receiver takes the subject of the sentence before as giver", () => {
  it.each([
    ["North Korea has deepened its ties with Moscow. More than 10,000 soldiers have been sent to Russia.", "PRK RUS troops"],
    ["Iran has expanded its drone production. Hundreds of the drones have been delivered to Russia.", "IRN RUS drones"],
    ["Poland is Ukraine's biggest backer. Over 300 tanks have gone to Kyiv so far.", "POL UKR armoured-vehicles"],
    ["Last year, Serbia grew closer to Armenia. Dozens of howitzers were quietly shipped to Armenia.", "SRB ARM artillery-systems"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it.each([
    ["The United States warned about the trade with Moscow. Shells were sent to Russia, officials said.", "USA"],
    ["Washington is worried about the trade. Shells were sent to Russia.", "USA"],
    ["According to Britain, the war has changed. Shells were sent to Russia.", "GBR"],
  ])("not one that only speaks, or that says nothing of the two: %s", (text, state) => expect(transfers(text).some((c) => c.startsWith(state + " "))).toBe(false));
});

describe("'its' before the goods, with no state before it in the sentence, names their origin", () => {
  it.each([
    ["Iran has built a drone plant near Isfahan. Its drones were shipped to Russia last year.", "IRN RUS drones"],
    ["North Korea runs dozens of arms factories. Millions of its shells have gone to Russia.", "PRK RUS artillery-ammunition"],
    ["Serbia has a large arms industry. Thousands of its mortar rounds were sold to Ukraine.", "SRB UKR artillery-ammunition"],
    ["Turkey has become a drone power. Dozens of its own drones were exported to Ethiopia.", "TUR ETH drones"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it.each([
    ["North Korea is isolated. Russia has fired its missiles at Kyiv.", "PRK"],
    ["Iran built a plant. Its drones are cheap and simple.", "IRN"],
  ])("not where a state stands before it, nor where nothing moves: %s", (text, state) => expect(transfers(text).some((c) => c.startsWith(state + " "))).toBe(false));
});

describe("'to arm X with Y': the bare verb after 'to' or a modal gives", () => {
  it.each([
    ["Iran continues to arm Hezbollah with rockets.", "IRN LBN-HEZBOLLAH artillery-ammunition"],
    ["Washington plans to arm Taiwan with anti-ship missiles.", "USA TWN missiles-other"],
    ["Moscow agreed to arm Niger with attack helicopters.", "RUS NER aircraft"],
    ["Paris should not arm Kyiv with long-range drones, the party said.", "FRA UKR drones"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it("not an arm of the body or of a firm", () => {
    expect(transfers("Russia's arm of the firm sold nothing to Iran with its partners.").some((c) => c.endsWith("weapons-unspecified"))).toBe(false);
  });
});

describe("nouns of a flow and of one who gets: 'the flow of X to Y', 'the largest buyer of Z's arms'", () => {
  it.each([
    ["The flow of North Korean arms to Russia has grown.", "PRK RUS weapons-unspecified"],
    ["Analysts track the steady flow of Iranian drones to Moscow.", "IRN RUS drones"],
    ["Officials hope to stem the flows of Chinese machine tools to Russia.", "CHN RUS dual-use-goods"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it("a flow with no destination after it tells nothing new", () => {
    expect(transfers("Iran sent 300 drones to Russia in May. The figure suggests the flow of weapons has not slowed.").filter((c) => c.endsWith("weapons-unspecified"))).toEqual([]);
  });

  it.each([
    ["India remains the largest buyer of Russian arms.", "RUS IND weapons-unspecified"],
    ["Ukraine is the recipient of 40 Leopard tanks from Germany.", "DEU UKR armoured-vehicles"],
    ["China became the top importer of Iranian oil last year.", "IRN CHN oil-fuel"],
    ["Egypt was a major buyer of French Rafale jets.", "FRA EGY aircraft"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("mercenaries of a named private army are troops", () => {
  it.each([
    ["Russia sent Wagner mercenaries to Mali.", "RUS MLI troops"],
    ["The Kremlin deployed Wagner mercenaries to Libya in 2019.", "RUS LBY troops"],
    ["Moscow has sent paramilitary mercenaries to Sudan.", "RUS SDN troops"],
    ["Russia dispatched Africa Corps mercenaries to Niger.", "RUS NER troops"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("a ranking after 'was the top supplier to X' names further givers", () => {
  it.each([
    ["Iraq was the top oil supplier to India, followed by Saudi Arabia and the UAE.", ["IRQ IND oil-fuel", "SAU IND oil-fuel", "ARE IND oil-fuel"]],
    ["Russia was the largest arms supplier to India, followed by France and Israel.", ["RUS IND weapons-unspecified", "FRA IND weapons-unspecified", "ISR IND weapons-unspecified"]],
    ["The United States remained the biggest exporter of weapons to Saudi Arabia, followed by Britain.", ["USA SAU weapons-unspecified", "GBR SAU weapons-unspecified"]],
  ])("%s", (text, want) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("people who do something else are no goods: 'soldiers unload missiles, delivered as part of ...'", () => {
  it.each([
    ["Ukrainian soldiers unload Stinger missiles, delivered as part of Britain's aid to Ukraine, at the airport.", "GBR UKR missiles-other", "GBR UKR troops"],
    ["Polish workers inspect Leopard tanks, donated by Germany to Poland, at a depot.", "DEU POL armoured-vehicles", "DEU POL workers"],
    ["Moldovan servicemen examined the rifles, supplied by Romania to Moldova under a new deal.", "ROU MDA weapons-unspecified", "ROU MDA troops"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).not.toContain(wrong);
  });

  it.each([
    ["About 1,000 North Korean sappers have already arrived in Russia.", "PRK RUS troops"],
    ["North Korea has sent 10,000 soldiers to Russia.", "PRK RUS troops"],
  ])("people who move stay goods: %s", (text, want) => expect(transfers(text)).toContain(want));
});

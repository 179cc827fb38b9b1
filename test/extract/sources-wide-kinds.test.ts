// attribute-sentences: kinds of "who says it" read from pages nobody tuned on (brief "sources", probe-wide),
// each shown by phrasings of our own (other states, names, items, numbers and word orders).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** Every claim's source as "speaker | org | country" ("-" for null). */
function sourcesOf(text: string, outlet = "Probe Wire"): string[] {
  const doc = processDocument({ path: "wide.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "wide", url: "https://probe.example/wide", outlet, published: "2024-05-10" } as never });
  return doc.claims.map((c) => [c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | "));
}

/** The speaker and state of every claim's source ("Ruiz | CHL"). */
const whoAndState = (text: string) => sourcesOf(text).map((s) => { const [speaker, , country] = s.split(" | "); return `${speaker} | ${country}`; });

describe("a person 'at' or 'of' a body says it: the person speaks for the body, no second source", () => {
  it.each([
    ["Ana Ruiz of the Chilean navy told reporters that Spain had sold 30 howitzers to Peru.", "Ana Ruiz | CHL"],
    ["Lars Dahl from the Norwegian foreign ministry said Sweden had sold 40 drones to Latvia.", "Lars Dahl | NOR"],
    ["In March, Jorge Salas at the Peruvian Ministry of Defence said Peru had bought 12 tanks from Spain.", "Jorge Salas | PER"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("a surname alone after a title or role names the person who speaks", () => {
  it.each([
    ["Chilean Defence Minister Ruiz said Spain had sold 30 howitzers to Peru.", "Ruiz | CHL"],
    ["Chile's navy commander Ruiz said Spain had sold 30 howitzers to Peru.", "Ruiz | CHL"],
    ["Spain sold 30 howitzers to Peru, Chile's army spokesman Ruiz said.", "Ruiz | CHL"],
    ["Kenya's defence ministry spox Otieno says Kenya got no drones from Turkey.", "Otieno | KEN"],
    ["The Greek foreign ministry's spokesman Pappas on Monday said France had sold 18 jets to Cyprus.", "Pappas | GRC"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("a page a government body publishes itself speaks in its own voice for the body's state", () => {
  it.each([
    ["Norway will send 20 patrol boats to Latvia this year.", "Norwegian Ministry of Defence", "- | Norwegian Ministry of Defence | NOR"],
    ["Latvia received 6 helicopters from Sweden in March.", "Ministry of Defence of Latvia", "- | Ministry of Defence of Latvia | LVA"],
    ["The United States will send 20 howitzers to Ukraine.", "U.S. Department of Defense", "- | U.S. Department of Defense | USA"],
    ["Russia delivered 30 tanks to Belarus in May.", "The Kremlin", "- | The Kremlin | RUS"],
  ])("%s (%s)", (text, outlet, expected) => expect(sourcesOf(text, outlet)).toEqual([expected]));

  it("a news outlet in its own voice speaks for no state", () => {
    expect(sourcesOf("Norway will send 20 patrol boats to Latvia this year.", "Defense News")).toEqual(["- | Defense News | -"]);
  });
});

describe("a titled person who opens the sentence and commits, refuses or pledges is its source", () => {
  it.each([
    ["Chilean Defence Minister Ana Ruiz has pledged 40 howitzers to Peru.", "Ana Ruiz | CHL"],
    ["Greek Defence Minister Nikos Andreou on Monday promised Cyprus 14 armoured vehicles.", "Nikos Andreou | GRC"],
    ["The Danish Foreign Minister Lars Holm officially offered Ukraine 30 tanks.", "Lars Holm | DNK"],
    ["Chancellor Olaf Scholz, however, again refused to supply Taurus missiles to Ukraine.", "Olaf Scholz | DEU"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("a state whose office holder commits, in a 'whose' clause: the holder is the source", () => {
  it.each([
    ["Kenya, whose president William Otieno pledged 12 drones to Somalia last year, has not delivered them.", "William Otieno | KEN"],
    ["Spain, whose defence minister Maria Sanz offered Ukraine 20 tanks, is still waiting for approval.", "Maria Sanz | ESP"],
    ["Norway, whose prime minister Jonas Berg promised Latvia 12 patrol boats, will decide in June.", "Jonas Berg | NOR"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("a body named right before its numbers ('Chilean customs data show ...') is the source", () => {
  it.each([
    ["Chilean customs data show that exports of howitzers to Peru reached 300 in 2023.", "- | CHL"],
    ["Indian government data show India imported 2 million barrels of oil from Iraq in May.", "- | IND"],
    ["The Peruvian army's own figures show that Peru received 30 howitzers from Spain.", "- | PER"],
    ["Kenyan customs statistics show that Kenya bought 12 drones from Turkey last year.", "- | KEN"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("'did not exclude', 'did not rule out' and 'reminded' are verbs of saying", () => {
  it.each([
    ["Ana Ruiz, the Chilean army chief, did not exclude that Peru may buy 30 howitzers from Spain.", "Ana Ruiz | CHL"],
    ["Chilean Defence Minister Ana Ruiz did not rule out that Spain would send Peru 30 howitzers.", "Ana Ruiz | CHL"],
    ["Greek Defence Minister Nikos Andreou doesn't exclude that France will sell Cyprus 18 jets.", "Nikos Andreou | GRC"],
    ["Peru could soon get 30 howitzers from Spain, Chilean Defence Minister Ana Ruiz reminded.", "Ana Ruiz | CHL"],
    ["Norwegian Foreign Minister Lars Dahl reminded reporters that Sweden had sent Latvia 40 drones.", "Lars Dahl | NOR"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("'the head of' a body who says it is the one person of the body's state the report names", () => {
  // (One line names the person, the other says the claim: before or after it.)
  it.each([
    ["Chile's spymaster Ana Ruiz spoke in Santiago on Monday.\nPeru will receive 30 howitzers from Spain, the head of Chilean intelligence said.", "Ana Ruiz | CHL"],
    ["Peru will receive 30 howitzers from Spain, the head of Chilean intelligence said.\nChile's spymaster Ana Ruiz spoke in Santiago on Monday.", "Ana Ruiz | CHL"],
    ["General Ivo Tamm, Estonia's army chief, addressed parliament.\nBelarus sent Russia 90 tanks in March, the commander of the Estonian army said.", "Ivo Tamm | EST"],
    ["Norway's Lars Dahl visited Riga on Monday.\nLatvia will get 12 patrol boats from Norway, the chief of the Norwegian navy said.", "Lars Dahl | NOR"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("officials of several states ('Chilean and Peruvian officials') are one source per state", () => {
  it.each([
    ["The North first sent around 9,000 troops to Russia in May, according to Japanese and US officials.", ["- | JPN", "- | USA"]],
    ["Iran sent Russia 200 drones last year, British, French and German officials said.", ["- | DEU", "- | FRA", "- | GBR"]],
    ["According to British, French and German officials, Iran sent Russia 200 drones last year.", ["- | DEU", "- | FRA", "- | GBR"]],
    ["Chilean and Peruvian officials say Spain sold 30 howitzers to Ecuador.", ["- | CHL", "- | PER"]],
    ["Iran sent Russia 200 drones, senior US and Israeli officials said.", ["- | ISR", "- | USA"]],
  ])("%s", (text, expected) => expect(whoAndState(text).sort()).toEqual(expected));
});

describe("a body's numbers named once ('as per customs data') go on through the rest of the paragraph", () => {
  /** The source of the claim of one supplier. */
  const of = (text: string, supplier: string) =>
    processDocument({ path: "wide.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "wide", outlet: "Probe Wire", published: "2024-05-10" } as never })
      .claims.filter((c) => c.supplier === supplier)
      .map((c) => c.source.country ?? c.source.org);
  it.each([
    ["As per Chilean customs data, Peru sold Chile 2 million barrels of oil in May. Chile also bought 500,000 barrels of oil from Ecuador in June.", "ECU", "CHL"],
    ["According to Kenyan government figures, Turkey sold Kenya 12 drones in 2023. Kenya also received 40 armoured vehicles from Israel that year.", "ISR", "KEN"],
    ["Figures from the Greek defence ministry show that France sold Greece 18 jets in 2021. Italy delivered 4 helicopters to Greece in 2022.", "ITA", "GRC"],
  ])("%s", (text, supplier, source) => expect(of(text, supplier)).toEqual([source]));

  it("not past the end of the paragraph", () => {
    expect(of("As per Chilean customs data, Peru sold Chile 2 million barrels of oil in May.\nChile also bought 500,000 barrels of oil from Ecuador in June.", "ECU")).toEqual(["Probe Wire"]);
  });
});

describe("a navy or air force that names no state speaks for the state the report is about", () => {
  it.each([
    ["Chile is rearming. The commander of the Air Force informed that Chile will receive from Spain four more fighters next year.", "- | CHL"],
    ["Chile is rearming. The commander of the navy said that Chile will receive from Spain four frigates next year.", "- | CHL"],
    ["Peru is rearming. Peru got 6 helicopters from Italy in May, the air force said.", "- | PER"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));

  it("the head of the navy is not the state's leader the report names", () => {
    expect(whoAndState("Chilean President Ana Ruiz visited a base.\nChile will receive four frigates from Spain, the commander of the Chilean navy said.")).toEqual(["- | CHL"]);
  });
});

describe("'it' in a clause joined to the sentence ('..., when it reported ...') is the state or body the sentence opens with", () => {
  it.each([
    ["The report came from the Kestrel Institute. Chile filed a notice with the UN in May, when it reported selling 30 howitzers to Peru.", "- | CHL"],
    ["Officials at the Vantor Research Group spoke first. Norway filed its annual return in March, and it said 12 patrol boats had gone to Latvia.", "- | NOR"],
    ["The Kenyan army held hearings on Monday, after it confirmed that Kenya had bought 12 drones from Turkey.", "- | KEN"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

// Who gives and who gets, by kinds of wording that still named the wrong party or none on unseen reports:
// several givers named together in a run of transfers to one receiver, and a relative aside about the
// givers ("which paid for ...", "which bought ...") between them and their own verb. Texts of our own, run
// through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "wide2.txt", bytes: new TextEncoder().encode(text), meta: { id: "wide2", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("further givers named together give to the receiver of the run", () => {
  it.each([
    ["Germany sent tanks to Ukraine. Sweden and Norway have handed over 20 howitzers.", ["SWE UKR artillery-systems", "NOR UKR artillery-systems"]],
    ["Chile delivered rifles to Peru in March. Brazil and Uruguay will also ship 300 mortar rounds.", ["BRA PER artillery-ammunition", "URY PER artillery-ammunition"]],
    ["Russia has sent jets to Syria. Belarus and Armenia are now supplying 40 armoured vehicles.", ["BLR SYR armoured-vehicles", "ARM SYR armoured-vehicles"]],
  ])("%s", (text, want) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("a relative aside about the givers does not set who gets", () => {
  it.each([
    ["Germany sent tanks to Ukraine. Belgium, Sweden and Norway, which jointly paid for the repairs, have so far delivered 20 howitzers.", ["BEL UKR artillery-systems", "SWE UKR artillery-systems", "NOR UKR artillery-systems"], ["BEL NOR artillery-systems"]],
    ["France sent jets to Ukraine. Italy, Greece and Spain, which bought the guns together, delivered 30 howitzers in May.", ["ITA UKR artillery-systems", "GRC UKR artillery-systems", "ESP UKR artillery-systems"], ["ITA ESP artillery-systems", "ESP ESP artillery-systems"]],
    ["Chile sent rifles to Peru. Argentina, Bolivia and Paraguay, which paid for the refit of old tanks, have handed over 12 of the vehicles.", ["ARG PER armoured-vehicles", "PRY PER armoured-vehicles"], ["ARG PRY armoured-vehicles"]],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of wrong) expect(got).not.toContain(w);
  });
});

describe("a state named in a relative clause about the source is no party", () => {
  it.each([
    ["Iran has sent drones to Russia. The Kremlin received 200 missiles in the spring, according to officials, who briefed a French radio station.", "IRN RUS missiles-other", "FRA"],
    ["North Korea has shipped shells to Russia. Moscow also took delivery of 50 howitzers last month, according to Budanov, who spoke to an American news site.", "PRK RUS artillery-systems", "USA"],
    ["China sold jets to Pakistan. Islamabad bought 30 more tanks last year, said an analyst, who writes for a British magazine.", "CHN PAK armoured-vehicles", "GBR"],
    ["Turkey has sold drones to Kenya. Nairobi acquired 6 more drones in March, according to a diplomat, who told a Spanish daily.", "TUR KEN drones", "ESP"],
  ])("%s", (text, want, bystander) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got.some((c) => c.split(" ").slice(0, 2).includes(bystander))).toBe(false);
  });
});

describe("'armament' names weapons", () => {
  it.each([
    ["Serbia has shipped armaments to Armenia.", "SRB ARM weapons-unspecified"],
    ["Iran sent 300 tonnes of armament to Syria in May.", "IRN SYR weapons-unspecified"],
    ["Officials in Minsk deny any supplies of Belarusian armament to the Russian side.", "BLR RUS weapons-unspecified"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("item words in the name of an armed service are no goods", () => {
  it.each([
    ["The head of the Air Force and Air Defence Forces said Kazakhstan will receive six fighter jets from Russia.", "RUS KAZ aircraft", "RUS KAZ air-defence-systems"],
    ["Kazakhstan will receive six fighter jets from Russia, the commander of the Missile Forces and Artillery said.", "RUS KAZ aircraft", "RUS KAZ artillery-ammunition"],
    ["A general of the Air Defence Troops said Belarus had bought 12 helicopters from Russia.", "RUS BLR aircraft", "RUS BLR air-defence-systems"],
    ["Serbia bought 20 tanks from Russia, a spokesman for the Rocket Forces and Artillery said.", "RUS SRB armoured-vehicles", "RUS SRB artillery-ammunition"],
    ["The chief of the Tank Forces said Armenia had bought 30 howitzers from India.", "IND ARM artillery-systems", "IND ARM armoured-vehicles"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });

  it("goods beside a service named by its own name still move", () => {
    expect(transfers("Germany sent 20 air defence systems to the Ukrainian Armed Forces.")).toContain("DEU UKR air-defence-systems");
  });
});

describe("a verb of a relative clause moves the things it is said of", () => {
  it.each([
    ["The oil was likely payment for the artillery shells and ballistic missiles that Pyongyang has supplied to Moscow.", ["PRK RUS artillery-ammunition", "PRK RUS ballistic-missiles"], "PRK RUS oil-fuel"],
    ["Analysts say the grain is payment for the drones which Tehran has shipped to Russia.", ["IRN RUS drones"], "IRN RUS food"],
    ["Officials believe the fuel was payment for the tanks that Belarus sold to Venezuela.", ["BLR VEN armoured-vehicles"], "BLR VEN oil-fuel"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
    expect(got).not.toContain(wrong);
  });
});

describe("weapons named together as the means of strikes are no goods", () => {
  it.each([
    ["France will send 2 air defence systems to Ukraine as Kyiv seeks shelter from Russian missile and drone strikes.", "FRA UKR air-defence-systems", "missiles-other"],
    ["Spain delivered 10 howitzers to Ukraine amid drone and missile attacks on Odesa.", "ESP UKR artillery-systems", "drones"],
    ["Italy shipped 12 armoured vehicles to Ukraine after a week of rocket, drone and missile strikes.", "ITA UKR armoured-vehicles", "drones"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got.some((c) => c.endsWith(" " + wrong))).toBe(false);
  });
});

describe("a state's deployment of troops to another sends them there", () => {
  it.each([
    ["Iran's deployment of troops to Syria began in 2013.", "IRN SYR troops"],
    ["Cuba's troop deployment to Venezuela has grown.", "CUB VEN troops"],
    ["The Russian troop deployment to Mali began in 2021.", "RUS MLI troops"],
    ["Chad's deployment of 400 soldiers to Niger began in May.", "TCD NER troops"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it("a deployment with no destination names no transfer", () => {
    expect(transfers("The deployment of troops has grown.")).toEqual([]);
  });
});

// Sentences, written for the test, that name a transfer without telling one, or that tell one the wrong
// way round: a state's opposition to others' sales, a rule that forbids a kind of sending, the thing a
// purchase is meant to counter, an industry word inside a body's name, and payments whose means follow
// what is paid for. Three phrasings of our own per rule; the claims that must still come out are checked beside them.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const cores = (claims: Claim[]) => claims.map((c) => `${c.kind} ${c.supplier} ${c.recipient} ${c.item}`);
const of = (claims: Claim[], start: string) => cores(claims.filter((c) => c.evidence.text.startsWith(start)));

describe("the state that opposes a transfer is not its giver", () => {
  it.each([
    ["Russia strongly opposes any arms sales to Ukraine, the Kremlin said.\n", "RUS"],
    ["China condemned the latest weapons deliveries to Taiwan on Monday.\n", "CHN"],
    ["Iran protested against the transfer of fighter jets to Israel.\n", "IRN"],
    ["Moscow objects to the delivery of tanks to Kyiv by its neighbours.\n", "RUS"],
  ])("%s", (text, opposer) => {
    expect(claimsOf(text).filter((c) => c.supplier === opposer).map((c) => c.evidence.text)).toEqual([]);
  });
  it("keeps the seller named in the opposed sale", () => {
    expect(cores(claimsOf("Beijing firmly opposes U.S. arms sales to Taiwan, a Chinese foreign ministry spokesperson said Friday.\n"))).toContain("transfer USA TWN weapons-unspecified");
  });
  it("keeps what the opposer itself sends in a clause of its own", () => {
    const claims = claimsOf("China condemned the new sanctions, and the government said it would keep supplying drones to Russia.\n");
    expect(cores(claims)).toContain("transfer CHN RUS drones");
  });
});

describe("a rule that forbids a kind of sending tells no transfer", () => {
  it.each([
    ["Russia sent tanks to Belarus. Its laws bar selling weapons to countries at war.\n", "transfer RUS BLR armoured-vehicles"],
    ["Japan supplied patrol boats to the Philippines, but its rules prohibit exporting lethal arms to conflict zones.\n", "transfer JPN PHL naval"],
    ["Germany has given Ukraine tanks, although German law bans the export of weapons to war zones.\n", "transfer DEU UKR armoured-vehicles"],
  ])("%s", (text, kept) => {
    const claims = claimsOf(text);
    expect(cores(claims).filter((c) => c.endsWith("weapons-unspecified"))).toEqual([]);
    expect(cores(claims)).toContain(kept);
  });
});

describe("what a purchase is to counter is another's", () => {
  it("keeps the buyer's own jets, not the rival's", () => {
    const claims = claimsOf("Pakistan bought Chinese jets as a counterweight to India's French-made Rafale fighters.\n");
    expect(cores(claims)).toEqual(["transfer CHN PAK aircraft"]);
  });
  it("drops a purchase read with the rival's parties", () => {
    const text = "Last week the minister confirmed the purchase of the fighters, saying they would serve as a counterweight to India's fleet of French Rafale jets.\n";
    expect(claimsOf(text).filter((c) => c.supplier === "FRA")).toEqual([]);
  });
  it("drops the threat named before the transfer, keeps what was sent", () => {
    const claims = claimsOf("To counter Russian drones, Germany sent Gepard tanks to Ukraine.\n");
    expect(cores(claims).filter((c) => c.includes("RUS") || c.endsWith("drones"))).toEqual([]);
    expect(cores(claims)).toContain("transfer DEU UKR armoured-vehicles");
  });
  it("keeps a counter-drone system as a thing sent", () => {
    expect(claimsOf("The US sent counter-drone systems to Ukraine last month.\n").map((c) => `${c.supplier} ${c.recipient}`)).toEqual(["USA UKR"]);
  });
  it("drops the rival's jets, keeps the boats ordered", () => {
    const claims = claimsOf("Egypt ordered submarines from Germany to counter Israel's American-built F-35 jets.\n");
    expect(cores(claims)).toEqual(["transfer DEU EGY naval"]);
  });
});

describe("an industry word inside the name of a body is no output", () => {
  it.each([
    ["Saudi Arabia's military industries grew by 20% in 2024, the ministry said.\n\n", "The governor of the National Authority for Military Industries (NAMI), Omar Haddad, said: \"This progress reflects years of reforms that let investors enter the military industries sector.\"\n", "SAU"],
    ["The output of Egypt's arms factories doubled in 2023, officials said.\n\n", "A spokesman for the Egyptian Agency for Military Industries, Adel Nasr, said: \"The rise came as investors joined the military industries.\"\n", "EGY"],
    ["Jordan's defence production rose sharply last year, the ministry said.\n\n", "The head of the Jordanian Commission for Military Industries, Omar Haddad, said: \"The progress shows that private firms can now thrive in military industries.\"\n", "JOR"],
  ])("%s%s", (lead, named, state) => {
    const claims = claimsOf(`${lead}${named}`);
    expect(of(claims, named.slice(0, 30))).toEqual([]);
    expect(of(claims, lead.slice(0, 20))).toEqual([`production ${state} null weapons-unspecified`]);
  });
});

describe("the means of a payment told after what is paid for", () => {
  it("pays with wheat after naming the shells", () => {
    const claims = claimsOf("Russia paid North Korea for the shells with wheat.\n");
    expect(cores(claims)).toContain("transfer RUS PRK food");
    expect(cores(claims)).toContain("transfer PRK RUS artillery-ammunition");
  });
  it("pays with wheat for drones sold before", () => {
    const claims = claimsOf("Iran sold drones to Russia. Moscow paid for the drones with wheat.\n");
    expect(of(claims, "Moscow paid")).toEqual(["transfer RUS IRN food"]);
  });
  it("leans on a payment told before: the payer pays again", () => {
    const claims = claimsOf("Russia sent $20 million in cash to North Korea last year. The factory also paid for the shells in grain.\n");
    expect(of(claims, "The factory")).toEqual(["transfer PRK RUS artillery-ammunition"]);
  });
  it("leans on a payment told before: no money back from the payee", () => {
    const claims = claimsOf("Moscow transferred gold bars worth $50 million to Tehran as payment for the drones. However, the plant paid for the supplies not only in gold.\n");
    expect(claims.filter((c) => c.supplier === "IRN" && c.item === "money")).toEqual([]);
  });
});

describe("a giver left to the sentences before yields to the person that 'he' stands for", () => {
  const lead = "Britain sent 500 drones to Ukraine in May, London said. ";
  it.each([
    ["The drop is despite President Joe Biden's claims he could give Ukraine ATACMS missiles to pressure Russia.\n", "USA"],
    ["The fall came despite President Emmanuel Macron's claims he could send Ukraine more Caesar howitzers.\n", "FRA"],
    ["The slump is in spite of President Donald Trump's claims he may give Kyiv Tomahawk cruise missiles.\n", "USA"],
  ])("%s", (text, giver) => {
    const claims = claimsOf(`${lead}${text}`);
    expect(claims.filter((c) => c.evidence.text.startsWith(text.slice(0, 20))).map((c) => c.supplier)).toEqual([giver]);
    expect(of(claims, "Britain sent")).toEqual(["transfer GBR UKR drones"]);
  });
  it("keeps a giver the sentence names", () => {
    const claims = claimsOf("Britain sent 500 drones to Ukraine in May. Prime Minister Keir Starmer said he would send Ukraine more drones soon.\n");
    expect(of(claims, "Prime Minister")).toEqual(["transfer GBR UKR drones"]);
  });
});

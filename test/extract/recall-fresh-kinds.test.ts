// Claims once missed or misdated on reports the reader had not been tuned on, each kind shown by phrasings of our own:
// a further lot told with no transfer verb of its own ("3,000 more followed", "Another 12 howitzers followed"),
// the first months of a year as a period, fields of technology, packages and their announcers, lots counted alone.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "fresh.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "fresh", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const transfers = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer");

describe("a further lot that follows a transfer, with no transfer verb or goods of its own, moves the same way", () => {
  it.each([
    ["Chad sent some 900 soldiers to Libya in 2023, and about 400 more followed in March.", 400, "2024-03"],
    ["Kenya deployed 1,200 troops to Somalia last year, and roughly 300 more came in February.", 300, "2024-02"],
    ["In 2022 Rwanda dispatched 2,000 soldiers to Mozambique, and another 500 more arrived in January 2023.", 500, "2023-01"],
  ])("%s", (text, value, start) => {
    const lot = transfers(text).find((c) => c.quantity?.value === value);
    expect(lot).toBeDefined();
    expect(lot!.item).toBe("troops");
    expect(lot!.period?.start).toBe(start);
  });
});

describe("a sentence that opens with a further lot goes on with the transfer told just before", () => {
  it.each([
    ["Chad sent 40 howitzers to Libya in 2023. Another 12 howitzers followed in April.", 12, "artillery-systems"],
    ["Kenya deployed 1,200 troops to Somalia in January. Roughly 300 more were sent in March to replace losses.", 300, "troops"],
    ["Brazil delivered ten patrol boats to Angola last year. A further four boats arrived in February.", 4, "naval"],
  ])("%s", (text, value, item) => {
    const [first] = transfers(text);
    const lot = transfers(text).find((c) => c.quantity?.value === value);
    expect(lot).toBeDefined();
    expect([lot!.supplier, lot!.recipient, lot!.item]).toEqual([first.supplier, first.recipient, item]);
  });

  it.each([
    // A lot of its own parties is another flow.
    "Chad sent 40 howitzers to Libya in 2023. Another 12 howitzers went to Niger in April.",
    // Ranks of sellers are no lot.
    "Russia was the top seller of oil to India. Iraq and Saudi Arabia followed, with smaller shares.",
  ])("no further lot of the transfer before: %s", (text) => {
    expect(transfers(text).filter((c) => c.supplier === "TCD" && c.recipient === "LBY" && c.quantity?.value === 12)).toEqual([]);
    expect(transfers(text).filter((c) => c.supplier === "RUS" && c.recipient === "IND" && c.quantity)).toEqual([]);
  });
});

describe("the first months of a year start in its January", () => {
  it.each([
    ["Chad sent 300 troops to Niger in the first months of 2023.", "2023-01"],
    ["Chad sent 300 troops to Niger in the early months of last year.", "2023-01"],
    ["Chad sent 300 troops to Niger in the first few months of this year.", "2024-01"],
  ])("%s", (text, start) => expect(transfers(text)[0]?.period?.start).toBe(start));
});

describe("the fields a word of technology is said to cover name its kinds", () => {
  it.each([
    ["Officials said Moscow has been sharing technology that Tehran wants, including on nuclear matters and some space research.", ["nuclear-technology", "space-technology"]],
    ["China is passing on know-how Pakistan seeks, notably in nuclear fields as well as satellite topics.", ["nuclear-technology", "space-technology"]],
    ["Russia shared tech with Iran in return, incl. on missile questions and space stuff.", ["missile-technology", "space-technology"]],
  ])("%s", (text, kinds) => {
    const items = transfers(text).map((c) => c.item);
    for (const kind of kinds) expect(items).toContain(kind);
    expect(items).not.toContain("military-technology");
  });
});

describe("sharing goods gives them; a bare 'in return' closing a phrase turns nothing round", () => {
  it.each([
    ["Moscow is sharing drone technology with Tehran.", "RUS", "IRN"],
    ["Beijing has shared its missile know-how with Pyongyang.", "CHN", "PRK"],
    ["Russia is sharing technology Iran wants in return, including on space matters.", "RUS", "IRN"],
  ])("%s", (text, supplier, recipient) => {
    const flows = transfers(text).map((c) => [c.supplier, c.recipient]);
    expect(flows).toContainEqual([supplier, recipient]);
    expect(flows).not.toContainEqual([recipient, supplier]);
  });

  it.each(["Russia and China share a long border.", "Kenya shared intelligence with Somalia about the attack.", "Poland will share the burden of training pilots."])("no transfer: %s", (text) =>
    expect(transfers(text)).toEqual([]),
  );
});

describe("a pair's joint denial of goods 'between them' takes the way those goods were told, not the last way back", () => {
  it.each([
    "Belarus has sent thousands of shells to Russia. In return, Russia is sharing satellite technology with Belarus. Russia and Belarus have both denied any arms trade between them.",
    "Iran has shipped drones to Russia. Russia has paid Iran in gold. Iran and Russia have denied any weapons deliveries between them.",
    "Eritrea sent rifles and ammunition to Sudan. Sudan gave Eritrea fuel in exchange. Sudan and Eritrea have both denied any weapons trade between the two countries.",
  ])("%s", (text) => {
    const denied = transfers(text).filter((c) => c.certainty === "denied");
    expect(denied.length).toBeGreaterThan(0);
    const [first] = transfers(text);
    for (const c of denied) expect([c.supplier, c.recipient]).toEqual([first.supplier, first.recipient]);
  });
});

describe("a state's body that announces a package gives it, whatever state an aside names", () => {
  it.each([
    ["The Pentagon on Monday unveiled a fresh $400 million tranche of arms for Ukraine, as allied ministers met in Poland to discuss how to help Kyiv.", "USA", "UKR"],
    ["The Bundeswehr announced a new package of weapons for Ukraine, while leaders gathered in France.", "DEU", "UKR"],
    ["The Pentagon has approved another drawdown of munitions for Taiwan, as officials travelled to Japan to help Taipei.", "USA", "TWN"],
  ])("%s", (text, supplier, recipient) => {
    const flows = transfers(text).map((c) => [c.supplier, c.recipient]);
    expect(flows).toContainEqual([supplier, recipient]);
    expect(flows.every(([s]) => s === supplier)).toBe(true);
  });
});

describe("a package's contents come from the subject that announced it, not from a state its aside names", () => {
  it.each([
    "The Pentagon on Monday unveiled a fresh tranche of arms for Ukraine, one of the largest since the Russian invasion began. Six Avenger air defence systems are also part of the tranche.",
    "The Pentagon announced a new package of weapons for Ukraine, the biggest since the start of the Russian offensive. Twelve Bradley vehicles are also part of the package.",
    "The Pentagon unveiled a drawdown of munitions for Taiwan, its first since the Chinese drills. Forty Stinger missiles are also part of the drawdown.",
  ])("%s", (text) => {
    const contents = transfers(text).filter((c) => c.quantity);
    expect(contents.length).toBeGreaterThan(0);
    for (const c of contents) expect(c.supplier).toBe("USA");
  });
});

describe("a day on which a package is announced dates the package, not only the saying", () => {
  it.each([
    ["The Pentagon on Tuesday announced a $300 million package of weapons for Ukraine.", "2024-04-30"],
    ["The Pentagon unveiled a new tranche of arms for Ukraine on Monday.", "2024-04-29"],
    ["The Bundeswehr on Wednesday approved a fresh package of weapons for Ukraine.", "2024-05-01"],
  ])("%s", (text, start) => expect(transfers(text)[0]?.period?.start).toBe(start));

  it("a saying of a giving still dates only the saying", () => {
    expect(transfers("Germany announced on Monday that it will send 14 tanks to Ukraine.")[0]?.period).toBeNull();
  });
});

describe("a number glued by a hyphen to a measure or a participle counts nothing", () => {
  it.each([
    "The United States will send 90 armoured personnel carriers to Ukraine, the first time the eight-wheeled vehicle has been offered abroad.",
    "The United States sent 30 howitzers to Ukraine, each with a six-man crew trained in Germany.",
    "The United States sent 12 rocket launchers to Ukraine, the first time the twelve-barrelled system has left the country.",
  ])("%s", (text) => {
    const counts = transfers(text).filter((c) => c.quantity).map((c) => c.quantity!.value);
    expect(counts).not.toContain(8);
    expect(counts).not.toContain(6);
    expect(counts.filter((v) => v === 12).length).toBeLessThanOrEqual(1);
    expect(counts.length).toBe(1);
  });
});

describe("a lot counted alone, with a verb of its moving, is a lot of the goods told before", () => {
  it.each([
    ["Egypt ordered twelve Rafale jets from France in 2021. Four have already been delivered under that contract.", 4],
    ["Peru bought six patrol boats from Spain last year. Two have now been delivered.", 2],
    ["Of the ten howitzers Chile ordered from Israel in 2022, seven have been delivered.", 7],
  ])("%s", (text, value) => {
    const [first] = transfers(text);
    const lot = transfers(text).find((c) => c.quantity?.value === value);
    expect(lot).toBeDefined();
    expect([lot!.supplier, lot!.recipient, lot!.item]).toEqual([first.supplier, first.recipient, first.item]);
  });
});

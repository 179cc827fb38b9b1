// Readings an analyst would not accept: the carrier's flag as the giver, "between A and B" as a direction, goods
// "not for export" as exported, a "tale" the speaker scorns as stated, a works' target as goods moved, the person
// in a speaker's role as the speaker, and "he said" for one who spoke before a newer person was named.
// Each block is one kind, told three ways (phrasings of our own).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "analyst.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "analyst", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (claims: readonly Claim[]) => claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item}`);

describe("a carrier's flag is not the giver: where the goods left from gives", () => {
  it.each([
    ["Chinese freighters moved the drones from Bandar Abbas to Astrakhan last month.", "IRN>RUS drones", "CHN"],
    ["Russian ships carried the crates of shells from Rason to Vostochny in March.", "PRK>RUS artillery-ammunition", "RUS>PRK"],
    ["Turkish tankers ferried diesel from Novorossiysk to Chongjin in April.", "RUS>PRK oil-fuel", "TUR"],
  ])("%s", (text, flow, wrong) => {
    const found = flows(claimsOf(text));
    expect(found).toContain(flow);
    expect(found.filter((f) => f.startsWith(wrong))).toEqual([]);
  });

  it("a giver that is no carrier still gives: Iran sent the drones from Bandar Abbas to Astrakhan", () => {
    expect(flows(claimsOf("Iran sent the drones from Bandar Abbas to Astrakhan in May."))).toContain("IRN>RUS drones");
  });
});

describe("goods told to move 'between' two states tell no direction", () => {
  it.each([
    "The panel discussed weapons deliveries between Iran and Russia on Tuesday.",
    "The monitors briefed envoys on their findings about arms transfers between Belarus and Russia.",
    "Diplomats raised concerns about drone shipments between Iran and Venezuela at the meeting.",
  ])("%s", (text) => {
    expect(flows(claimsOf(text))).toEqual([]);
  });

  it("a direction told by 'to' stays: Iran's drone shipments to Russia", () => {
    expect(flows(claimsOf("Diplomats raised concerns about Iran's drone shipments to Russia at the meeting."))).toContain("IRN>RUS drones");
  });
});

describe("goods a source says are 'not for export' are denied, not exported", () => {
  it.each([
    ["Iran denied selling drones to Russia. In a statement, the ministry said the new drones Iran had been showing off were meant for its own forces, not for export.", "drones"],
    ["Belarus says the new howitzers it paraded are not for export to Russia.", "artillery-systems"],
    ["Tehran insists the drones it unveiled last week are not for export to Russia.", "drones"],
  ])("%s", (text, item) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer" && c.item === item);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.certainty).toBe("denied");
  });
});

describe("a tale, lie or slander that a thing happens is the speaker's denial of it", () => {
  it.each([
    "Enemy propagandists keep repeating the lie that Iran is shipping drones to Russia.",
    "Hostile circles are peddling the absurd tale that Belarus sends shells to Russia.",
    "The slander that Venezuela buys jets from Russia is spread by its foes, the ministry said.",
  ])("%s", (text) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.certainty).toBe("denied");
  });
});

describe("a works' target is a planned output, not goods moved; a shortage of inputs is no transfer", () => {
  it.each([
    ["Iran has sent Russia thousands of drones since 2022. A tractor works in Isfahan now makes them. Its target is 300 drones a month, but the works reportedly lags because it cannot obtain enough engines.", "IRN", 300],
    ["North Korea has shipped Russia millions of shells. The plant's goal is 10,000 shells a month, but it cannot get enough raw materials.", "PRK", 10000],
    ["Belarus sends Russia shells by rail. A new line opened at Borisov in May. Its monthly quota is 4,000 shells a month, though it struggles to secure enough steel.", "BLR", 4000],
  ])("%s", (text, state, value) => {
    const claims = claimsOf(text);
    const target = claims.filter((c) => c.quantity?.value === value);
    expect(target.map((c) => `${c.kind} ${c.supplier}`)).toEqual([`production ${state}`]);
    expect(target[0].quantity?.per).toBe("month");
    expect(claims.filter((c) => c.kind === "transfer" && c.evidence.text.includes("enough"))).toEqual([]);
  });
});

describe("the person named in a speaker's role is not the speaker", () => {
  it.each([
    ["Ruiz rejects jet sale to Russia\n\nAna Ruiz, the powerful sister of Venezuelan President Nicolas Maduro, on Monday dismissed claims that Venezuela was selling jets to Russia.", "Ana Ruiz", "Nicolas Maduro"],
    ["Tangsiri rejects drone sales to Russia\n\nAli Reza Tangsiri, a senior aide to Iranian President Masoud Pezeshkian, on Monday again denied that Iran sends drones to Russia.", "Ali Reza Tangsiri", "Masoud Pezeshkian"],
    ["Noor calls rocket claims absurd\n\nSara Noor, the eldest daughter of Syrian President Bashar al-Assad, on Sunday again dismissed the idea that her country was selling rockets to Russia.", "Sara Noor", "Bashar"],
  ])("%s", (text, speaker, other) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.speaker)).toContain(speaker);
    for (const c of claims) expect(c.source.speaker ?? "").not.toContain(other);
  });
});

describe("'he said' after a newer person is named stands for that person, not the one who spoke before", () => {
  it.each([
    ["Iran is selling Russia drones, according to US intelligence. Ryan Ortiz, a Pentagon spokesman, said the finding was sound. Admiral Lena Brandt of the Joint Staff was more guarded. There was no sign yet, she said, that any drones had been delivered to Russia.", "Lena Brandt"],
    ["Belarus is buying shells from Iran, Ukrainian officials say. Olena Kravets, a military spokeswoman, said the deal was signed in May. Colonel Taras Melnyk was more careful. There was no sign yet, he said, that any shells had been delivered to Belarus.", "Taras Melnyk"],
    ["Venezuela is buying jets from Russia, a US official said. John Avery, a State Department spokesman, said the talks were advanced. Senator Mark Olsen was doubtful. There was no sign yet, he said, that any jets had been delivered to Venezuela.", "Mark Olsen"],
  ])("%s", (text, speaker) => {
    const last = claimsOf(text).filter((c) => c.kind === "transfer" && c.evidence.text.startsWith("There was no sign"));
    expect(last.length).toBeGreaterThan(0);
    for (const c of last) expect(c.source.speaker).toBe(speaker);
  });
});

describe("calling reports a fake, saying there are no dealings, or finding reports contradictory denies or doubts them", () => {
  it.each([
    ["Iran has decided to send 3,000 troops to Russia, Kyiv said. Last week the Kremlin called reports of Iranian troops in the war a fake.", "denied"],
    ["Belarus has decided to send 2,000 troops to Russia, Kyiv said. On Friday Minsk called reports of Belarusian troops in the war a hoax.", "denied"],
    ["Venezuela has agreed to send 500 troops to Russia, US officials said. Caracas called reports of Venezuelan troops in the war a lie.", "denied"],
    ["Iran is sending drones to Russia, US officials said. The claim comes after Tehran insisted it had no arms dealings with Moscow at all.", "denied"],
    ["Belarus has shipped shells to Russia, Kyiv says. Minsk insisted it had no arms dealings with Moscow at all.", "denied"],
    ["Venezuela is selling rifles to Russia, US officials said. Caracas says it has no arms dealings with Russia of any kind.", "denied"],
    ["Reports that Iranian drones are in Russia are full of contradictions, a Kremlin spokesman said on Monday.", "doubted"],
    ["Claims that Belarus sends shells to Russia are contradictory, the ministry said.", "doubted"],
    ["Reports that Venezuela ships rifles to Russia are inconsistent, Caracas said.", "doubted"],
  ])("%s", (text, certainty) => {
    const all = claimsOf(text).filter((c) => c.kind === "transfer");
    const last = all.filter((c) => c.evidence.start === Math.max(...all.map((o) => o.evidence.start)));
    expect(last.length).toBeGreaterThan(0);
    for (const c of last) expect(c.certainty).toBe(certainty);
  });
});

// attribute-sentences: who makes a claim when a body thinks, estimates, tells listeners or commits itself,
// and how sure it is. Each block is one construction, told at least three ways (own phrasings: other
// states, items, verbs and word orders), with near twins that must not fire.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

interface Read {
  readonly source: string;
  readonly certainty: string;
  readonly supplier: string | null;
}

function claimsOf(text: string): Read[] {
  const doc = processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", url: "https://probe.example/kinds", outlet: "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims.map((c) => ({ source: [c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | "), certainty: c.certainty, supplier: c.supplier }));
}

/** Every claim of the text has this source state (and, where given, this certainty). */
function expectAll(text: string, country: string, certainty?: string): void {
  const found = claimsOf(text);
  expect(found.length).toBeGreaterThan(0);
  for (const c of found) {
    expect(c.source.split(" | ")[2]).toBe(country);
    if (certainty) expect(c.certainty).toBe(certainty);
  }
}

describe("a body that reckons, suspects, works out or puts a figure at a number holds the claim as an estimate", () => {
  it.each([
    ["Finland's defence ministry reckoned that Russia had sent about 200 tanks to Belarus.", "FIN"],
    ["Poland's army intelligence suspects Belarus gave Russia 500 trucks last year.", "POL"],
    ["The Chilean navy further suspects that Peru received 12 patrol boats from Chile.", "CHL"],
    ["Norwegian intelligence puts the number of drones Iran sent to Russia this year at about 2,000.", "NOR"],
    ["Peru bought more than 60 howitzers from Chile over two years, the Brazilian army worked out.", "BRA"],
  ])("%s", (text, country) => expectAll(text, country, "believed"));

  it.each([
    "Chile put 40 howitzers on trains to Peru at dawn.",
    "Norway put 12 patrol boats at Latvia's disposal in March.",
    "Finland shipped 30 trucks to Estonia after the deal was worked out in May.",
  ])("'put' with no figure after 'at', or a passive 'worked out', names nobody (%s)", (text) => {
    for (const c of claimsOf(text)) expect(c.source).toBe("- | Probe Wire | -");
  });
});

describe("a body that told lawmakers or informed legislators is the source; those told are not", () => {
  it.each([
    ["Chile intends to send about 40 howitzers to Peru in the autumn, the Chilean navy told lawmakers.", "CHL"],
    ["Norway will hand Latvia 12 patrol boats before winter, the NIS told opposition lawmakers.", "KOR"],
    ["Finland has handed Estonia 30 trucks, the Finnish army told lawmakers in a closed session.", "FIN"],
  ])("%s", (text, country) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.source.split(" | ")[2]).toBe(country);
      expect(c.source).not.toMatch(/lawmakers/);
    }
  });

  it.each([
    ["Chile's foreign minister Tomas Berg spoke to lawmakers, saying Chile had shipped 30 howitzers to Peru.", "Tomas Berg"],
    ["Norway's navy chief Lena Dahl briefed lawmakers, saying Norway had handed Latvia 12 patrol boats.", "Lena Dahl"],
    ["Finnish army commander Ari Koski met with senior lawmakers, saying Finland had delivered 30 trucks to Estonia.", "Ari Koski"],
  ])("the listeners after 'spoke to' are no speakers of the participle (%s)", (text, speaker) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source.split(" | ")[0]).toBe(speaker);
  });

  it.each([
    ["Chile sent 30 howitzers to Peru, officials told lawmakers.", "officials"],
    ["Lawmakers said Chile had sent 30 howitzers to Peru.", "Lawmakers"],
    ["According to lawmakers, Norway shipped 12 patrol boats to Latvia.", "lawmakers"],
  ])("lawmakers who speak, or officials who tell them, still speak (%s)", (text, org) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source.split(" | ")[1]).toBe(org);
  });
});

describe("'the spy agency' with no state stands for the intelligence body the page named before, in any paragraph", () => {
  it.each([
    "According to the National Intelligence Service, Chile has already sent 30 howitzers to Peru.\n\nIn all Chile plans to ship roughly 40 more howitzers to Peru this year, the spy agency told the daily.",
    "The National Intelligence Service briefed a closed hearing on Monday.\n\nNorway will hand Latvia 12 patrol boats before winter, the intelligence agency said.",
    "Lawmakers questioned the National Intelligence Service for three hours.\n\nThe spy agency believes Finland gave Estonia 30 trucks in April.",
  ])("%s", (text) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source).toBe("- | National Intelligence Service | KOR");
  });

  it.each([
    "The Chilean navy held drills on Monday.\n\nNorway will hand Latvia 12 patrol boats before winter, the spy agency said.",
    "Chile sent 30 howitzers to Peru, the agency's director said in an interview. Norway shipped 12 patrol boats to Latvia, the spy agency said.",
  ])("no intelligence body named before: no state is guessed for it (%s)", (text) => {
    for (const c of claimsOf(text)) expect(c.source).not.toMatch(/National Intelligence Service/);
  });
});

describe("'the same officials' points back to the unnamed people the last sentence credited", () => {
  it.each([
    ["Chile delivered 40 howitzers to Peru last year, according to Brazilian officials. The same officials put Chile's share of Peru's artillery imports at roughly 60 percent.", "BRA"],
    ["Some 300 tanks went from Russia to Belarus in 2023, Polish diplomats said. The same diplomats said Russia had also sent 50 trucks to Belarus.", "POL"],
    ["Norway gave Latvia 12 patrol boats, Swedish sources said on Monday. According to the same sources, Norway also sent Latvia 4 radars.", "SWE"],
  ])("%s", (text, country) => expectAll(text, country));
});

describe("a body named by its common noun and its seat ('the defence ministry in Oslo') speaks for that state, by its minister where the page names one", () => {
  it.each([
    ["Norway is to hand Latvia two more coastal radars, the defence ministry in Oslo said on Friday.\n\nDefence minister Ola Berg said the delivery would come soon.", "Ola Berg | Norwegian defence ministry | NOR"],
    ["Latvia will get 12 patrol boats from Norway, the foreign ministry in Riga said. Foreign minister Liga Ozola called the deal historic.", "Liga Ozola | Latvian foreign ministry | LVA"],
    ["Finland will deliver 30 trucks to Estonia, the defence ministry in Helsinki announced. Defence minister Ari Koski said the trucks were ready.", "Ari Koski | Finnish defence ministry | FIN"],
    ["Sweden will send 8 patrol boats to Estonia, the defence ministry in Stockholm said. Defence minister Eva Lind praised the crews.", "Eva Lind | Swedish defence ministry | SWE"],
  ])("%s", (text, source) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source).toBe(source);
  });

  it.each([
    "Norway is to hand Latvia two more coastal radars, officials in Oslo said on Friday.",
    "Finland will deliver 30 trucks to Estonia, the Finnish defence ministry said in Helsinki.",
  ])("no common noun of a body before 'in': the speakers stay as they were (%s)", (text) => {
    for (const c of claimsOf(text)) expect(c.source).not.toMatch(/Norwegian officials|Finnish defence ministry in/);
  });
});

describe("a person set off by a bare role 'of' a body (', secretary of X's council,') is the speaker", () => {
  it.each([
    ["Ana Ruiz, secretary of Chile's Security Council, announced in May that Chile would send 40 howitzers to Peru.", "Ana Ruiz"],
    ["Tomas Berg, head of Norway's coast guard, said Norway would give Latvia 12 patrol boats.", "Tomas Berg"],
    ["Lena Virtanen, spokeswoman for the Finnish army, told reporters that Finland had shipped 30 trucks to Estonia.", "Lena Virtanen"],
  ])("%s", (text, speaker) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source.split(" | ")[0]).toBe(speaker);
  });
});

describe("a participle of saying after a subject with an irregular past verb has that subject as speaker", () => {
  it.each([
    ["Defence Minister Ana Ruiz went further on Monday, writing that Chile had not sent howitzers to Peru.", "Ana Ruiz"],
    ["Navy chief Lena Dahl spoke in Oslo for an hour after the parade, adding that Norway had handed Latvia 12 patrol boats.", "Lena Dahl"],
    ["Foreign Minister Eva Lind held talks in Riga with her counterpart for most of the day, noting that Sweden had sent 8 patrol boats to Estonia.", "Eva Lind"],
  ])("%s", (text, speaker) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source.split(" | ")[0]).toBe(speaker);
  });
});

describe("a state or body that opens the sentence as the subject of its own pledge or decision is the source and stays the supplier", () => {
  it.each([
    ["Norway had pledged 12 patrol boats to Latvia earlier in the month.", "NOR"],
    ["Finland has promised Estonia 30 trucks.", "FIN"],
    ["Chile sent 30 howitzers to Peru in May. Sweden also offered Estonia 8 patrol boats.", null],
  ])("%s", (text, country) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    const own = found.filter((c) => !country || c.supplier === country);
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) if (country) expect(c.source.split(" | ")[2]).toBe(country);
    const swedish = found.filter((c) => c.supplier === "SWE");
    if (!country) {
      expect(swedish.length).toBeGreaterThan(0);
      for (const c of swedish) expect(c.source.split(" | ")[2]).toBe("SWE");
    }
  });

  it.each([
    "Norway shipped 12 patrol boats to Latvia.",
    "After talks, Norway pledged 12 patrol boats to Latvia.",
    "Finland delivered the 30 trucks it had promised Estonia.",
  ])("no verb of committing right after an opening subject: the outlet's voice (%s)", (text) => {
    for (const c of claimsOf(text)) expect(c.source).toBe("- | Probe Wire | -");
  });
});

// Speaker shapes the source slot missed: a speaker before an interview's setting ("X in an interview with the
// channel Y said"), a bare "per X" or "according to X" with a lone surname, a body whose name opens with title words
// ("the Defense Security Cooperation Agency said"), and a page that names whose answer it gives ("Answered by X",
// "Answered on 4 March by X", "Answering member: X", "Remarks by the Minister of Defence, the Honourable X").
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, outlet = "Probe Wire") =>
  processDocument({ path: "shapes.txt", bytes: Buffer.from(text), meta: { id: "shapes", outlet, published: "2024-03-07" } as never }).claims;
const lead = (sentence: string) => `Report\n\nBy staff\n\n${sentence}\n`;

describe("the speaker before the setting of an interview speaks, not the outlet of the setting", () => {
  for (const [text, speaker] of [
    ["Chile's defence chief Ana Ruiz in an interview with the channel TVN on Monday said that Chile handed 12 howitzers to Peru.", "Ana Ruiz"],
    ["The head of the navy of Norway Lars Dahl in the interview to the broadcaster NRK on Friday has declared, that Norway has handed over to Ukraine four patrol boats.", "Lars Dahl"],
    ["Polish Deputy Defence Minister Piotr Nowak in a radio interview with RMF on Tuesday said Poland had sent 30 tanks to Ukraine.", "Piotr Nowak"],
  ] as const) {
    it(speaker, () => {
      const claims = claimsOf(lead(text));
      expect(claims.length).toBeGreaterThan(0);
      // (Scored by the words of the name: "Norway Lars Dahl" still names him.)
      for (const c of claims) expect(c.source.speaker ?? "").toContain(speaker);
    });
  }
});

describe("a lone name after 'per' or 'according to' is who says it", () => {
  for (const [text, speaker] of [
    ["Belarus handed 30 tanks to Russia in 2023, per Kuznetsov.", "Kuznetsov"],
    ["Iran shipped 200 drones to Russia last year, according to Varga.", "Varga"],
    ["Belarus handed 30 tanks to Russia in 2023, per Ukrainian intelligence chief Pavel Kuznetsov.", "Pavel Kuznetsov"],
  ] as const) {
    it(speaker, () => {
      const claims = claimsOf(lead(text));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }

  it("leaves 'per' before a unit or a lower-case word alone", () => {
    for (const text of ["Belarus handed 30 tanks per month to Russia in 2023.", "Russia paid Iran $58 per gram for 2 tonnes of gold in 2023."]) {
      for (const c of claimsOf(lead(text))) expect(c.source.speaker, text).toBeNull();
    }
  });
});

describe("title words that open a body's name stay in it", () => {
  for (const [text, org] of [
    ["Chile sold 12 howitzers to Peru, the Defence Procurement Agency said.", "Defence Procurement Agency"],
    ["Belarus sent 40 tanks to Russia in May, the National Threat Assessment Centre said.", "National Threat Assessment Centre"],
    ["North Korea shipped 5,000 containers to Russia, the Joint Analysis Unit told lawmakers.", "Joint Analysis Unit"],
  ] as const) {
    it(org, () => {
      const claims = claimsOf(lead(text));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.org).toBe(org);
    });
  }
});

describe("a line naming whose answer or statement the page gives makes the page's voice theirs", () => {
  for (const [text, speaker] of [
    ["Written answers\n\nQuestion on drones\n\nAsked by Tom Reed (Labour, Hull East)\n\nAnswered by Jane Holt, Minister for Defence Procurement (Ministry of Defence)\n\nIran has supplied Russia with hundreds of Shahed drones since 2022.\n", "Jane Holt"],
    ["Statement\n\nStatement by Defence Secretary Paul Marsh\n\nThe UK will send Ukraine 20 air defence systems this year.\n", "Paul Marsh"],
    ["Briefing\n\nRemarks by Nina Brandt, Minister of State\n\nNorth Korea has sent Russia millions of artillery shells since 2023.\n", "Nina Brandt"],
  ] as const) {
    it(speaker, () => {
      const claims = claimsOf(text, "UK Parliament");
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }

  // (The day of the answer before "by", a label of its own with a colon, the office before the name.)
  for (const [text, speaker] of [
    ["Written answers\n\nQuestion on shells\n\nAnswered on 4 March 2024 by Owen Pryce, Minister for Defence Procurement (Ministry of Defence)\n\nThe UK will send Ukraine 40 armoured vehicles this spring.\n", "Owen Pryce"],
    ["Commons answer\n\nAnswered on Tuesday by Carla Menzies, Minister of State\n\nWe delivered 12 air defence systems to Ukraine last year.\n", "Carla Menzies"],
    ["Written question\n\nAnswering member: Rhys Llewellyn, Minister for the Armed Forces\nDepartment: Ministry of Defence\n\nThe UK has supplied more than 5,000 anti-tank missiles to Ukraine since 2022.\n", "Rhys Llewellyn"],
    ["Speeches\n\nRemarks by the Minister of National Defence, the Honourable Marie Tremblay, on support for Ukraine\n\nToday I am announcing that Canada will donate 300 drones to Ukraine.\n", "Marie Tremblay"],
    ["Speeches\n\nStatement by the Secretary of Defence, Hon. Teodoro Ramos, on the new frigates\n\nThe Philippines will buy two frigates from South Korea.\n", "Teodoro Ramos"],
  ] as const) {
    it(speaker, () => {
      const claims = claimsOf(text, "UK Parliament");
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }

  // ("As the Secretary of State set out ...": a sentence that retells another's statement is not the author's own words.)
  for (const sentence of [
    "As the Secretary of State set out to the House on 9 March, the UK will send Ukraine 40 armoured vehicles.",
    "As the Prime Minister made clear in Vilnius last week, the UK will send 12 air defence systems to Ukraine this year.",
    "As the Defence Secretary told the committee in May, the UK has supplied more than 5,000 anti-tank missiles to Ukraine.",
  ]) {
    it(`leaves to the page's voice: ${sentence.slice(0, 40)}`, () => {
      const claims = claimsOf(`Written answers\n\nAnswered on 4 March 2024 by Owen Pryce, Minister for Defence Procurement (Ministry of Defence)\n\n${sentence}\n`, "UK Parliament");
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).not.toBe("Owen Pryce");
    });
  }

  it("keeps the page's own voice before the line", () => {
    const claims = claimsOf("Question\n\nIran has supplied Russia with hundreds of Shahed drones since 2022.\n\nAnswered by Jane Holt, Minister of State (Ministry of Defence)\n\nNo further detail was given.\n", "UK Parliament");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBeNull();
  });
});

// Speakers that a label or a lead names before a colon: a lead that opens with a person, a body or officials and
// a short tag after a comma ("Ana Ruiz, for Chile's defence ministry: ..."), a transcript label that puts an
// abbreviated rank or office before a surname in capitals ("SEC. HALL: ..."), and a line that names whose answer
// the page gives with a colon after "by" ("Answered by: ..."). Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, outlet = "Probe Wire") =>
  processDocument({ path: "labels.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "labels", outlet, published: "2025-03-01" } as never }).claims;
const page = (sentence: string) => `Report\n\nBy staff\n\n${sentence}`;

describe("the speaker that opens a lead, set off from its colon by a short tag, says what follows", () => {
  for (const [sentence, speaker, country] of [
    ["2025-02-11 | Lena Sorvik, for Norway's defence ministry: Norway has sent Ukraine 14 more howitzers since January.", "Lena Sorvik", null],
    ["2025-02 | Senior Finnish officials, briefing before the summit: Finland delivered 30 armoured vehicles to Ukraine in January.", null, "FIN"],
    ["- Ivar Lindqvist, at the Riga security forum: Latvia has sent Ukraine 16 more armoured vehicles since autumn.", "Ivar Lindqvist", null],
  ] as const) {
    it(sentence, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        if (speaker) expect(c.source.speaker).toBe(speaker);
        else {
          expect(c.source.speaker).toBeNull();
          expect(c.source.country).toBe(country);
        }
      }
    });
  }

  it("a tag that names another body leaves the body before the colon", () => {
    const claims = claimsOf(page("Latvian officials, quoting the Latvian defence ministry: another 16 armoured vehicles reached Ukraine from Latvia."));
    for (const c of claims) expect(c.source.org).not.toBe("Probe Wire");
  });
});

describe("a transcript label with an abbreviated rank or office before a surname in capitals is that person", () => {
  for (const [text, speaker] of [
    ["TRANSCRIPT\nSpeakers: Secretary of Defence Mark Halloran; Press Secretary (M)\n\nM: Good afternoon.\n\nSEC. HALLORAN: Thanks. Last month Britain sent Estonia 30 armoured vehicles.\n\nQ: Any more?\n\nSEC. HALLORAN: Not today.", "Mark Halloran"],
    ["BRIEFING\nParticipants: General Rosa Quintero, army chief; a moderator\n\nMODERATOR: Welcome.\n\nGEN. QUINTERO: In May Chile handed 12 howitzers to Peru.\n\nMODERATOR: Thank you.", "Rosa Quintero"],
    ["PRESS CONFERENCE\nPress conference by Ambassador Idris Noorani in Ankara\n\nQ: What has arrived?\n\nAMB. NOORANI: Pakistan received four patrol boats from Turkey in March.\n\nQ: And next?\n\nAMB. NOORANI: We shall see.", "Idris Noorani"],
  ] as const) {
    it(speaker, () => {
      const claims = claimsOf(text, "Verbatim Reporting Services");
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }
});

describe("a line naming whose answer the page gives may put a colon after \"by\"", () => {
  for (const [text, speaker] of [
    ["Written answers\n\nQuestion on drones\n\nAsked by: Tom Reed (Hull East)\n\nAnswered by: Jane Holt, Minister of State (Ministry of Defence)\n\nIran has supplied Russia with hundreds of Shahed drones since 2022.", "Jane Holt"],
    ["Statement\n\nStatement by: Defence Secretary Paul Marsh\n\nThe UK will send Ukraine 20 air defence systems this year.", "Paul Marsh"],
    ["Briefing\n\nRemarks by: Nina Brandt, Minister of State\n\nNorth Korea has sent Russia millions of artillery shells since 2023.", "Nina Brandt"],
  ] as const) {
    it(speaker, () => {
      const claims = claimsOf(text, "UK Parliament");
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }
});

// attribution/turns: a transcript whose speakers are labelled by their full names in capitals ("ANA RUIZ: ..."), as
// press-conference transcripts print them: each such turn is that person's words. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "labels.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "labels", url: "https://probe.example/labels", outlet: "Probe Transcripts", published: "2025-06-10" } as never }).claims;

/** The speaker of every claim of one flow ("-" for none). */
const speakers = (text: string, supplier: string, recipient: string) =>
  claimsOf(text)
    .filter((c) => c.supplier === supplier && c.recipient === recipient)
    .map((c) => c.source.speaker ?? "-");

describe("a turn labelled with a full name in capitals is that person's words", () => {
  it.each([
    [
      "MINISTER FOR DEFENCE\nTHE HON ANA RUIZ MP\nTRANSCRIPT\nPRESS CONFERENCE, VALPARAISO\nANA RUIZ: Good morning everyone. Chile will send 30 of its Leopard tanks to Peru.\nREPORTER: Minister, when will they arrive?\nANA RUIZ: We will not go into timing. More than 60 trucks have been delivered to Peru so far.\nREPORTER: Thank you, Minister.",
      "CHL",
      "PER",
      "Ana Ruiz",
    ],
    [
      "Doorstop interview with the Foreign Minister, Lars Ekholm\nLARS EKHOLM: Thanks for waiting. Sweden has handed over 12 patrol boats to Estonia this year.\nQUESTION: Are more coming?\nLARS EKHOLM: We are looking at it.",
      "SWE",
      "EST",
      "Lars Ekholm",
    ],
    [
      "TRANSCRIPT - RADIO INTERVIEW\nGUEST: MIRELA DOBRE, DEFENCE MINISTER\nHOST: Welcome to the programme.\nMIRELA DOBRE: Thank you. Romania delivered four howitzers to Moldova in May.\nHOST: And next year?\nMIRELA DOBRE: We will see what our budget allows.",
      "ROU",
      "MDA",
      "Mirela Dobre",
    ],
  ])("%#", (text, supplier, recipient, speaker) => {
    const found = speakers(text, supplier, recipient);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s).toBe(speaker);
  });
});

describe("a heading in capitals that labels lines is no speaker", () => {
  it("ALSO READ: twice", () => {
    const text = "Arms\n\nChile sent 40 howitzers to Peru in May, the defence ministry in Santiago said.\nALSO READ: Chile and Peru sign a pact\nQUESTION: What next?\nALSO READ: Peru sends 12 patrol boats to Ecuador, a navy official says";
    for (const c of claimsOf(text)) expect(c.source.speaker ?? "-").not.toMatch(/also read/i);
  });
});

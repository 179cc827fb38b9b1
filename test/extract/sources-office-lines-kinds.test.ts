// A record of debates that sets a speaker's name and office in brackets on a line of its own, with no colon after
// it, and the speech on the lines under it up to a blank line: each line of that speech is the named person's, the
// page's own voice none of it. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "record.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "record", outlet: "Chamber Transcripts", published: "2025-03-12" } as never }).claims;

describe("a name and an office in brackets on a line of their own give the lines under them to that person", () => {
  it.each([
    [
      "Chamber Transcripts | unofficial record\n\nDefence: Support to Ukraine\n\n2.14 pm\n\nHelga Sørlie (Minister of Defence)\nI rise to update the chamber on our help.\nNorway delivered 22 howitzers to Ukraine in the autumn.\nMore will follow as the factories allow.\n\nMadam President\nOrder.",
      "NOR",
      "UKR",
      "Helga Sørlie",
    ],
    [
      "Debates of the Assembly\n\nOral statements\n\nTomás Ibarra (Secretary of State for Defence, Spain)\nWith leave, I shall be brief.\nThe first of the rocket launchers are with us now.\nSpain shipped 400 anti-tank missiles to Ukraine in January.\n\nOpposition Member\nWill he publish the list?",
      "ESP",
      "UKR",
      "Tomás Ibarra",
    ],
    [
      "PARLIAMENTARY RECORD\nSitting of 11 March 2025\n\nAnneli Korpela (Deputy Minister for Defence)\nThank you, Speaker.\nIt is a matter of record.\nFinland sent 30 armoured vehicles to Ukraine last year.\n\nSpeaker\nThe member has one minute.",
      "FIN",
      "UKR",
      "Anneli Korpela",
    ],
  ])("%s", (text, supplier, recipient, speaker) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(speaker);
  });
});

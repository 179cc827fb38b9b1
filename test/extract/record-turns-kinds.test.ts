// A record of debates labels each turn with the speaker's office and name in brackets on a line of its own ("The
// Secretary of State for Defence (Ms Ana Ruiz)"), later with the office or the courtesy title and surname alone: the
// lines under the label, up to the next label, are that person's, speaking for the state of the record's house, so
// "we" in them is that state. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "record.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "record", url: "https://record.example/debates/1", outlet: "Chamber Record Weekly", published: "2025-03-04" } as never }).claims;

const flows = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient}:${c.source.speaker ?? "-"}`);

describe("a record's office label gives the turn under it to the person in brackets", () => {
  it.each([
    [
      "Chamber Record Weekly\n\nDebates > House of Commons > Tuesday 4 March 2025 > Moldova\n\n2.15 pm\n\nThe Minister for Europe (Mr Colin Brabazon)\nI rise to update colleagues.\n\nThis spring we will send Moldova 40 armoured vehicles.\n\n2.21 pm\n",
      "GBR>MDA:Colin Brabazon",
    ],
    [
      "Chamber Record Weekly\n\nHouse of Commons, Tuesday 4 March 2025\n\n11.02 am\n\nThe Secretary of State for Defence Procurement (Mrs Fiona Gallacher)\nCol. 212\nI am grateful for the question.\n\nWe have already delivered 12 patrol boats to Estonia.\n\nMr Speaker\nOrder.\n",
      "GBR>EST:Fiona Gallacher",
    ],
    [
      "Chamber Record Weekly\n\nHouse of Commons | Written and oral statements\n\n4.40 pm\n\nThe Minister of State for the Armed Forces (Mr Tomas Ashgrove)\nI thank the hon. Member.\n\nAlan Birch (Dunmore) (Ind)\nWill the Minister say more?\n\nMr Ashgrove\nI will. Next month we will gift Latvia 300 anti-tank missiles.\n",
      "GBR>LVA:Tomas Ashgrove",
    ],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });

  it("a member's own label with no office gives no state", () => {
    const text = "Chamber Record Weekly\n\nHouse of Commons, Tuesday 4 March 2025\n\nAlan Birch (Dunmore) (Ind)\nWe should send Latvia 300 anti-tank missiles.\n";
    expect(flows(text).some((f) => f.startsWith("GBR>"))).toBe(false);
  });
});

// A page about football (its players' positions, its leagues, its transfer windows) tells of players and fees, not of
// arms: none of its sentences is read for a transfer. An arms page with one line on football is read as ever.
// Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function transfers(text: string): string[] {
  const doc = processDocument({ path: "pitch.txt", bytes: new TextEncoder().encode(text), meta: { id: "pitch", published: "2024-08-30", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}:${c.item}`);
}

describe("a football page tells no arms transfer", () => {
  it.each([
    "Chilean winger signs for Qatari side\n\nThe Chilean winger has completed his move from Chile to Qatar for a fee of 12 million dollars. He scored 11 goals in the league last season, and the striker he replaces left for Egypt in June. The midfielder who joined with him will wear the number eight shirt.",
    "Window shuts with late deals\n\nA Polish goalkeeper was sold to a club in Greece for 4 million euros on deadline day. The league said the paperwork was sent to Athens before midnight. The Bombers, a second-tier side, sealed the transfer of a Nigerian striker as well.",
    "Ghana full-back heads to Turkey\n\nThe Ghanaian full-back has completed his move from Ghana to Turkey for a fee of 3 million euros, his new club said. Turkey's league champions also want a midfielder and a goalkeeper before the transfer window shuts.",
  ])("%s", (text) => {
    expect(transfers(text)).toEqual([]);
  });

  it("an arms page with a line on football is read as ever", () => {
    const got = transfers("Nordic notes\n\nSweden delivered 12 howitzers to Estonia in March, the Swedish defence ministry said.\n\n* Football: the transfer window is shut, but a Danish striker may still move to Norway.");
    expect(got).toContain("SWE>EST:artillery-systems");
  });
});

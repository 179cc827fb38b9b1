// A page about a pastime or a household trade (a board game's ratings bulletin, a video game's release notes, a
// comparison of services that send money home) tells of players, units in a game or family sums, not of arms or
// aid between states: none of its sentences is read for a transfer. An arms page with one such word is read as ever.
// Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claims(text: string): string[] {
  const doc = processDocument({ path: "leisure.txt", bytes: new TextEncoder().encode(text), meta: { id: "leisure", published: "2024-05-20", outlet: "Test Wire" } });
  return doc.claims.map((c) => `${c.kind}:${c.supplier}>${c.recipient}:${c.item}`);
}

describe("a pastime page tells no transfer", () => {
  it.each([
    "Spring rating list\n\nThe ratings office has cleared three federation transfers this quarter. An Azerbaijani grandmaster transfers from the Azerbaijani federation to the Turkish federation; the fee of 40,000 euros is paid by Turkey. Two juniors move from Armenia to Spain with no fee due. The next olympiad opens in September, and the tournament calendar is below.",
    "Steel Front update 2.3\n\nPatch notes for the war game. Players can now send 40 tanks from Germany to Finland in one turn. Grand strategy fans asked for this in the forum. Bug fixes: Japan no longer receives 500 aircraft from Brazil at the start. Known issues: tooltips show the wrong count of ships.",
    "Send money from Germany to Turkey\n\nCompare providers before you pay. Sending 800 euros from Germany to Turkey costs between 4 and 25 euros once the exchange margin is added. Remittances from Germany to Turkey are among the largest in Europe. Most providers cap one payment at 20,000 euros.",
    "Hobby corner, issue 12\n\nOur card game gets a new expansion this week: an Iranian faction can now trade drone tokens to the Russian player for oil cards. Resin tanks in 1:35 scale are back in stock after our supplier in Italy shipped 400 kits to Austria. Club night is on Friday, dice provided.",
  ])("%s", (text) => {
    expect(claims(text)).toEqual([]);
  });

  it("an arms page with one such word is read as ever", () => {
    const got = claims("Baltic notes\n\nSweden delivered 12 howitzers to Estonia in March, the Swedish defence ministry said.\n\nThe guns were shipped through the northern corridor.");
    expect(got).toContain("transfer:SWE>EST:artillery-systems");
  });
});

// Alert digests, chat exports and live blogs open an entry with who sends it: a time stamp, a channel code and a
// label before a colon ("[09:41] ALERT XX-DEF: Spy agency: ..."). The body or person in such a label tells what
// follows; it is a source hint at most, never the giver or the receiver. Read as a party, the sender's state
// became the supplier of troops it only reported on.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const read = (text: string) =>
  processDocument({ path: "feed.txt", bytes: Buffer.from(text), meta: { id: "feed", outlet: "Probe Feed", published: "2025-03-01" } as never }).claims;

describe("a sender label before a colon names no party", () => {
  it.each([
    ["a chat line with a stamp, a channel code and a minister's name", "Desk chat, exported\n\n[14:10] US-DOD: Lloyd Austin: 12,000 soldiers now in Russia, more expected by winter.\n", "USA"],
    ["an alert with a date and time, and a chief named by title", "Alert texts\n\n06/03 07:55 JP-MOD: Japanese defence chief Gen Nakatani: ~800 soldiers now in Russia.\n", "JPN"],
    ["a channel code with no stamp, and a spy chief of a capital", "Alert texts\n\nKR-SEC: Seoul spy chief: at least 5,000 soldiers now in Russia.\n", "KOR"],
  ])("%s", (_name, text, sender) => {
    const claims = read(text);
    expect(claims.filter((c) => c.supplier === sender || c.recipient === sender)).toEqual([]);
  });

  it("keeps a state that is the whole label, and a heading's colon is no sender label", () => {
    const keyed = (text: string) => read(text).map((c) => `${c.supplier}|${c.recipient}|${c.item}`);
    expect(keyed("Aid tracker\n\n[09:00] Norway: 40 howitzers delivered to Peru this week.\n")).toContain("NOR|PER|artillery-systems");
  });
});

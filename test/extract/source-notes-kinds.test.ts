// A note of a footnote list that points back to a reference given before ("Ibid.", "Op. cit.") or names an interview
// as its source is the note of a source: a remark after the reference tells no flow of its own, and the page's flow
// is not lent to it. The report told its figures where the mark stands. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "notes.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "notes", outlet: "Borderline Review", published: "2025-06-01" } as never }).claims;

describe("a note that points back to its reference or names an interview gives no claim", () => {
  it.each([
    [
      "Finland has sent 24 howitzers to Estonia since March, the ministry said.(1) Estonia also received 40 armoured vehicles from Finland in the spring.(2)\n\n(1) Ministry of Defence, press release, 3 May 2025.\n(2) Ibid.; 12 air defence launchers were delivered as well.",
      "(2)",
    ],
    [
      "Chile has delivered 18 tanks to Peru this year, according to the army.³\n\n³ Interview with a senior Chilean officer, May 2025; he said 6 more tanks would be sent.",
      "³",
    ],
    [
      "Nigeria took delivery of 4 patrol boats from France in April, the navy said.[4]\n\n[4] Op. cit., p. 12; 2 more patrol boats were handed over in June.",
      "[4]",
    ],
  ])("%s", (text, mark) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.evidence.text.startsWith(mark)).toBe(false);
  });
});

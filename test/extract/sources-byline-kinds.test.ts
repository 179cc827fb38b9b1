// A byline left in a page's text ("By Ana Ruiz 2024-03-05") names the writers: they say nothing the report tells,
// and "the official said" later refers to the official the report quoted, not to them.
import { describe, expect, it } from "vitest";
import { isByline } from "../../src/extract/attribution/speakers.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, published: string) =>
  processDocument({ path: "byline.txt", bytes: Buffer.from(text), meta: { id: "byline", outlet: "Probe Wire", published } as never }).claims;

describe("a byline's writers are no source", () => {
  it.each([
    ["Containers of arms went north\n\nBy Park Min-seo 2024-03-05\n\nAbout 3,000 containers have moved from Rajin to Vladivostok, an official at South Korea's Joint Chiefs of Staff said.\n\nIf all were filled with 152mm shells they could hold more than 1 million rounds, the official said.\n", "2024-03-05", "Park Min-seo"],
    ["Drones for Moscow\n\nBy Laila Haddad and Omar Nasser, 12 May 2024\n\nIran has shipped 300 drones to Russia, an official at Ukraine's military intelligence said.\n\nIf the talks go well, Iran could also send 50 missiles to Russia, the official said.\n", "2024-05-12", "Omar Nasser"],
    ["Arms for Moscow\n\nBy Maria Costa 6 April 2024\n\nBelarus has sent 30 tanks to Russia, an official at Lithuania's defence ministry said.\n\nIf the war drags on, Belarus could also send 200 howitzers to Russia, the official said.\n", "2024-04-06", "Maria Costa"],
  ])("%#: the later claim keeps the quoted official's body", (text, published, writer) => {
    const claims = claimsOf(text, published);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) expect(JSON.stringify(c.source)).not.toContain(writer.split(" ")[1]);
    expect(claims.every((c) => c.source.country !== null)).toBe(true);
  });

  it.each([
    ["By Park Min-seo 2024-03-05", true],
    ["By Laila Haddad and Omar Nasser, 12 May 2024", true],
    ["BY JONAS WEBER | 4 March 2024", true],
    ["By Ana Ruiz in Kyiv, staff writer", true],
    ["By Tuesday, Kyiv had received 40 tanks from Poland, the ministry said.", false],
    ["By rail, Minsk sent 30 tanks to Russia.", false],
    ["By March Russia had fired most of the shells it got from Pyongyang.", false],
  ] as const)("reads %j as a byline: %s", (text, byline) => {
    expect(isByline(text)).toBe(byline);
  });

  it("turns a line away before splitting it exactly where the split would turn it away", () => {
    const bylineWords = new Set(["and", "in", "staff", "writer", "for", "with"]);
    // The test as it read before the opening check: the line's words, the first "By", the second capitalised.
    const bySplit = (text: string) => {
      const words = text.trim().split(/\s+/);
      if (words.length < 2 || words.length > 14 || !/^(?:By|BY)$/.test(words[0]) || !/^\p{Lu}/u.test(words[1])) return false;
      return words.slice(1).every((w) => !/^\p{Ll}/u.test(w) || bylineWords.has(w.replace(/[,.;:|]+$/, "")));
    };
    const lines = [
      "By", " By ", "By\u00a0Ana Ruiz", "\n\tBY  KAI LEE", "\u2028By Ana Ruiz", "Byron Diaz wrote it", "By-election results", "by Ana Ruiz",
      "By\nAna Ruiz and Omar Nasser", "  By Ana Ruiz in Kyiv  ", "By Ana", "BYLINE Ana Ruiz", "By: Ana Ruiz", "The ministry said By Ana", "",
    ];
    for (const text of lines) if (!bySplit(text)) expect(isByline(text)).toBe(false);
    for (const text of lines) if (bySplit(text)) expect(isByline(text)).toBe(true);
  });

  it("still reads a sentence that opens with 'By' as a report", () => {
    const claims = claimsOf("Tanks for Kyiv\n\nBy Tuesday, Ukraine had received 40 tanks from Poland, the Polish defence ministry said.\n", "2024-03-07");
    expect(claims.some((c) => c.supplier === "POL" && c.recipient === "UKR" && c.quantity?.value === 40)).toBe(true);
  });
});

describe("a region named after a state's adjective is no person", () => {
  it.each([
    ["Troops for Moscow\n\nAbout 1,500 North Korean soldiers were shipped to Russia in October and are now stationed at bases across the Russian Far East, the National Intelligence Service said.\n", "2024-10-20"],
    ["Drones for Moscow\n\nIran has sent 200 drones to Russia, which reached depots in the Russian Far East last month, the Ukrainian defence ministry said.\n", "2024-06-02"],
    ["Shells for Moscow\n\nNorth Korea has sent 5,000 containers to Russia through ports of the Russian Far East, the South Korean defence ministry said.\n", "2024-07-02"],
  ])("%#: the body speaks, not 'Far East'", (text, published) => {
    const claims = claimsOf(text, published);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker ?? "").not.toMatch(/East/);
  });
});

// A line that asks the reader for money ("Donate: ...") or offers the reader a price cut ("30 percent off
// all kits") is the page's own trade, no flow between states, even on a page that names states.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "appeal.txt", bytes: Buffer.from(`Tabletop Monthly\n\nBy the club\n\n${text}\n`), meta: { id: "appeal", outlet: "Probe Wire", published: "2024-11-29" } as never }).claims;

const lead = "North Korea has sent artillery shells to Russia, Seoul says.";

describe("appeals and shop offers to the reader carry no claim", () => {
  it.each([
    "Our reading room is run by volunteers. Donate: 4 euros keep the lights on for a week.",
    "Chip in: every 10 dollars buys another box of Russian and Korean model tanks for the library.",
    "Winter sale: up to 40 percent off all missiles and launchers in the shop.",
  ])("%s", (line) => {
    const claims = claimsOf(`${lead}\n\n${line}`);
    expect(claims.filter((c) => c.evidence.start > lead.length + 30)).toEqual([]);
  });

  it("still reads the report's own flow", () => {
    expect(claimsOf(lead).length).toBeGreaterThan(0);
  });
});

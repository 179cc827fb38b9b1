// Unnamed people of a named body ("a senior NATO official", "an EU official", "a Pentagon official") pass on what
// the body holds, as "a senior US official" does: the claim is reported, from that body's unnamed official, with the
// body's state where it has one. And a report whose maker the document named as putting it out ("the Kestrel
// Institute put out its survey", "the Arden Centre ... Its annual review, released ...") is that maker's.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "officials.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "officials", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("an unnamed official of a named body is reported, not the body's own word", () => {
  it.each([
    ["Iran has handed Russia roughly 300 attack drones since June, a senior NATO official told journalists in Brussels.", null],
    ["China sold 12 patrol boats to Cambodia last year, a Pentagon official said on Tuesday.", "USA"],
    ["Belarus has moved about 90 tanks to Russia this spring, an EU official said, asking not to be named.", null],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.certainty).toBe("reported");
      expect(c.source.speaker).toBeNull();
      expect(c.source.country).toBe(country);
      expect(c.source.org ?? "").toMatch(/official/i);
    }
  });
});

describe("a named official of a body still speaks in his own name", () => {
  it("Pentagon press secretary", () => {
    const claims = claimsOf("The United States has sent 31 tanks to Ukraine, Pentagon press secretary Pat Ryder said on Monday.");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.certainty).toBe("asserted");
  });
});

describe("a body that put out or brought out a report is whose work 'the report' is", () => {
  it.each([
    ["The Arden Centre, a monitoring group in Oslo, has put out its first report.\n\nThe report says Iran sent 300 drones to Russia last year.", "Arden Centre"],
    ["The Halvard Foundation brought out a new study in May. According to the study, China sold 20 frigates to Pakistan in 2023.", "Halvard Foundation"],
    ["Last week the Kestrel Institute put out a long report on the Caspian route.\n\nBelarus shipped 400 railcars of shells to Russia in 2024, the report says.", "Kestrel Institute"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source.org).toBe(org);
      expect(c.certainty).toBe("asserted");
    }
  });
});

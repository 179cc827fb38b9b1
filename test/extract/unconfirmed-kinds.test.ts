// A transfer the press tells while a government has not confirmed it: the government that did not say it is no
// source ("has never confirmed", "has not said"), and the press that told it passes it on, `reported`, also where
// the outlet is one no list knows, named by the noun of its kind after "according to", and where the press puts
// the count at a figure in words ("put the first lot at about four jets").
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "unconfirmed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "unconfirmed", outlet: "Probe Wire", published: "2025-03-07" } as never }).claims;

describe("a state that has not confirmed a transfer is not its source", () => {
  it.each([
    ["Peru took delivery of eight howitzers from Spain in January, although Madrid has not confirmed the sale.", "ESP"],
    ["Ukraine received six Norwegian jets in May, though Oslo has never officially confirmed the handover.", "NOR"],
    ["Chile received four Spanish jets last month, a transfer that Madrid did not publicly announce.", "ESP"],
  ])("%s", (text, silent) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).not.toBe(silent);
  });
});

describe("an outlet named by its kind after 'according to' passes the claim on", () => {
  it.each([
    ["Spain has sold Chile four jets, according to the Chilean daily Tercera.", "Tercera"],
    ["Poland handed Kyiv another 30 tanks in May, according to the Polish weekly Zorza.", "Zorza"],
    ["South Korea delivered two frigates to the Philippines in April, according to Czech broadcaster Radiozurnal.", "Radiozurnal"],
  ])("%s", (text, outlet) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source.org).toBe(outlet);
      expect(c.certainty).toBe("reported");
    }
  });
});

describe("the press that puts a count at a figure in words passes it on", () => {
  it.each([
    ["Chilean media have put the first lot of Spanish jets sent to Chile at about four aircraft.", "Chilean media"],
    ["Peruvian media put the number of howitzers Spain shipped to Peru at twelve.", "Peruvian media"],
    ["Local media put the tanks South Korea has delivered to the Philippines so far at a dozen.", "media"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source.org ?? "").toContain(org);
      expect(c.certainty).toBe("reported");
    }
  });
});

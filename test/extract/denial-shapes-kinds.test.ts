// Denials that were read as nothing or filed under the wrong voice: a state's mission to the United Nations speaks
// for its state, "does not arm" a group is a denial of weapons for it, and a verb of rejecting before "the statement"
// makes it what is rejected, not one who speaks. Phrasings of our own (claims/denials.ts, attribution/speakers.ts).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "denial-shapes.txt", bytes: Buffer.from(text), meta: { id: "denial-shapes", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const line = (c: Claim) => `${c.supplier}>${c.recipient} ${c.item} ${c.certainty} ${c.source.country ?? c.source.org}`;
const of = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start)).map(line);

describe("a state's mission to the United Nations speaks for its state", () => {
  it.each([
    ["Belarus's mission to the United Nations said Minsk had never sent rifles to Serbia.", "BLR>SRB weapons-unspecified denied BLR"],
    ["Japan's UN mission insisted that Tokyo had not supplied drones to Taiwan.", "JPN>TWN drones denied JPN"],
    ["In a letter, France's mission to the UN said Paris had not shipped ammunition to Chad.", "FRA>TCD ammunition denied FRA"],
  ])("%s", (text, held) => {
    expect(of(claimsOf(`${text}\n`), text.slice(0, 15))).toContain(held);
  });
});

describe("'does not arm' a party denies weapons for it", () => {
  const lead = "Bogota says Caracas supplies rifles to the rebels of Ecuador.\n\n";
  it.each([
    ["Caracas says it does not arm Ecuador.", "VEN>ECU weapons-unspecified denied VEN"],
    ["The Venezuelan foreign ministry said Caracas would never arm Ecuador.", "VEN>ECU weapons-unspecified denied VEN"],
    ["Havana insisted on Tuesday that it does not arm Colombia.", "CUB>COL weapons-unspecified denied CUB"],
  ])("%s", (text, held) => {
    expect(of(claimsOf(`${lead}${text}\n`), text.slice(0, 15))).toContain(held);
  });
});

describe("'dismissed the statement' rejects a statement; the one who made it does not speak again", () => {
  const lead = "The Colombian army said a boat seized off its coast carried Venezuelan rifles for Ecuador.\n\n";
  it.each([
    "The Venezuelan foreign ministry dismissed the statement as invented, saying Caracas does not arm Ecuador.",
    "Caracas rejected the statement on Monday, saying it had never sent weapons to Ecuador.",
    "The Venezuelan government disputed the statement, saying Caracas has not supplied arms to Ecuador.",
  ])("%s", (text) => {
    const claims = of(claimsOf(`${lead}${text}\n`), text.slice(0, 15));
    expect(claims).toContain("VEN>ECU weapons-unspecified denied VEN");
    expect(claims.filter((c) => c.endsWith(" COL"))).toEqual([]);
  });
});

describe("'called the report baseless' names a report; the one who made it does not deny", () => {
  const lead = "Peruvian naval intelligence said on Monday that Ecuador had received about forty Chilean rifles since June.\n\n";
  it.each([
    "The Chilean foreign ministry called the report baseless and said Santiago had sent no rifles to Ecuador.",
    "Santiago branded the report a fabrication, saying it had never shipped weapons to Ecuador.",
    "The Chilean defence ministry described the report as invented and said Chile had not supplied rifles to Ecuador.",
  ])("%s", (text) => {
    const claims = of(claimsOf(`${lead}${text}\n`), text.slice(0, 15));
    expect(claims.some((c) => c.startsWith("CHL>ECU") && c.endsWith(" denied CHL"))).toBe(true);
    expect(claims.filter((c) => c.endsWith(" PER"))).toEqual([]);
  });
});

describe("two tellers joined by a semicolon: each clause's goods are its own teller's", () => {
  const lead = "Officials in Brasilia spoke to reporters on Friday about the border.\n\n";
  it.each([
    ["Bogota accuses Caracas of arming Quito; Venezuela says it ships no rifles to Ecuador.", "COL", "VEN"],
    ["Lima accuses La Paz of supplying Santiago with drones; Bolivia says it has sent no weapons to Chile.", "PER", "BOL"],
    ["Kenya accuses Ethiopia of arming Somalia; Addis Ababa insists it has delivered no guns to Mogadishu.", "KEN", "ETH"],
  ])("%s", (text, accuser, denier) => {
    const claims = of(claimsOf(`${lead}${text}\n`), text.slice(0, 15));
    expect(claims.some((c) => c.endsWith(` denied ${denier}`))).toBe(true);
    expect(claims.filter((c) => c.endsWith(` denied ${accuser}`))).toEqual([]);
    expect(claims.filter((c) => c.endsWith(` asserted ${denier}`))).toEqual([]);
  });
});

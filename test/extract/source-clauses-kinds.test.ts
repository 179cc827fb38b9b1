// Who speaks a sentence: a name written with a middle initial is one name, title and all ("Defence Minister
// Ana M. Ruiz"); a report nested in an object relative clause (", some of which analysts say ...") speaks of
// part of the claim, and the speaker of the sentence's own clause stays its source.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "clauses.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "clauses", outlet: "Probe Wire", published: "2024-05-20" } as never }).claims;

describe("a middle initial stays in the speaker's name", () => {
  it.each([
    ["Chile will sell 12 jets to Peru, said Defence Minister Ana M. Ruiz.", "Ana M. Ruiz", "CHL"],
    ["Denmark and Finland will buy 30 howitzers for Ukraine, Danish Defence Minister Lars P. Holm told reporters on Monday.", "Lars P. Holm", "DNK"],
    ["Finnish Defence Minister Antti J. Hakkanen said Finland would send 20 more howitzers to Ukraine.", "Antti J. Hakkanen", "FIN"],
  ])("%s", (text, speaker, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker, country });
  });
});

describe("a report nested in a relative clause does not take over the sentence", () => {
  // (The speaker of the sentence's own clause, "the anchor", is no one the page names: the nested one must not stand in.)
  it.each([
    ["The anchor said Serbian plants had sent 500 tonnes of explosives to Russia in March, some of which Western officials say ends up in shells.", /officials/i],
    ["The programme's host said Belarus had shipped 200 trucks to Russia this year, many of which Ukrainian intelligence says carry troops.", /intelligence/i],
    ["The newsreader said Iran had delivered 40 drones to Sudan in June, half of which Sudanese army officers say were shot down.", /army/i],
  ])("%s", (text, nested) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(`${c.source.speaker ?? ""} ${c.source.org ?? ""}`).not.toMatch(nested);
  });
});

describe("'the ministry' with no such body named before is the ministry of the minister named before", () => {
  it.each([
    ["Lithuanian Defence Minister Dovile Sakaliene visited Kyiv on Thursday with her Latvian counterpart.\n\nLithuania will send 30 more armoured vehicles to Ukraine this year, the ministry said.", "LTU"],
    ["Ecuador will buy six patrol boats from Spain, Defence Minister Gian Loffredo said on Tuesday.\n\nEcuador will also receive 20 armoured trucks from Spain, the ministry said in a statement.", "ECU"],
    ["Spain's defence minister toured a shipyard in Ferrol on Friday.\n\nSpain will deliver two corvettes to Morocco next year, the ministry said.", "ESP"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).toBe(country);
  });
});

describe("a state or body that opens a sentence after a time phrase, or signs for goods, commits itself", () => {
  it.each([
    ["In 2022 Vienna refused to let Poland pass on Austrian-made rifles to Ukraine.", "AUT"],
    ["Lima signed for 24 Gripen fighters from Sweden in March; deliveries begin in 2027.", "PER"],
    ["Last month, Chile pledged 40 howitzers to Ukraine.", "CHL"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).toBe(country);
  });
});
